import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../../src/core/ids.js';
import { QUOTED_INPUT_MAX } from '../../src/quote-input.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

const HUGE = 'x'.repeat(100_000);
/** Node refuses a request line over 16 KiB (431) before the gateway sees it; an id in a URL is at most this long. */
const LONG = 'x'.repeat(10_000);
/** A message that quotes a short prefix of the input, never all of it. */
const SHORT_MESSAGE = QUOTED_INPUT_MAX + 200;

describe('ids far longer than any id', () => {
  let server: GraphQLTestServer;
  let rest: ReturnType<typeof restClient>;
  let itemId: string;
  beforeAll(async () => {
    server = await startGraphQLServer();
    rest = restClient(server);
    const data = await server.data<{ inventoryItems: { nodes: { id: string }[] } }>(
      '{ inventoryItems(limit: 1) { nodes { id } } }',
    );
    itemId = data.inventoryItems.nodes[0].id;
  }, 180_000);
  afterAll(async () => {
    await server?.dispose();
  });

  const expectRefused = (body: { type?: unknown; message?: unknown }, field: string, length = 10_000) => {
    expect(body.type).toBe('invalid_data');
    const message = String(body.message);
    expect(message).toContain(`Field '${field}' is ${length} characters long`);
    expect(message).toContain(`the longest id accepted is ${MAX_ID_LENGTH}`);
    expect(message.length).toBeLessThan(SHORT_MESSAGE);
  };

  it('are refused as 400 invalid_data in REST path parameters, naming the parameter', async () => {
    const item = await rest('GET', `/admin/inventory-items/${LONG}`);
    expect(item.status).toBe(400);
    expectRefused(item.body, 'id');
    const variant = await rest('GET', `/admin/products/prod_01JD0000000000000000000000/variants/${LONG}`);
    expect(variant.status).toBe(400);
    expectRefused(variant.body, 'variant_id');
  });

  it('are refused in REST query parameters and bodies', async () => {
    const query = await rest('GET', `/admin/inventory-items/${itemId}/location-levels?location_id=${LONG}`);
    expect(query.status).toBe(400);
    expectRefused(query.body, 'location_id');
    const body = await rest('POST', `/admin/inventory-items/${itemId}/location-levels`, { location_id: HUGE });
    expect(body.status).toBe(400);
    expectRefused(body.body, 'location_id', 100_000);
    const batch = await rest('POST', `/admin/inventory-items/${itemId}/location-levels/batch`, {
      create: [{ location_id: LONG }],
    });
    expect(batch.status).toBe(400);
    expectRefused(batch.body, 'create, 0, location_id');
    const removed = await rest('POST', `/admin/inventory-items/${itemId}/location-levels/batch`, { delete: [LONG] });
    expect(removed.status).toBe(400);
    expectRefused(removed.body, 'delete, 0');
  });

  it('are refused in GraphQL ID arguments and inputs, as literals and variables', async () => {
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      [`{ inventoryItem(id: "${HUGE}") { id } }`, undefined, 'id'],
      ['query ($id: ID!) { inventoryItem(id: $id) { id } }', { id: HUGE }, '$id'],
      ['query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['sloc_01JD0000000000000000000000', HUGE] }, '$ids'],
      [
        'mutation ($input: InventoryLevelInput!) { createInventoryLevel(input: $input) { __typename } }',
        { input: { inventoryItemId: itemId, locationId: HUGE } },
        '$input.locationId',
      ],
      [
        `mutation { createInventoryLevel(input: { inventoryItemId: "${itemId}", locationId: "${HUGE}" }) { __typename } }`,
        undefined,
        'input.locationId',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const answer = await server.gql(query, variables);
      expect(answer.status, field).toBe(400);
      expect(answer.data).toBeUndefined();
      const [error] = answer.errors ?? [];
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain(`Field '${field}' is 100000 characters long`);
      expect(error.message.length).toBeLessThan(SHORT_MESSAGE);
    }
  });

  it('an id of the longest length accepted is looked up as usual', async () => {
    const id = `iitem_${'0'.repeat(MAX_ID_LENGTH - 6)}`;
    const answer = await rest('GET', `/admin/inventory-items/${id}`);
    expect(answer.status).toBe(404);
    const data = await server.data<{ inventoryItem: null }>('query ($id: ID!) { inventoryItem(id: $id) { id } }', {
      id,
    });
    expect(data.inventoryItem).toBeNull();
  });

  it('an unknown path of 10,000 characters is not echoed whole', async () => {
    const answer = await rest('GET', `/admin/${LONG}`);
    expect(answer.status).toBe(404);
    expect(String(answer.body.message).length).toBeLessThan(SHORT_MESSAGE);
    const outside = await fetch(`${server.gateway.url}/${LONG}`);
    expect(outside.status).toBe(404);
    expect(((await outside.json()) as { message: string }).message.length).toBeLessThan(SHORT_MESSAGE);
  });

  it('REST validation messages quote a short prefix of what they were sent', async () => {
    const answer = await rest('POST', `/admin/inventory-items/${itemId}`, { requires_shipping: HUGE });
    expect(answer.status).toBe(400);
    expect(String(answer.body.message).length).toBeLessThan(SHORT_MESSAGE);
    expect(String(answer.body.message)).toContain('(100000 characters)');
  });

  it('are quoted by a short prefix when a variable of another type refuses them', async () => {
    const response = await server.gql('query($limit: Int) { productVariants(limit: $limit) { count } }', {
      limit: HUGE,
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const message = String(response.errors?.[0]?.message);
    expect(message).toContain('$limit');
    expect(message).toContain('(100000 characters)');
    expect(message.length).toBeLessThan(SHORT_MESSAGE * 2);
  });
});
