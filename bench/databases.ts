/**
 * The benchmark's databases on the PostgreSQL server: one the gateway migrates itself, and one made
 * as a Medusa 2.21 store's is, from Medusa's own DDL (test/fixtures/medusa-2.21-ddl.sql, a pg_dump
 * of a database `medusa db:migrate` made), which the gateway attaches to. Both get the same catalog.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { ulid } from 'ulid';
import { openDatabase } from '../src/db/connect.js';
import { applyMigrations } from '../src/db/migrations.js';
import { type Catalog, type CatalogRows, writeCatalog } from './catalog.js';
import { ROOT } from './children.js';
import type { Backends } from './measure.js';

export type Layout = 'own' | 'medusa';

export async function adminQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  adminUrl: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A database name of the run, and its URL on the same server as adminUrl. */
export function databaseUrl(adminUrl: string, layout: Layout): { name: string; url: string } {
  const name = `bench_${ulid().toLowerCase()}_${layout}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/**
 * Medusa 2.21's tables as `medusa db:migrate` leaves them (with its link_module_migrations table, by
 * which the gateway knows a Medusa database).
 */
async function loadMedusaDdl(url: string): Promise<void> {
  const dump = await readFile(join(ROOT, 'test/fixtures/medusa-2.21-ddl.sql'), 'utf8');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // pg_dump empties the search path for its own session; the tables go to public either way.
    await client.query(dump.replace("SELECT pg_catalog.set_config('search_path', '', false);", ''));
  } finally {
    await client.end();
  }
}

/** Creates the tables of a layout in an empty database and writes the catalog into it. */
export async function fillDatabase(url: string, layout: Layout, rows: CatalogRows): Promise<Catalog> {
  if (layout === 'medusa') await loadMedusaDdl(url);
  const db = await openDatabase({ kind: 'postgres', url, poolSize: 4, connectTimeoutMs: 5_000 });
  try {
    if (layout === 'own') await applyMigrations(db);
    return await writeCatalog(db.prisma, rows);
  } finally {
    await db.close();
  }
}

/** The backends of the benchmark's databases, through one connection to the server's admin database. */
export async function watchBackends(adminUrl: string, names: string[]): Promise<Backends & { close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  return {
    async pids() {
      const { rows } = await client.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = ANY($1::text[])',
        [names],
      );
      return new Set(rows.map((row) => row.pid));
    },
    async active() {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ANY($1::text[]) AND state = 'active'",
        [names],
      );
      return rows[0].n;
    },
    close: () => client.end(),
  };
}
