import pg from 'pg';
import { ulid } from 'ulid';
import { type DatabaseTarget, databaseTarget } from '../../src/config.js';
import { type Database, openDatabase } from '../../src/db/connect.js';
import { applyMigrations } from '../../src/db/migrations.js';

/**
 * Where tests put their data: a fresh in-memory PGlite, or, when DATABASE_URL names a PostgreSQL
 * server (as in CI), a new database on it that is dropped afterwards.
 */
export interface TestDatabaseTarget {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/** True when the tests run against a PostgreSQL server (DATABASE_URL), as in CI. */
export const ON_POSTGRES = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL?.trim() ?? '');

export async function createTestTarget(): Promise<TestDatabaseTarget> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { target: { kind: 'pglite-memory' }, drop: async () => {} };
  const server = databaseTarget({ DATABASE_URL: serverUrl });
  if (server.kind !== 'postgres') return { target: server, drop: async () => {} };
  const name = `gateway_test_${ulid().toLowerCase()}`;
  await adminQuery(server.url, `CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    target: { ...server, url: url.toString(), poolSize: 5 },
    drop: () => adminQuery(server.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase extends Database {
  /** Runs several SQL statements at once, outside Prisma (fixtures, simulated Medusa databases). */
  executeScript(sql: string): Promise<void>;
  /** Closes the connection and drops the test database. */
  dispose(): Promise<void>;
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { target, drop } = await createTestTarget();
  const db = await openDatabase(target);
  if (options.migrate) await applyMigrations(db);
  return {
    ...db,
    async executeScript(sql: string) {
      const adapter = await db.adapterFactory.connect();
      try {
        await adapter.executeScript(sql);
      } finally {
        await adapter.dispose();
      }
    },
    async dispose() {
      await db.close();
      await drop();
    },
  };
}
