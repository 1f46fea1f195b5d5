import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** A sample's value from Prometheus' text format, by metric name and exact label set. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .sort();
  for (const line of text.split('\n')) {
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = (match[2] ?? '')
      .split(/,(?=[a-z_]+=")/)
      .filter(Boolean)
      .sort();
    if (wanted.every((label) => given.includes(label)) && given.length === wanted.length) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let server: GraphQLTestServer;
  const scrape = async (authorization: string | null = `Bearer ${METRICS_TOKEN}`) =>
    fetch(`${server.gateway.url}/metrics`, { headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    server = await startGraphQLServer({ metricsToken: METRICS_TOKEN });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('does not exist without METRICS_TOKEN', async () => {
    const plain = await startGraphQLServer({ seedOnStart: false });
    try {
      const response = await fetch(`${plain.gateway.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(response.status).toBe(404);
    } finally {
      await plain.dispose();
    }
  });

  it('refuses a scrape without the token, or with another', async () => {
    expect((await scrape(null)).status).toBe(401);
    const wrong = await scrape(`Bearer ${METRICS_TOKEN.replace('0', '1')}`);
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Bearer');
    expect(await wrong.text()).not.toContain('gateway_');
  });

  it('counts and times requests and errors per GraphQL operation and per REST route', async () => {
    await server.data('query VariantCount { productVariants { count } }');
    await server.data('query VariantCount { productVariants { count } }');
    const refused = await server.gql('query Broken { productVariants(limit: 500) { count } }');
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const auth = { authorization: `Bearer ${server.token}` };
    const variants = await fetch(`${server.gateway.url}/admin/product-variants?limit=2`, { headers: auth });
    expect(variants.status).toBe(200);
    const missing = await fetch(`${server.gateway.url}/admin/stock-locations/sloc_missing`, { headers: auth });
    expect(missing.status).toBe(404);

    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await response.text();
    const graphqlOk = { operation: 'VariantCount', type: 'query', source: 'graphql', outcome: 'ok' };
    expect(sample(text, 'gateway_graphql_operations_total', graphqlOk)).toBe(2);
    expect(
      sample(text, 'gateway_graphql_operation_duration_seconds_count', {
        operation: 'VariantCount',
        type: 'query',
        source: 'graphql',
      }),
    ).toBe(2);
    expect(
      sample(text, 'gateway_graphql_errors_total', { operation: 'Broken', source: 'graphql', code: 'BAD_USER_INPUT' }),
    ).toBe(1);
    // The REST shim's requests, by route pattern (never the id in the path), and its operations.
    expect(
      sample(text, 'gateway_http_requests_total', { method: 'GET', route: '/admin/product-variants', status: '200' }),
    ).toBe(1);
    const byId = { method: 'GET', route: '/admin/stock-locations/:id', status: '404' };
    expect(sample(text, 'gateway_http_requests_total', byId)).toBe(1);
    expect(sample(text, 'gateway_http_errors_total', byId)).toBe(1);
    expect(text).not.toContain('sloc_missing');
    expect(text).toMatch(/gateway_graphql_operations_total\{[^}]*source="rest"/);
    expect(
      sample(text, 'gateway_http_request_duration_seconds_count', { method: 'POST', route: '/graphql' }),
    ).toBeGreaterThanOrEqual(3);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('reports the idempotency table size and, on PostgreSQL, the pool and its waits', async () => {
    const before = sample(await (await scrape()).text(), 'gateway_idempotency_keys');
    expect(before).toBe(0);
    const response = await fetch(`${server.gateway.url}/admin/stock-locations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.token}`,
        'content-type': 'application/json',
        'idempotency-key': 'metrics-test-key-1',
      },
      body: JSON.stringify({ name: 'Metrics warehouse' }),
    });
    expect(response.status).toBe(200);
    const text = await (await scrape()).text();
    expect(sample(text, 'gateway_idempotency_keys')).toBe(1);
    if (server.gateway.db.kind === 'postgres') {
      expect(sample(text, 'gateway_db_pool_max_connections')).toBeGreaterThan(0);
      expect(sample(text, 'gateway_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'gateway_db_pool_connections', { state: 'waiting' })).toBe(0);
      expect(sample(text, 'gateway_db_pool_wait_seconds_count')).toBeGreaterThan(0);
      expect(sample(text, 'gateway_db_pool_wait_failures_total')).toBe(0);
    } else {
      expect(text).not.toContain('gateway_db_pool_connections');
    }
  });
});
