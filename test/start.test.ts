import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, runNpm, startNpm } from './support/processes.js';

/** The migrations that create Medusa's own tables, which a Medusa database has without the gateway. */
const MEDUSA_TABLE_MIGRATIONS = [
  '20250101000000_medusa_2_21_init',
  '20250201000000_api_key',
  '20250401000000_product_taxonomy',
];

/** The README's commands, run as a newcomer runs them, on the embedded database in a new folder. */
describe('npm start and the database scripts', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gateway-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('npm start migrates and seeds the embedded database, serves /health and /ready, and stops on SIGTERM', async () => {
    const env = childEnv({ PGLITE_DATA_DIR: join(dataDir, 'first'), PORT: '0' });
    const gateway = await startNpm(env);
    try {
      expect(gateway.startLine).toMatchObject({
        migrationsApplied: [
          '20250101000000_medusa_2_21_init',
          '20250201000000_api_key',
          '20250301000000_gateway_idempotency',
          '20250401000000_product_taxonomy',
        ],
        seeded: { products: 3, variants: 10, inventoryItems: 9, stockLocations: 2 },
      });
      expect(gateway.startLine.database).toContain('embedded PGlite in');
      expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
      expect(await (await fetch(`${gateway.url}/ready`)).json()).toEqual({ status: 'ready' });
      const token = /Dev token: {3}Bearer (\S+)/.exec(gateway.output())?.[1];
      expect(gateway.output()).toContain(`GraphiQL:    ${gateway.url}/graphql`);
      expect(gateway.output()).toContain(
        'Migrations:  applied 4: 20250101000000_medusa_2_21_init, 20250201000000_api_key, 20250301000000_gateway_idempotency, 20250401000000_product_taxonomy',
      );
      expect(gateway.output()).toContain('Demo data:   seeded: 3 products, 10 variants');
      expect(gateway.output()).toMatch(/applying 4 migration\(s\)[\s\S]*seeded product 3\/3/);
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ productVariants { count } }' }),
      });
      expect(await response.json()).toEqual({
        data: { productVariants: { count: 10 } },
        extensions: { cost: { requested: 2, requestTotal: 2, maximum: 1_000_000 } },
      });
    } finally {
      const { output } = await gateway.stop();
      expect(output).toContain('shutting down: draining in-flight requests');
      expect(output).toContain('gateway stopped');
    }
    const again = await startNpm(env);
    const { output } = await again.stop();
    expect(again.startLine).toMatchObject({ migrationsApplied: [], seeded: null });
    expect(output).toContain('Migrations:  up to date');
    expect(output).toContain('Demo data:   not seeded: the database already holds a catalog');
  });

  // Five commands, each starting the embedded database: a busy CI machine needs more than the default.
  it('npm run db:migrate applies pending migrations once; npm run seed fills an empty database once', {
    timeout: 180_000,
  }, async () => {
    const env = childEnv({ PGLITE_DATA_DIR: join(dataDir, 'scripts') });
    const migrate = await runNpm(['run', 'db:migrate'], env);
    expect(migrate.code).toBe(0);
    expect(migrate.output).toContain(
      'Applied 4 migration(s):\n  20250101000000_medusa_2_21_init\n  20250201000000_api_key\n  20250301000000_gateway_idempotency\n  20250401000000_product_taxonomy',
    );
    expect((await runNpm(['run', 'db:migrate'], env)).output).toContain('Already up to date');

    const seed = await runNpm(['run', 'seed'], env);
    expect(seed.code).toBe(0);
    expect(seed.output).toContain('Seeded the demo catalog: 3 products, 10 variants');
    const reseed = await runNpm(['run', 'seed'], env);
    expect(reseed.code).toBe(1);
    expect(reseed.output).toContain('already holds a catalog');

    const large = await runNpm(['run', 'seed', '--', '--products', '20'], env);
    expect(large.code).toBe(0);
    expect(large.output).toContain('generated 2/20 products (10%)');
    expect(large.output).toContain('generated 20/20 products (100%)');
    expect(large.output).toContain('Generated 20 products with 60 variants.');
  });

  it('npm run db:diff finds schema.prisma and the migrations in agreement', { timeout: 180_000 }, async () => {
    const diff = await runNpm(['run', 'db:diff', '--', '--check'], childEnv({}));
    expect(diff.output).toContain('no new migration needed');
    expect(diff.code).toBe(0);
  });

  it('npm start refuses a bad DATABASE_URL with a clear message', async () => {
    const result = await runNpm(['start'], childEnv({ DATABASE_URL: 'mysql://root:pw@db/shop' }));
    expect(result.code).toBe(2);
    expect(result.output).toContain('Configuration error: DATABASE_URL must start with postgres://');
    expect(result.output).not.toContain(':pw@');
  });

  it('npm start -- --help lists the options', async () => {
    const result = await runNpm(['start', '--', '--help'], childEnv({}));
    expect(result.code).toBe(0);
    for (const option of ['--port', '--database-url', '--no-seed', '--attach-check'])
      expect(result.output).toContain(option);
  });

  it('takes --port, --database-url and --no-seed from the command line', async () => {
    const gateway = await startNpm(childEnv({}), ['--', '--port', '0', '--database-url', 'memory://', '--no-seed']);
    const { output } = await gateway.stop();
    expect(gateway.startLine).toMatchObject({ database: 'embedded PGlite in memory', seeded: null });
    expect(output).toContain('Demo data:   not seeded: turned off (SEED_ON_START=false)');
  });

  it('refuses an unknown option with a clear message', async () => {
    const result = await runNpm(['start', '--', '--colour'], childEnv({}));
    expect(result.code).toBe(2);
    expect(result.output).toContain("Unknown option '--colour'");
  });

  it('--attach-check tells a Medusa database from another, without serving or writing', async () => {
    const medusaDir = join(dataDir, 'medusa');
    const { PGlite } = await import('@electric-sql/pglite');
    const { readFile } = await import('node:fs/promises');
    const medusa = await PGlite.create(medusaDir);
    for (const name of MEDUSA_TABLE_MIGRATIONS) {
      await medusa.exec(await readFile(new URL(`../prisma/migrations/${name}/migration.sql`, import.meta.url), 'utf8'));
    }
    await medusa.exec('CREATE TABLE mikro_orm_migrations (id serial PRIMARY KEY, name text)');
    await medusa.close();
    const ok = await runNpm(['start', '--', '--attach-check'], childEnv({ PGLITE_DATA_DIR: medusaDir }));
    expect(ok.output).toContain('OK: a Medusa database with every table and column the gateway needs');
    expect(ok.code).toBe(0);
    const other = await runNpm(
      ['start', '--', '--attach-check'],
      childEnv({ PGLITE_DATA_DIR: join(dataDir, 'empty') }),
    );
    expect(other.output).toContain("Not a Medusa store's database");
    expect(other.output).toContain('  - table product_variant');
    expect(other.code).toBe(1);
  });
});
