import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresTarget } from '../src/config.js';
import { DATABASE_NOT_READY_MESSAGE } from '../src/db/unavailable.js';
import { createTestTarget, ON_POSTGRES, type TestDatabaseTarget } from './support/database.js';
import { TEST_JWT_SECRET } from './support/graphql.js';
import { childEnv, type Launched, launchGateway } from './support/processes.js';

const MIGRATIONS = [
  '20250101000000_medusa_2_21_init',
  '20250201000000_api_key',
  '20250301000000_gateway_idempotency',
  '20250401000000_product_taxonomy',
];
/** The advisory lock Prisma's schema engine takes to migrate; its engine gives up on it after 10 s. */
const PRISMA_MIGRATION_LOCK = 72_707_369;
const START_TIMEOUT_MS = 300_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Replica {
  process: Launched;
  base: string;
}

async function startReplica(url: string): Promise<Replica> {
  const port = await freePort();
  const env = childEnv({
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '3',
    PORT: String(port),
    HOST: '127.0.0.1',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_ON_START: 'false',
    LOG_LEVEL: 'info',
  });
  return { process: launchGateway(env), base: `http://127.0.0.1:${port}` };
}

const status = async (url: string) => {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0; // not listening yet
  }
};

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/*
 * Real gateway processes, started at the same moment against one PostgreSQL database, as a
 * deployment of several replicas (or a rolling update) starts them.
 */
describe.skipIf(!ON_POSTGRES)('replicas started at once (PostgreSQL only: PGlite belongs to one process)', () => {
  let database: TestDatabaseTarget;
  let admin: pg.Client;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    database = await createTestTarget();
    admin = new pg.Client({ connectionString: (database.target as PostgresTarget).url });
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.process.stop()));
    await admin?.end();
    await database?.drop();
  });

  const appliedMigrations = async () =>
    (
      await admin.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      )
    ).rows.map((row) => row.migration_name);

  it('on an empty database: each waits for whoever migrates, checks again, and becomes ready; the migrations run once', {
    timeout: START_TIMEOUT_MS * 2,
  }, async () => {
    // Someone else migrates for longer than Prisma's 10 s lock timeout (`prisma migrate deploy`, say).
    const other = new pg.Client({ connectionString: (database.target as PostgresTarget).url });
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATION_LOCK]);
    const url = (database.target as PostgresTarget).url;
    const pair = await Promise.all([startReplica(url), startReplica(url)]);
    replicas.push(...pair);
    try {
      for (const { base } of pair) await until(async () => (await status(`${base}/health`)) === 200, `${base} listens`);
      await until(async () => {
        const outputs = pair.map(({ process }) => process.output());
        if (outputs.some((output) => output.includes('failed to start'))) throw new Error(outputs.join('\n'));
        return outputs.every((output) => output.includes('waiting for it to finish'));
      }, 'both replicas say they wait');
      // Held past the engine's 10 s: without waiting of their own, both would exit with P1002 by now.
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      for (const { base, process } of pair) {
        expect(process.output()).not.toContain('P1002');
        expect(await status(`${base}/ready`)).toBe(503);
        const rest = await fetch(`${base}/admin/stock-locations`, {
          headers: { authorization: 'Bearer not-checked-before-ready' },
        });
        expect(rest.status).toBe(503);
        expect(rest.headers.get('retry-after')).toBe('2');
        expect(await rest.json()).toEqual({
          code: 'api_error',
          type: 'database_error',
          message: DATABASE_NOT_READY_MESSAGE,
        });
        const graphql = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ productVariants { count } }' }),
        });
        expect(graphql.status).toBe(503);
        expect(
          ((await graphql.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
        ).toBe('DATABASE_UNAVAILABLE');
      }
    } finally {
      await other.end();
    }

    const started = await Promise.all(pair.map(({ process }) => process.started));
    for (const { base } of pair) expect(await status(`${base}/ready`)).toBe(200);
    const applied = started.map((line) => line.startLine.migrationsApplied);
    expect(applied).toContainEqual(MIGRATIONS);
    expect(applied).toContainEqual([]);
    expect(await appliedMigrations()).toEqual(MIGRATIONS);
  });

  it('in a rolling deploy over a database that needs a migration, new replicas start beside a running one', {
    timeout: START_TIMEOUT_MS * 2,
  }, async () => {
    const [running] = replicas;
    // The database as the previous release left it: without the newest migration.
    await admin.query(
      `DROP TABLE gateway_idempotency_key; DELETE FROM _prisma_migrations WHERE migration_name = '${MIGRATIONS[2]}'`,
    );
    const url = (database.target as PostgresTarget).url;
    const pair = await Promise.all([startReplica(url), startReplica(url)]);
    replicas.push(...pair);
    const started = await Promise.all(pair.map(({ process }) => process.started));
    for (const { base } of [running, ...pair]) expect(await status(`${base}/ready`)).toBe(200);
    const applied = started.map((line) => line.startLine.migrationsApplied);
    expect(applied).toContainEqual([MIGRATIONS[2]]);
    expect(applied).toContainEqual([]);
    expect(await appliedMigrations()).toEqual(MIGRATIONS);
    const [{ count }] = (
      await admin.query<{ count: string }>('SELECT count(*) FROM _prisma_migrations WHERE migration_name = $1', [
        MIGRATIONS[2],
      ])
    ).rows;
    expect(count).toBe('1');
  });
});
