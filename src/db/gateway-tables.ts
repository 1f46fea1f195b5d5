import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './connect.js';
import { MIGRATIONS_DIR } from './migrations.js';

/**
 * The gateway's own tables (not Medusa's) are named gateway_*. An attached Medusa database is not
 * required to have them; the gateway creates them there instead, with the SQL of the migrations
 * below, which only CREATE ... IF NOT EXISTS and never touch Medusa's tables.
 */
export const isGatewayTable = (table: string) => table.startsWith('gateway_');

const GATEWAY_TABLE_MIGRATIONS: Record<string, string> = {
  gateway_idempotency_key: '20250301000000_gateway_idempotency',
};

/** Creates the gateway's tables that the database lacks; returns their names. */
export async function createMissingGatewayTables(db: Database): Promise<string[]> {
  if ((await missingGatewayTables(db)).length === 0) return [];
  // Replicas started at once over one Medusa database take turns; the later ones find the tables there.
  return db.migrating(async (adapterFactory) => {
    const missing = await missingGatewayTables(db);
    for (const table of missing) {
      const sql = await readFile(join(MIGRATIONS_DIR, GATEWAY_TABLE_MIGRATIONS[table], 'migration.sql'), 'utf8');
      const adapter = await adapterFactory.connect();
      try {
        await adapter.executeScript(sql);
      } finally {
        await adapter.dispose();
      }
    }
    return missing;
  });
}

async function missingGatewayTables(db: Database): Promise<string[]> {
  const missing: string[] = [];
  for (const table of Object.keys(GATEWAY_TABLE_MIGRATIONS)) {
    const [{ found }] = await db.prisma.$queryRaw<
      { found: boolean }[]
    >`SELECT to_regclass(${table}) IS NOT NULL AS found`;
    if (!found) missing.push(table);
  }
  return missing;
}
