import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Gateway, startGateway } from '../src/app.js';
import { signAdminToken } from '../src/auth/jwt.js';
import { loadConfig, type PostgresTarget } from '../src/config.js';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../src/db/unavailable.js';
import { createLogger } from '../src/logger.js';
import { seedDemoCatalog } from '../src/seed/demo.js';
import { createTestTarget, ON_POSTGRES, type TestDatabaseTarget } from './support/database.js';
import { TEST_JWT_SECRET } from './support/graphql.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';

const CONNECT_TIMEOUT_MS = 1_500;
/** Every answer during an outage must come within this, refused or stalled. */
const ANSWER_BOUND_MS = CONNECT_TIMEOUT_MS + 1_500;

/*
 * The gateway reaches its PostgreSQL database through a TCP proxy that plays the outage: the
 * server stopping (connections refused, open ones cut), or hanging (connections accepted, never
 * answered), then coming back; the server itself, shared with other test files, is left alone.
 */
describe.skipIf(!ON_POSTGRES)('a PostgreSQL outage (skipped without DATABASE_URL: PGlite runs in-process)', () => {
  let database: TestDatabaseTarget;
  let proxy: TcpProxy;
  let gateway: Gateway;
  let token: string;

  beforeAll(async () => {
    database = await createTestTarget();
    const target = database.target as PostgresTarget;
    const direct = new URL(target.url);
    proxy = await startTcpProxy(direct.hostname, Number(direct.port || 5432));
    const proxied = new URL(target.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    const config = {
      ...loadConfig({}),
      host: '127.0.0.1',
      port: 0,
      jwtSecret: TEST_JWT_SECRET,
      database: { ...target, url: proxied.toString(), connectTimeoutMs: CONNECT_TIMEOUT_MS },
    };
    gateway = await startGateway(config, createLogger('silent'));
    await seedDemoCatalog(gateway.db.prisma);
    token = await signAdminToken(TEST_JWT_SECRET, 'user_test_admin');
  });
  afterAll(async () => {
    await proxy?.up();
    await gateway?.stop();
    await proxy?.close();
    await database?.drop();
  });

  const timed = async (path: string, init: RequestInit = {}) => {
    const started = performance.now();
    const response = await fetch(`${gateway.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    });
    const body = (await response.json()) as Record<string, unknown>;
    return { status: response.status, body, headers: response.headers, ms: performance.now() - started };
  };
  const graphql = (query: string) => timed('/graphql', { method: 'POST', body: JSON.stringify({ query }) });
  const VARIANT_COUNT = '{ productVariants { count } }';

  async function expectServing() {
    expect((await timed('/ready')).status).toBe(200);
    expect((await graphql(VARIANT_COUNT)).body.data).toEqual({ productVariants: { count: 10 } });
    const rest = await timed('/admin/stock-locations?fields=name');
    expect(rest.status).toBe(200);
    expect(rest.body.count).toBe(2);
  }

  async function expectUnavailableFast() {
    const ready = await timed('/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    expect(ready.ms).toBeLessThan(ANSWER_BOUND_MS);

    const query = await graphql(VARIANT_COUNT);
    expect(query.status).toBe(503);
    expect(query.body.errors).toEqual([
      {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        locations: expect.any(Array),
        // The planner answers the read as a whole, so the error is the first root field's.
        path: ['productVariants'],
        extensions: { code: 'DATABASE_UNAVAILABLE', requestId: query.headers.get('x-request-id') },
      },
    ]);
    expect(query.ms).toBeLessThan(ANSWER_BOUND_MS);

    const medusaDbError = { code: 'api_error', type: 'database_error', message: DATABASE_UNAVAILABLE_MESSAGE };
    const list = await timed('/admin/stock-locations?fields=name');
    expect({ status: list.status, body: list.body }).toEqual({ status: 503, body: medusaDbError });
    expect(list.ms).toBeLessThan(ANSWER_BOUND_MS);

    const write = await timed('/admin/stock-locations', { method: 'POST', body: JSON.stringify({ name: 'Outage' }) });
    expect({ status: write.status, body: write.body }).toEqual({ status: 503, body: medusaDbError });
    expect(write.ms).toBeLessThan(ANSWER_BOUND_MS);
  }

  it('serves before the outage', async () => {
    await expectServing();
  });

  it('answers 503 at once while PostgreSQL refuses connections, and recovers without a restart', async () => {
    await proxy.down();
    await expectUnavailableFast();
    expect((await timed('/health')).status).toBe(200);
    await proxy.up();
    await expectServing();
    expect((await timed('/admin/stock-locations?fields=name')).body.count).toBe(2);
  });

  it('answers 503 within DATABASE_CONNECT_TIMEOUT_MS while PostgreSQL hangs, and recovers without a restart', async () => {
    await proxy.stall();
    await expectUnavailableFast();
    await proxy.up();
    await expectServing();
  });
});
