import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

/** The demo catalog's inventory items (one per variant but the two-pack, which uses MUG-WHITE's). */
const SEED_SKUS = [
  'HOODIE-L',
  'HOODIE-M',
  'HOODIE-S',
  'MUG-BLACK',
  'MUG-WHITE',
  'TEE-BLACK-M',
  'TEE-BLACK-S',
  'TEE-WHITE-M',
  'TEE-WHITE-S',
];

const PAGE = `query Items($filter: InventoryItemFilter, $order: [InventoryItemOrder!], $limit: Int, $offset: Int) {
  inventoryItems(filter: $filter, order: $order, limit: $limit, offset: $offset) {
    nodes { sku }
    count offset limit
  }
}`;

interface Page {
  inventoryItems: { nodes: { sku: string }[]; count: number; offset: number; limit: number };
}

describe('inventory item queries', () => {
  let server: GraphQLTestServer;
  let berlin: string;
  let lisbon: string;
  /** Made before the seed's items: stocked at Lisbon only (its Berlin level is deleted), no shipping. */
  let voucherId: string;
  let deletedId: string;

  const page = async (variables: Record<string, unknown>) => (await server.data<Page>(PAGE, variables)).inventoryItems;
  const skusOf = (result: { nodes: { sku: string }[] }) => result.nodes.map((node) => node.sku);

  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    const location = async (name: string) => (await prisma.stockLocation.findFirstOrThrow({ where: { name } })).id;
    berlin = await location('Berlin Warehouse');
    lisbon = await location('Lisbon Store');
    const longAgo = new Date('2020-01-01T00:00:00Z');
    const voucher = await prisma.inventoryItem.create({
      data: {
        id: newId('inventoryItem'),
        sku: 'VOUCHER',
        title: 'Voucher',
        description: 'Digital GIFT card',
        requiresShipping: false,
        createdAt: longAgo,
        updatedAt: longAgo,
      },
    });
    voucherId = voucher.id;
    await prisma.inventoryLevel.createMany({
      data: [
        { id: newId('inventoryLevel'), inventoryItemId: voucherId, locationId: lisbon, stockedQuantity: 5 },
        { id: newId('inventoryLevel'), inventoryItemId: voucherId, locationId: berlin, deletedAt: new Date() },
      ],
    });
    const deleted = await prisma.inventoryItem.create({
      data: { id: newId('inventoryItem'), sku: 'TEE-GONE', title: 'Gone tee', deletedAt: new Date() },
    });
    deletedId = deleted.id;
    await prisma.inventoryLevel.create({
      data: { id: newId('inventoryLevel'), inventoryItemId: deletedId, locationId: berlin, deletedAt: new Date() },
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('reads one item with its live levels', async () => {
    const { inventoryItem } = await server.data<{ inventoryItem: Record<string, unknown> }>(
      `query One($id: ID!) {
        inventoryItem(id: $id) { id sku requiresShipping stockedQuantity locationLevels { locationId stockedQuantity } }
      }`,
      { id: voucherId },
    );
    expect(inventoryItem).toEqual({
      id: voucherId,
      sku: 'VOUCHER',
      requiresShipping: false,
      stockedQuantity: 5,
      locationLevels: [{ locationId: lisbon, stockedQuantity: 5 }],
    });
  });

  it('answers null for an unknown or a deleted item', async () => {
    for (const id of ['iitem_01JDNOPE000000000000000000', deletedId]) {
      const data = await server.data<{ inventoryItem: unknown }>(
        `query One($id: ID!) { inventoryItem(id: $id) { id } }`,
        {
          id,
        },
      );
      expect(data.inventoryItem).toBeNull();
    }
  });

  it('lists live items by id by default, with the count before paging', async () => {
    const result = await page({});
    expect(result).toMatchObject({ count: SEED_SKUS.length + 1, offset: 0, limit: 20 });
    // The voucher was created after the seed, and ids sort in creation order.
    expect(skusOf(result)).toHaveLength(SEED_SKUS.length + 1);
    expect(skusOf(result).at(-1)).toBe('VOUCHER');
    expect(skusOf(result)).not.toContain('TEE-GONE');
  });

  it('orders, limits and offsets', async () => {
    const result = await page({ order: [{ field: 'SKU', direction: 'DESC' }], limit: 3, offset: 1 });
    expect(result).toEqual({
      nodes: [{ sku: 'TEE-WHITE-S' }, { sku: 'TEE-WHITE-M' }, { sku: 'TEE-BLACK-S' }],
      count: SEED_SKUS.length + 1,
      offset: 1,
      limit: 3,
    });
    const byCreation = await page({ order: [{ field: 'CREATED_AT' }], limit: 1 });
    expect(skusOf(byCreation)).toEqual(['VOUCHER']);
  });

  it('searches sku, title and description case-insensitively with q', async () => {
    expect(skusOf(await page({ filter: { q: 'tee-black' } }))).toEqual(['TEE-BLACK-S', 'TEE-BLACK-M']);
    expect(skusOf(await page({ filter: { q: 'gift' } }))).toEqual(['VOUCHER']);
    expect(skusOf(await page({ filter: { q: 'white / single' } }))).toEqual(['MUG-WHITE']);
    expect((await page({ filter: { q: 'gone' } })).count).toBe(0);
  });

  it('filters by ids, sku, requiresShipping and dates', async () => {
    const all = await server.gateway.db.prisma.inventoryItem.findMany({
      where: { sku: { in: ['MUG-BLACK', 'HOODIE-S'] } },
    });
    const ids = all.map((item) => item.id);
    const order = [{ field: 'SKU' }];
    expect(skusOf(await page({ filter: { ids: [...ids, deletedId] }, order }))).toEqual(['HOODIE-S', 'MUG-BLACK']);
    expect(skusOf(await page({ filter: { sku: ['MUG-BLACK', 'TEE-GONE', 'NOPE'] } }))).toEqual(['MUG-BLACK']);
    expect(skusOf(await page({ filter: { requiresShipping: false } }))).toEqual(['VOUCHER']);
    expect((await page({ filter: { requiresShipping: true } })).count).toBe(SEED_SKUS.length);
    expect(skusOf(await page({ filter: { createdAt: { lt: '2021-01-01T00:00:00Z' } } }))).toEqual(['VOUCHER']);
    expect((await page({ filter: { updatedAt: { gte: '2021-01-01T00:00:00Z' } } })).count).toBe(SEED_SKUS.length);
  });

  it('filters by the locations an item has a live level at', async () => {
    const order = [{ field: 'SKU' }];
    expect(skusOf(await page({ filter: { locationIds: [berlin] }, order }))).toEqual(SEED_SKUS);
    expect(skusOf(await page({ filter: { locationIds: [lisbon] }, order }))).toEqual([...SEED_SKUS, 'VOUCHER']);
    expect((await page({ filter: { locationIds: ['sloc_01JDNOPE000000000000000000'] } })).count).toBe(0);
  });

  it('pages a connection with first/after and a total count', async () => {
    const CONNECTION = `query Items($first: Int, $after: String) {
      inventoryItemsConnection(first: $first, after: $after, order: [{ field: TITLE }, { field: SKU, direction: DESC }]) {
        totalCount
        edges { cursor node { sku title } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Connection = {
      inventoryItemsConnection: {
        totalCount: number;
        edges: { cursor: string; node: { sku: string; title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { inventoryItemsConnection: connection }: Connection = await server.data<Connection>(CONNECTION, {
        first: 4,
        after,
      });
      expect(connection.totalCount).toBe(SEED_SKUS.length + 1);
      seen.push(...connection.edges.map((edge) => edge.node.sku));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const rows = await server.gateway.db.prisma.inventoryItem.findMany({
      where: { deletedAt: null },
      orderBy: [{ title: 'asc' }, { sku: 'desc' }, { id: 'asc' }],
    });
    expect(seen).toEqual(rows.map((row) => row.sku));
    expect(seen).not.toContain('TEE-GONE');
  });

  it('refuses a page larger than 200', async () => {
    const response = await server.gql(PAGE, { limit: 201 });
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: 'limit must be between 0 and 200 (got 201)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const connection = await server.gql(`{ inventoryItemsConnection(first: 201) { totalCount } }`);
    expect(connection.errors?.[0]).toMatchObject({
      message: 'first must be at most 200 (got 201)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
