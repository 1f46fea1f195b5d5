import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_REGION_ID } from '../../src/seed/demo-catalog.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

interface Variant {
  id: string;
  sku: string;
  title: string;
}

describe('variant queries', () => {
  let server: GraphQLTestServer;
  let bySku: Map<string, Variant>;
  beforeAll(async () => {
    server = await startGraphQLServer();
    const { productVariants } = await server.data<{ productVariants: { nodes: Variant[] } }>(
      '{ productVariants(limit: 200) { nodes { id sku title } } }',
    );
    bySku = new Map(productVariants.nodes.map((variant) => [variant.sku, variant]));
  });
  afterAll(async () => {
    await server?.dispose();
  });
  const idOf = (sku: string) => bySku.get(sku)?.id as string;

  it('pages by offset with the total count, ordered by id by default', async () => {
    const page = await server.data<{
      productVariants: { nodes: Variant[]; count: number; offset: number; limit: number };
    }>('{ productVariants(limit: 3, offset: 2) { nodes { id sku title } count offset limit } }');
    expect(page.productVariants).toMatchObject({ count: 10, offset: 2, limit: 3 });
    const all = [...bySku.values()].map((v) => v.id).sort();
    expect(page.productVariants.nodes.map((v) => v.id)).toEqual(all.slice(2, 5));
  });

  it('gives an empty page past the end and for limit 0, with the count', async () => {
    const data = await server.data<{ a: { nodes: unknown[]; count: number }; b: { nodes: unknown[]; count: number } }>(
      '{ a: productVariants(offset: 50) { nodes { id } count } b: productVariants(limit: 0) { nodes { id } count } }',
    );
    expect(data).toEqual({ a: { nodes: [], count: 10 }, b: { nodes: [], count: 10 } });
  });

  it.each([
    ['limit: 201', /limit must be between 0 and 200 \(got 201\)/],
    ['limit: -1', /limit must be between 0 and 200 \(got -1\)/],
    ['offset: -5', /offset must be 0 or more \(got -5\)/],
  ])('refuses %s with a clear error', async (args, message) => {
    const response = await server.gql(`{ productVariants(${args}) { count } }`);
    expect(response.errors?.[0].message).toMatch(message);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('orders by a field, then by id', async () => {
    const { productVariants } = await server.data<{ productVariants: { nodes: Variant[] } }>(
      '{ productVariants(limit: 200, order: [{ field: SKU, direction: DESC }]) { nodes { sku } } }',
    );
    const skus = productVariants.nodes.map((v) => v.sku);
    expect(skus).toEqual([...skus].sort().reverse());
  });

  it.each([
    [
      'q matches title, sku, barcode, ean or upc without regard to case',
      '{ q: "hoodie" }',
      ['HOODIE-L', 'HOODIE-M', 'HOODIE-S'],
    ],
    ['sku', '{ sku: ["MUG-WHITE", "MUG-BLACK"] }', ['MUG-BLACK', 'MUG-WHITE']],
    ['manageInventory', '{ manageInventory: false }', []],
    ['allowBackorder', '{ allowBackorder: false, q: "mug" }', ['MUG-BLACK', 'MUG-WHITE', 'MUG-WHITE-2PACK']],
  ])('filters by %s', async (_name, filter, expected) => {
    const { productVariants } = await server.data<{ productVariants: { nodes: Variant[] } }>(
      `{ productVariants(filter: ${filter}, limit: 200) { nodes { sku } } }`,
    );
    expect(productVariants.nodes.map((v) => v.sku).sort()).toEqual(expected);
  });

  it('filters by ids, product and creation date', async () => {
    const { product } = await server
      .data<{ product: { variants: { id: string }[] } }>(
        `{ product: productVariant(id: "${idOf('MUG-WHITE')}") { product { variants { id } } } }`,
      )
      .then((d) => ({ product: (d.product as unknown as { product: { variants: { id: string }[] } }).product }));
    const productId = (
      await server.gateway.db.prisma.productVariant.findUniqueOrThrow({ where: { id: idOf('MUG-WHITE') } })
    ).productId;
    const data = await server.data<{
      a: { count: number };
      b: { count: number };
      c: { count: number };
      d: { count: number };
    }>(
      `query($ids: [ID!], $productIds: [ID!]) {
        a: productVariants(filter: { ids: $ids }) { count }
        b: productVariants(filter: { productIds: $productIds }) { count }
        c: productVariants(filter: { createdAt: { gte: "2000-01-01T00:00:00Z" } }) { count }
        d: productVariants(filter: { createdAt: { lt: "2000-01-01T00:00:00Z" } }) { count }
      }`,
      { ids: [idOf('MUG-WHITE'), idOf('HOODIE-S')], productIds: [productId] },
    );
    expect(data).toEqual({ a: { count: 2 }, b: { count: product.variants.length }, c: { count: 10 }, d: { count: 0 } });
  });

  it('pages as a Relay connection both ways, with the total count', async () => {
    type Connection = {
      edges: { cursor: string; node: { sku: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
      totalCount: number;
    };
    const first = await server.data<{ productVariantsConnection: Connection }>(
      '{ productVariantsConnection(first: 4, order: [{ field: SKU }]) { edges { cursor node { sku } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } totalCount } }',
    );
    const page1 = first.productVariantsConnection;
    expect(page1.totalCount).toBe(10);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = await server.data<{ productVariantsConnection: Connection }>(
      'query($after: String) { productVariantsConnection(first: 4, after: $after, order: [{ field: SKU }]) { edges { node { sku } } pageInfo { hasNextPage hasPreviousPage startCursor } } }',
      { after: page1.pageInfo.endCursor },
    );
    const skus = [...bySku.keys()].sort();
    expect(page1.edges.map((e) => e.node.sku)).toEqual(skus.slice(0, 4));
    expect(next.productVariantsConnection.edges.map((e) => e.node.sku)).toEqual(skus.slice(4, 8));
    const back = await server.data<{ productVariantsConnection: Connection }>(
      'query($before: String) { productVariantsConnection(last: 2, before: $before, order: [{ field: SKU }]) { edges { node { sku } } } }',
      { before: next.productVariantsConnection.pageInfo.startCursor },
    );
    expect(back.productVariantsConnection.edges.map((e) => e.node.sku)).toEqual(skus.slice(2, 4));
  });

  it('refuses a connection page over 200', async () => {
    const response = await server.gql('{ productVariantsConnection(first: 201) { totalCount } }');
    expect(response.errors?.[0].message).toMatch(/200/);
  });

  it('computes inventoryQuantity with the kit formula, over all locations or those of a sales channel', async () => {
    const channel = await server.gateway.db.prisma.salesChannel.findFirstOrThrow();
    const berlin = await server.gateway.db.prisma.stockLocation.findFirstOrThrow({
      where: { name: 'Berlin Warehouse' },
    });
    const data = await server.data<Record<string, { inventoryQuantity: number | null }>>(
      `query($channel: ID!, $berlin: ID!) {
        tee: productVariant(id: "${idOf('TEE-BLACK-S')}") { inventoryQuantity webshop: inventoryQuantity(salesChannelId: $channel) }
        white: productVariant(id: "${idOf('TEE-WHITE-S')}") { inventoryQuantity atBerlin: inventoryQuantity(locationIds: [$berlin]) }
        single: productVariant(id: "${idOf('MUG-WHITE')}") { inventoryQuantity }
        kit: productVariant(id: "${idOf('MUG-WHITE-2PACK')}") { inventoryQuantity webshop: inventoryQuantity(salesChannelId: $channel) }
      }`,
      { channel: channel.id, berlin: berlin.id },
    );
    // TEE-BLACK-S: 40 in Berlin with 2 reserved, 10 in Lisbon. MUG-WHITE: 30 + 9; the kit needs 2 per unit.
    expect(data).toEqual({
      tee: { inventoryQuantity: 48, webshop: 38 },
      white: { inventoryQuantity: 12, atBerlin: 0 },
      single: { inventoryQuantity: 39 },
      kit: { inventoryQuantity: 19, webshop: 15 },
    });
  });

  it('gives null inventoryQuantity when inventory is not managed', async () => {
    await server.gateway.db.prisma.productVariant.update({
      where: { id: idOf('HOODIE-L') },
      data: { manageInventory: false },
    });
    try {
      const data = await server.data<{ productVariant: { inventoryQuantity: number | null } }>(
        `{ productVariant(id: "${idOf('HOODIE-L')}") { inventoryQuantity } }`,
      );
      expect(data.productVariant.inventoryQuantity).toBeNull();
    } finally {
      await server.gateway.db.prisma.productVariant.update({
        where: { id: idOf('HOODIE-L') },
        data: { manageInventory: true },
      });
    }
  });

  it('shows prices with their rules as a map and as a list, and picks the price for a context', async () => {
    const data = await server.data<{ productVariant: Record<string, unknown> }>(
      `query($region: ID!) { productVariant(id: "${idOf('TEE-BLACK-S')}") {
        prices { currencyCode amount rules priceRules { attribute value operator } }
        eur: calculatedPrice(context: { currencyCode: "eur" }) { amount }
        eurInRegion: calculatedPrice(context: { currencyCode: "EUR", regionId: $region }) { amount rules }
        usd: calculatedPrice(context: { currencyCode: "usd", regionId: $region, quantity: 3 }) { amount }
        gbp: calculatedPrice(context: { currencyCode: "gbp" }) { amount }
      } }`,
      { region: SEED_REGION_ID },
    );
    const variant = data.productVariant as {
      prices: { currencyCode: string; amount: number; rules: Record<string, string>; priceRules: unknown[] }[];
    } & Record<string, unknown>;
    expect(variant.prices).toHaveLength(3);
    expect(variant.prices.find((p) => p.amount === 1750)).toEqual({
      currencyCode: 'eur',
      amount: 1750,
      rules: { region_id: SEED_REGION_ID },
      priceRules: [{ attribute: 'region_id', value: SEED_REGION_ID, operator: 'eq' }],
    });
    expect(variant).toMatchObject({
      eur: { amount: 1950 },
      eurInRegion: { amount: 1750, rules: { region_id: SEED_REGION_ID } },
      usd: { amount: 2200 },
      gbp: null,
    });
  });

  it('resolves any Medusa id through node by its prefix', async () => {
    const location = await server.gateway.db.prisma.stockLocation.findFirstOrThrow();
    const data = await server.data<{ a: unknown; b: unknown; c: unknown }>(
      `{ a: node(id: "${idOf('MUG-BLACK')}") { __typename id ... on ProductVariant { sku } }
         b: node(id: "${location.id}") { __typename ... on StockLocation { name } }
         c: node(id: "variant_01JDNOPE000000000000000000") { id } }`,
    );
    expect(data.a).toEqual({ __typename: 'ProductVariant', id: idOf('MUG-BLACK'), sku: 'MUG-BLACK' });
    expect(data.b).toEqual({ __typename: 'StockLocation', name: location.name });
    expect(data.c).toBeNull();
    const list = await server.data<{ nodes: ({ id: string } | null)[] }>(
      `{ nodes(ids: ["garbage", "${idOf('MUG-BLACK')}", "variant_01JDNOPE000000000000000000", "pvitem_01JDNNNN000000000000000000"]) { id } }`,
    );
    expect(list.nodes).toEqual([null, { id: idOf('MUG-BLACK') }, null, null]);
  });

  it('hides soft-deleted variants everywhere', async () => {
    const id = idOf('HOODIE-M');
    await server.gateway.db.prisma.productVariant.update({ where: { id }, data: { deletedAt: new Date() } });
    try {
      const data = await server.data<{
        one: unknown;
        node: unknown;
        list: { count: number };
        item: { variants: { sku: string }[] };
      }>(
        `{ one: productVariant(id: "${id}") { id } node: node(id: "${id}") { id } list: productVariants { count }
           item: inventoryItems(filter: { sku: ["HOODIE-M"] }) { nodes { variants { sku } } } }`,
      );
      expect(data.one).toBeNull();
      expect(data.node).toBeNull();
      expect(data.list.count).toBe(9);
    } finally {
      await server.gateway.db.prisma.productVariant.update({ where: { id }, data: { deletedAt: null } });
    }
  });
});
