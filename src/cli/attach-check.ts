import type { Config } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { findMissingSchema, findTables, MEDUSA_MARKER_TABLES } from '../db/prepare.js';

/**
 * Checks, without serving and without writing, that a database is a Medusa store's with everything
 * the gateway reads and writes. Returns the process exit status.
 */
export async function attachCheck(config: Config): Promise<number> {
  const db = await openDatabase(config.database);
  try {
    console.log(`Database: ${db.description}`);
    const markers = await findTables(db, MEDUSA_MARKER_TABLES);
    const missing = await findMissingSchema(db);
    if (markers.length === 0) {
      console.log(`Not a Medusa store's database: it has none of Medusa's ${MEDUSA_MARKER_TABLES.join(' / ')} tables.`);
    }
    if (missing.length > 0) {
      console.log(`Missing what the gateway needs:\n  - ${missing.join('\n  - ')}`);
    }
    if (markers.length === 0 || missing.length > 0) return 1;
    console.log(
      'OK: a Medusa database with every table and column the gateway needs. The gateway will serve it without migrating it.',
    );
    return 0;
  } finally {
    await db.close();
  }
}
