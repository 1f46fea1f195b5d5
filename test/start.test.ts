import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, runNpm, startNpm } from './support/processes.js';

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
        migrationsApplied: ['20250101000000_medusa_2_21_init'],
        seeded: { products: 3, variants: 10, inventoryItems: 9, stockLocations: 2 },
      });
      expect(gateway.startLine.database).toContain('embedded PGlite in');
      expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
      expect(await (await fetch(`${gateway.url}/ready`)).json()).toEqual({ status: 'ready' });
      const token = /Dev token: Bearer (\S+)/.exec(gateway.output())?.[1];
      expect(gateway.output()).toContain(`GraphiQL:  ${gateway.url}/graphql`);
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ productVariants { count } }' }),
      });
      expect(await response.json()).toEqual({ data: { productVariants: { count: 10 } } });
    } finally {
      const { output } = await gateway.stop();
      expect(output).toContain('shutting down: draining in-flight requests');
      expect(output).toContain('gateway stopped');
    }
    const again = await startNpm(env);
    await again.stop();
    expect(again.startLine).toMatchObject({ migrationsApplied: [], seeded: null });
  });

  it('npm run db:migrate applies pending migrations once; npm run seed fills an empty database once', async () => {
    const env = childEnv({ PGLITE_DATA_DIR: join(dataDir, 'scripts') });
    const migrate = await runNpm(['run', 'db:migrate'], env);
    expect(migrate.code).toBe(0);
    expect(migrate.output).toContain('Applied 1 migration(s):\n  20250101000000_medusa_2_21_init');
    expect((await runNpm(['run', 'db:migrate'], env)).output).toContain('Already up to date');

    const seed = await runNpm(['run', 'seed'], env);
    expect(seed.code).toBe(0);
    expect(seed.output).toContain('Seeded the demo catalog: 3 products, 10 variants');
    const reseed = await runNpm(['run', 'seed'], env);
    expect(reseed.code).toBe(1);
    expect(reseed.output).toContain('already holds a catalog');
  });

  it('npm run db:diff finds schema.prisma and the migrations in agreement', async () => {
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
});
