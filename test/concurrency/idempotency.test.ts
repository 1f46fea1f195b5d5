import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const ADJUST = `mutation($item: ID!, $location: ID!, $key: String) {
  result: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: 1 }, idempotencyKey: $key) {
    __typename ... on InventoryLevelPayload { inventoryLevel { stockedQuantity } } ... on MutationError { code message }
  }
}`;

interface Answer {
  status: number;
  replayed: string | null;
  body: unknown;
}

/** Requests with the same key at the same moment apply once; every one of them gets the one result. */
describe('concurrent requests with one idempotency key', () => {
  let server: GraphQLTestServer;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];

  const post = async (path: string, body: unknown, key: string): Promise<Answer> => {
    const response = await fetch(`${server.gateway.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      body: await response.json(),
    };
  };
  const inParallel = <T>(count: number, request: () => Promise<T>) =>
    Promise.all(Array.from({ length: count }, () => request()));
  /** One answer ran the request, the others replayed the same result (GraphQL's marked in extensions). */
  const expectAppliedOnce = (answers: Answer[]) => {
    const [first, ...replays] = answers.sort((a, b) => (a.replayed ?? '').localeCompare(b.replayed ?? ''));
    expect(first).toMatchObject({ status: 200, replayed: null });
    // GraphQL's extensions differ by design: the first answer reports its cost, replays say so.
    const { extensions: _cost, ...firstBody } = first.body as { extensions?: unknown };
    for (const replay of replays) {
      expect(replay).toMatchObject({ status: 200, replayed: 'true' });
      const { extensions, ...body } = replay.body as { extensions?: unknown };
      expect(body).toEqual(firstBody);
      if (extensions !== undefined) expect(extensions).toMatchObject({ idempotentReplayed: true });
    }
  };

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    prisma = server.gateway.db.prisma;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('REST: 30 parallel POSTs with one key create one stock location', async () => {
    const answers = await inParallel(30, () => post('/admin/stock-locations', { name: 'Once Depot' }, 'rest-once'));
    expectAppliedOnce(answers);
    expect(await prisma.stockLocation.count({ where: { name: 'Once Depot' } })).toBe(1);
  });

  it('GraphQL: 30 parallel adjustments with one key add one unit', async () => {
    const created = await server.data<{
      createStockLocation: { stockLocation: { id: string } };
      createInventoryItem: { inventoryItem: { id: string } };
    }>(`mutation {
      createStockLocation(input: { name: "Once Store" }) { ... on StockLocationPayload { stockLocation { id } } }
      createInventoryItem(input: { sku: "ONCE" }) { ... on InventoryItemPayload { inventoryItem { id } } }
    }`);
    const location = created.createStockLocation.stockLocation.id;
    const item = created.createInventoryItem.inventoryItem.id;
    await server.data(`mutation($input: InventoryLevelInput!) { createInventoryLevel(input: $input) { __typename } }`, {
      input: { inventoryItemId: item, locationId: location, stockedQuantity: 10 },
    });
    const request = { query: ADJUST, variables: { item, location, key: 'graphql-once' } };
    const answers = await inParallel(30, () => post('/graphql', request, 'graphql-once'));
    expectAppliedOnce(answers);
    expect(answers[0].body).toMatchObject({ data: { result: { inventoryLevel: { stockedQuantity: 11 } } } });
    const level = await prisma.inventoryLevel.findFirstOrThrow({ where: { inventoryItemId: item } });
    expect(level.stockedQuantity.toNumber()).toBe(11);
  });
});
