import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { tableCounts } from '../support/snapshots.js';

type Variants = { variants: { id: string; inventory_items?: unknown[] }[] };
type Products = { products: { id: string; title: string }[] };

/** The REST shim runs every request through the GraphQL limits; these are its largest legitimate requests. */
describe('REST: limits at their defaults', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;

  beforeAll(async () => {
    server = await startGraphQLServer();
    call = restClient(server);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('answer the widest `fields` on variants and the products list at the largest page, with x-query-cost', async () => {
    const variants = await call<Variants>(
      'GET',
      '/admin/product-variants?limit=200&fields=*options,*prices,*inventory_items.inventory.location_levels,*product,%2Binventory_quantity',
    );
    expect(variants.status).toBe(200);
    expect(variants.body.variants.length).toBeGreaterThan(0);
    expect(variants.body.variants[0].inventory_items).toBeInstanceOf(Array);
    expect(Number(variants.headers.get('x-query-cost'))).toBeGreaterThan(100_000);
    expect(Number(variants.headers.get('x-query-cost'))).toBeLessThanOrEqual(1_000_000);

    const products = await call<Products>('GET', '/admin/products?limit=200');
    expect(products.status).toBe(200);
    expect(Number(products.headers.get('x-query-cost'))).toBeLessThanOrEqual(1_000_000);
    // Every level of a product's variants, their inventory and its levels, 20 products a page.
    const deep = '/admin/products?fields=*variants.inventory_items.inventory.location_levels.stock_locations.address';
    expect((await call<Products>('GET', `${deep}&limit=20`)).status).toBe(200);
    const tooMuch = await call('GET', `${deep}&limit=50`);
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body).toEqual({
      type: 'invalid_data',
      message: `Invalid request: Query cost ${tooMuch.headers.get('x-query-cost')} exceeds the maximum of 1000000: ask for smaller pages or fewer nested lists.`,
    });
  });

  it('refuse a page larger than 200 with invalid_data', async () => {
    const response = await call('GET', '/admin/product-variants?limit=500');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      type: 'invalid_data',
      message: "Invalid request: Value for field 'limit' too big, expected at most: '200'",
    });
  });
});

describe('REST: limits set low', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let product: { id: string; title: string };

  beforeAll(async () => {
    const { limits } = loadConfig({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '1000', MAX_BODY_BYTES: '65536' });
    server = await startGraphQLServer({ limits });
    call = restClient(server);
    product = (await call<Products>('GET', '/admin/products?fields=id,title&limit=1')).body.products[0];
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it("turn the query cost limit into Medusa's 400 invalid_data, with the cost in x-query-cost", async () => {
    const response = await call('GET', '/admin/products?limit=50');
    expect(response.status).toBe(400);
    const cost = Number(response.headers.get('x-query-cost'));
    expect(cost).toBeGreaterThan(1000);
    expect(response.body).toEqual({
      type: 'invalid_data',
      message: `Invalid request: Query cost ${cost} exceeds the maximum of 1000: ask for smaller pages or fewer nested lists.`,
    });
    const small = await call('GET', '/admin/products?limit=1&fields=id,title');
    expect(small.status).toBe(200);
    expect(small.headers.get('x-query-cost')).toBe(String(1 + 1 + 1 + 1 + 1 + 1 * 2));
  });

  it('refuse an update whose answer would cost too much, and change nothing', async () => {
    const before = await tableCounts(server.gateway.db.prisma);
    const response = await call('POST', `/admin/products/${product.id}`, { title: 'Renamed' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      type: 'invalid_data',
      message: expect.stringMatching(/^Invalid request: Query cost \d+ exceeds the maximum of 1000/),
    });
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });

  it("turn the depth limit into Medusa's 400 invalid_data", async () => {
    const response = await call(
      'GET',
      '/admin/product-variants?limit=1&fields=id,*inventory_items.inventory.location_levels.stock_locations',
    );
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      type: 'invalid_data',
      message: 'Invalid request: Query depth limit of 6 exceeded, found 7.',
    });
  });

  it('refuse a body larger than MAX_BODY_BYTES with 413, and change nothing', async () => {
    const before = await tableCounts(server.gateway.db.prisma);
    for (const length of [70_000, 65_000]) {
      // 65,000 bytes pass the shim's own check, but not with the GraphQL document it adds.
      const response = await call('POST', `/admin/products/${product.id}`, { title: 'x'.repeat(length) });
      expect(response.status).toBe(413);
      expect(response.body).toEqual({ type: 'invalid_data', message: 'Request body larger than 65536 bytes' });
    }
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });
});
