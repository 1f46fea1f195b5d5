import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { tableCounts } from '../support/snapshots.js';
import { type BadRequest, GRAPHQL_CASES, REST_CASES, type SeedIds } from './bad-input-cases.js';

/**
 * Malformed requests across both APIs, each answered with the exact status, error type (REST) or
 * code (GraphQL) and message form, and none of them changing a single row.
 */
describe('bad input is refused clearly and changes nothing', () => {
  let server: GraphQLTestServer;
  let ids: SeedIds;
  let before: Record<string, string>;

  beforeAll(async () => {
    server = await startGraphQLServer();
    const data = await server.data<{
      productVariants: { nodes: { id: string; product: { id: string } }[] };
      inventoryItems: { nodes: { id: string; locationLevels: { locationId: string }[] }[] };
    }>(`{
      productVariants(limit: 1) { nodes { id product { id } } }
      inventoryItems(limit: 1) { nodes { id locationLevels { locationId } } }
    }`);
    const [variant] = data.productVariants.nodes;
    const [item] = data.inventoryItems.nodes;
    ids = {
      product: variant.product.id,
      variant: variant.id,
      item: item.id,
      location: item.locationLevels[0].locationId,
    };
    before = await tableCounts(server.gateway.db.prisma);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('has at least 60 cases', () => {
    expect(REST_CASES.length + GRAPHQL_CASES.length).toBeGreaterThanOrEqual(60);
  });

  const send = async (request: BadRequest) => {
    const resolved = request.build(ids, server.token);
    const response = await fetch(`${server.gateway.url}${resolved.path}`, {
      method: resolved.method,
      headers: resolved.headers,
      body: resolved.body,
    });
    const text = await response.text();
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
  };

  it.each(REST_CASES.map((c) => [c.name, c] as const))('REST: %s', async (_name, testCase) => {
    const { status, body } = await send(testCase.request);
    expect({ status, type: body.type }).toEqual({ status: testCase.status, type: testCase.type });
    expect(Object.keys(body).sort()).toEqual(testCase.status === 401 ? ['message'] : ['message', 'type']);
    expect(body.message).toMatch(testCase.message);
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });

  it.each(GRAPHQL_CASES.map((c) => [c.name, c] as const))('GraphQL: %s', async (_name, testCase) => {
    const { status, body } = await send(testCase.request);
    expect(status).toBe(testCase.status);
    const error = firstError(body);
    expect(error.code).toBe(testCase.code);
    expect(error.message).toMatch(testCase.message);
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });
});

/** The first error of a response: a GraphQL error, or else the typed error a mutation returned. */
function firstError(body: Record<string, unknown>): { code: unknown; message: unknown } {
  const errors = body.errors as { message: string; extensions?: { code?: string } }[] | undefined;
  if (errors?.length) return { code: errors[0].extensions?.code, message: errors[0].message };
  const data = (body.data ?? {}) as Record<string, { code?: string; message?: string } | null>;
  const payload = Object.values(data)[0];
  return { code: payload?.code, message: payload?.message };
}
