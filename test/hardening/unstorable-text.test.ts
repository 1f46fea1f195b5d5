import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { tableCounts } from '../support/snapshots.js';

/**
 * Text PostgreSQL cannot store: a NUL character made the write fail with a 500, and an unpaired
 * surrogate was silently stored as U+FFFD. Both are refused up front, changing nothing.
 * (Found by test/hardening/mutation-properties.test.ts.)
 */
describe('text that cannot be stored is refused', () => {
  let server: GraphQLTestServer;
  let before: Record<string, string>;
  beforeAll(async () => {
    server = await startGraphQLServer();
    before = await tableCounts(server.gateway.db.prisma);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it.each([
    ['a NUL in a column', { sku: 'a\u0000b' }],
    ['an unpaired surrogate', { title: 'x\ud800' }],
    ['a NUL in a metadata value', { metadata: { note: 'a\u0000' } }],
    ['a NUL in a metadata key', { metadata: { 'a\u0000': 1 } }],
  ])('REST: %s is a 400 invalid_data', async (_name, body) => {
    const response = await restClient(server)('POST', '/admin/inventory-items', body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      type: 'invalid_data',
      message: expect.stringMatching(/NUL character or an unpaired surrogate, which cannot be stored/),
    });
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });

  it('GraphQL: in a variable or a literal, BAD_USER_INPUT', async () => {
    const variable = await server.gql(
      'mutation($input: CreateInventoryItemInput!) { createInventoryItem(input: $input) { __typename } }',
      { input: { title: 'a\u0000' } },
    );
    const literal = await server.gql('mutation { createInventoryItem(input: { title: "\\u0000" }) { __typename } }');
    for (const response of [variable, literal]) {
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });
});
