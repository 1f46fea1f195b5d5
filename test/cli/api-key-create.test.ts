import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../src/app.js';
import { type DatabaseTarget, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestTarget } from '../support/database.js';
import { childEnv, runNpm } from '../support/processes.js';

/** The command as the README shows it, then the key it printed, sent to a gateway over the same database. */
describe('npm run api-key:create', () => {
  let target: DatabaseTarget;
  let env: NodeJS.ProcessEnv;
  let cleanUp: () => Promise<void>;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      const test = await createTestTarget();
      if (test.target.kind !== 'postgres') throw new Error('expected a PostgreSQL test database');
      target = test.target;
      env = childEnv({ DATABASE_URL: test.target.url });
      cleanUp = test.drop;
    } else {
      const dataDir = await mkdtemp(join(tmpdir(), 'gateway-api-key-'));
      target = { kind: 'pglite', dataDir };
      env = childEnv({ PGLITE_DATA_DIR: dataDir });
      cleanUp = () => rm(dataDir, { recursive: true, force: true });
    }
  });
  afterAll(async () => {
    await cleanUp?.();
  });

  it('creates a secret key, prints it once, and the gateway accepts it', async () => {
    const created = await runNpm(['run', 'api-key:create', '--', '--title', 'Nightly sync'], env);
    expect(created.code).toBe(0);
    const id = /Created secret API key (apk_[0-9A-Z]{26}) "Nightly sync" \(sk_[0-9a-f]{3}\*\*\*[0-9a-f]{3}\)/.exec(
      created.output,
    )?.[1];
    const key = /^ {2}(sk_[0-9a-f]{64})$/m.exec(created.output)?.[1];
    expect(id).toBeDefined();
    expect(key).toBeDefined();

    const config = { ...loadConfig({}), host: '127.0.0.1', port: 0, database: target, seedOnStart: false };
    const gateway = await startGateway({ ...config, jwtSecret: 'not-the-dev-mode' }, createLogger('silent'));
    try {
      const row = await gateway.db.prisma.apiKey.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ type: 'secret', title: 'Nightly sync', createdBy: '', revokedAt: null });
      expect(row.token).not.toContain(key?.slice(3));
      const answer = await fetch(`${gateway.url}/admin/products?fields=id`, {
        headers: { authorization: `Basic ${key}` },
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ products: [], count: 0 });
    } finally {
      await gateway.stop();
    }
  });

  it('refuses to run without a title or with an unknown option', async () => {
    const refused = await runNpm(['run', 'api-key:create'], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('--title is required');
    const unknown = await runNpm(['run', 'api-key:create', '--', '--title', 'x', '--type', 'publishable'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain("Unknown option '--type'");
  });
});
