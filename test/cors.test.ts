import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from './support/graphql.js';

const ADMIN_ORIGIN = 'https://admin.example.com';

function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));
}

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type, idempotency-key',
    },
  });

describe('CORS for the origins in CORS_ORIGINS', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false, corsOrigins: [ADMIN_ORIGIN, 'http://localhost:9000'] });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it.each(['/graphql', '/admin/products/prod_1/variants'])(
    'answers a preflight to %s from an allowed origin, without a token',
    async (path) => {
      const response = await preflight(`${server.gateway.url}${path}`, ADMIN_ORIGIN);
      expect(response.status).toBe(204);
      expect(corsHeaders(response)).toEqual({
        'access-control-allow-origin': ADMIN_ORIGIN,
        'access-control-allow-methods': 'GET, POST, DELETE',
        'access-control-allow-headers': 'authorization, content-type, idempotency-key, x-request-id',
        'access-control-max-age': '600',
      });
      expect(response.headers.get('vary')).toBe('Origin');
    },
  );

  it('gives an allowed origin the response headers it may read, on REST and GraphQL, refusals included', async () => {
    const rest = await fetch(`${server.gateway.url}/admin/products?fields=id,no_such_field`, {
      headers: { origin: 'http://localhost:9000', authorization: `Bearer ${server.token}` },
    });
    expect(rest.status).toBe(200);
    expect(corsHeaders(rest)).toEqual({
      'access-control-allow-origin': 'http://localhost:9000',
      'access-control-expose-headers': 'x-request-id, x-unknown-fields, idempotent-replayed',
    });
    expect(rest.headers.get('vary')).toBe('Origin');
    expect(rest.headers.get('x-unknown-fields')).toBe('no_such_field');

    const graphql = await fetch(`${server.gateway.url}/graphql`, {
      method: 'POST',
      headers: { origin: ADMIN_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ productVariants { count } }' }),
    });
    expect(graphql.status).toBe(401);
    expect(graphql.headers.get('access-control-allow-origin')).toBe(ADMIN_ORIGIN);
    expect(graphql.headers.get('www-authenticate')).toContain('Basic');
  });

  it('gives other origins no CORS headers, on preflights and requests', async () => {
    const refused = await preflight(`${server.gateway.url}/graphql`, 'https://evil.example.com');
    expect(refused.status).toBe(204);
    expect(corsHeaders(refused)).toEqual({});
    const request = await fetch(`${server.gateway.url}/admin/products?fields=id`, {
      headers: { origin: `${ADMIN_ORIGIN}.evil.example.com`, authorization: `Bearer ${server.token}` },
    });
    expect(request.status).toBe(200);
    expect(corsHeaders(request)).toEqual({});
  });

  it('leaves the paths outside /graphql and /admin alone', async () => {
    const health = await fetch(`${server.gateway.url}/health`, { headers: { origin: ADMIN_ORIGIN } });
    expect(corsHeaders(health)).toEqual({});
  });
});

describe('CORS closed, the default', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('sends no CORS header at all, GraphQL server defaults included', async () => {
    const answered = await preflight(`${server.gateway.url}/graphql`, ADMIN_ORIGIN);
    expect(answered.status).toBe(204);
    expect(corsHeaders(answered)).toEqual({});
    const graphql = await fetch(`${server.gateway.url}/graphql`, {
      method: 'POST',
      headers: { origin: ADMIN_ORIGIN, 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: '{ productVariants { count } }' }),
    });
    expect(graphql.status).toBe(200);
    expect(corsHeaders(graphql)).toEqual({});
    expect(graphql.headers.get('vary')).toBeNull();
  });
});
