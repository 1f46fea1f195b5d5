import { afterAll, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../src/app.js';
import { signAdminToken } from '../src/auth/jwt.js';
import { loadConfig } from '../src/config.js';
import { DATABASE_NOT_READY_MESSAGE } from '../src/db/unavailable.js';
import { createLogger } from '../src/logger.js';
import { createTestTarget, type TestDatabaseTarget } from './support/database.js';
import { TEST_JWT_SECRET } from './support/graphql.js';

/*
 * The gateway listens (and answers /health) before its first start has migrated the database. The
 * start is held open right there, over a fresh database whose tables do not exist yet, and the
 * APIs are called in that window.
 */
describe('requests before the database is ready', () => {
  let database: TestDatabaseTarget | undefined;
  let gateway: Gateway | undefined;
  afterAll(async () => {
    await gateway?.stop();
    await database?.drop();
  });

  it('answer 503 with Retry-After in each API’s format until /ready is 200, and change nothing', {
    timeout: 180_000,
  }, async () => {
    database = await createTestTarget();
    const config = {
      ...loadConfig({}),
      host: '127.0.0.1',
      port: 0,
      jwtSecret: TEST_JWT_SECRET,
      seedOnStart: false,
      database: database.target,
    };
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let listening: (port: number) => void = () => {};
    const port = new Promise<number>((resolve) => {
      listening = resolve;
    });
    const starting = startGateway(config, createLogger('silent'), {
      beforePrepare: async (at) => {
        listening(at);
        await held;
      },
    });
    const base = `http://127.0.0.1:${await port}`;
    const token = await signAdminToken(TEST_JWT_SECRET, 'user_test_admin');
    const call = async (path: string, init: RequestInit = {}) => {
      const response = await fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      });
      return {
        status: response.status,
        headers: response.headers,
        body: (await response.json()) as Record<string, unknown>,
      };
    };
    const graphql = (query: string) => call('/graphql', { method: 'POST', body: JSON.stringify({ query }) });
    const CREATE = 'mutation { createStockLocation(input: { name: "Too early" }) { __typename } }';

    try {
      expect((await call('/health')).status).toBe(200);
      expect(await call('/ready')).toMatchObject({
        status: 503,
        body: { status: 'unavailable', reason: 'database not migrated yet' },
      });

      for (const query of ['{ productVariants { count } }', CREATE]) {
        const answer = await graphql(query);
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('2');
        expect(answer.body).toEqual({
          errors: [
            {
              message: DATABASE_NOT_READY_MESSAGE,
              extensions: { code: 'DATABASE_UNAVAILABLE', requestId: answer.headers.get('x-request-id') },
            },
          ],
        });
      }
      for (const [path, init] of [
        ['/admin/stock-locations', {}],
        ['/admin/inventory-items/iitem_01JD0000000000000000000000', {}],
        ['/admin/stock-locations', { method: 'POST', body: JSON.stringify({ name: 'Too early' }) }],
      ] as const) {
        const answer = await call(path, init);
        expect(answer.status, path).toBe(503);
        expect(answer.headers.get('retry-after')).toBe('2');
        expect(answer.body).toEqual({ code: 'api_error', type: 'database_error', message: DATABASE_NOT_READY_MESSAGE });
      }
    } finally {
      release();
      gateway = await starting;
    }

    expect(await call('/ready')).toMatchObject({ status: 200, body: { status: 'ready' } });
    const after = await call('/admin/stock-locations?fields=name');
    expect(after.status).toBe(200);
    expect(after.body.count).toBe(0);
    expect((await graphql('{ productVariants { count } }')).body).toMatchObject({
      data: { productVariants: { count: 0 } },
    });
  });
});
