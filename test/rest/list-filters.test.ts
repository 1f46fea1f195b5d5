import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

type Row = { id: string; [key: string]: unknown };

/**
 * The list filters Medusa 2.21's validators accept beyond the 2.0 set (its AdminGetProductVariantsParams,
 * AdminGetProductsParams, AdminGetInventoryItemsParams, AdminGetStockLocationsParams): each
 * filters, and those the gateway cannot serve are a 400 naming the field, never ignored.
 */
describe('REST: list filters of Medusa 2.21', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let product: string;
  let giftCard: string;

  const ids = async (path: string) => {
    const response = await call<Record<string, Row[]>>('GET', path);
    expect(response.status, path).toBe(200);
    const [list] = Object.values(response.body).filter(Array.isArray);
    return list.map((row) => row.id);
  };
  const refusal = async (path: string) => {
    const response = await call('GET', path);
    return { status: response.status, body: response.body };
  };

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    call = restClient(server);
    const made = await call<{ product: Row & { variants: Row[] } }>('POST', '/admin/products', {
      title: 'Mug, white',
      external_id: 'ext-mug',
      options: [{ title: 'Size', values: ['S', 'M'] }],
      variants: [
        {
          title: 'S',
          sku: 'F-MUG-S',
          ean: 'EAN-S',
          upc: 'UPC-S',
          barcode: 'BAR-S',
          options: { Size: 'S' },
          prices: [],
          manage_inventory: false,
        },
        { title: 'M', sku: 'F-MUG-M', options: { Size: 'M' }, prices: [], manage_inventory: false },
      ],
    });
    expect(made.status).toBe(200);
    product = made.body.product.id;
    const card = await call<{ product: Row }>('POST', '/admin/products', {
      title: 'Gift card',
      is_giftcard: true,
      options: [{ title: 'Value', values: ['10'] }],
    });
    giftCard = card.body.product.id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('filters variants by sku, ean, upc and barcode, on both variant lists', async () => {
    for (const base of ['/admin/product-variants?fields=id', `/admin/products/${product}/variants?fields=id`]) {
      const [small] = await ids(`${base}&sku=F-MUG-S`);
      expect(await ids(`${base}&sku=F-MUG-S,F-MUG-M`)).toHaveLength(2);
      for (const filter of ['ean=EAN-S', 'upc=UPC-S', 'barcode=BAR-S', 'barcode[]=BAR-S'])
        expect(await ids(`${base}&${filter}`), filter).toEqual([small]);
      expect(await ids(`${base}&ean=NONE`)).toEqual([]);
      // Medusa reads with_deleted on the products list only; here it is taken and changes nothing.
      expect(await ids(`${base}&with_deleted=true`)).toHaveLength(2);
    }
    for (const field of ['deleted_at[$lt]=2030-01-01', '$or[0][sku]=x'])
      expect(await refusal(`/admin/product-variants?${field}`)).toEqual({
        status: 400,
        body: {
          type: 'invalid_data',
          message: `Invalid request: Filtering variants by '${field.split('[')[0]}' is not supported by this gateway`,
        },
      });
  });

  it('filters products by title (taken whole), external_id and is_giftcard', async () => {
    expect(await ids('/admin/products?fields=id&title=Mug, white')).toEqual([product]);
    expect(await ids('/admin/products?fields=id&title=Mug')).toEqual([]);
    expect(await ids('/admin/products?fields=id&external_id=ext-mug')).toEqual([product]);
    expect(await ids('/admin/products?fields=id&is_giftcard=true')).toEqual([giftCard]);
    expect(await ids('/admin/products?fields=id&is_giftcard=false')).toEqual([product]);
    expect(await ids('/admin/products?fields=id&with_deleted=false&order=title')).toEqual([giftCard, product]);
    expect(await refusal('/admin/products?with_deleted=true')).toEqual({
      status: 400,
      body: {
        type: 'invalid_data',
        message:
          "Invalid request: Field 'with_deleted' is not supported by this gateway: deleted products are not served",
      },
    });
    expect((await refusal('/admin/products?option_id=opt_1')).status).toBe(400);
  });

  it('filters inventory items by origin_country, mid_code, hs_code and material', async () => {
    const made = await call<{ inventory_item: Row }>('POST', '/admin/inventory-items', {
      sku: 'F-CORK',
      origin_country: 'pt',
      mid_code: 'MID-1',
      hs_code: '4503',
      material: 'cork',
    });
    await call('POST', '/admin/inventory-items', { sku: 'F-OTHER', origin_country: 'de' });
    const cork = made.body.inventory_item.id;
    for (const filter of ['origin_country=pt', 'mid_code=MID-1', 'hs_code=4503', 'material=cork', 'material=cork,x'])
      expect(await ids(`/admin/inventory-items?fields=id&${filter}`), filter).toEqual([cork]);
    expect(await ids('/admin/inventory-items?fields=id&with_deleted=true&sku=F-CORK')).toEqual([cork]);
    expect(await refusal('/admin/inventory-items?width[$gt]=1')).toMatchObject({ status: 400 });
  });

  it('filters stock locations by address_id', async () => {
    const made = await call<{ stock_location: Row & { address_id: string } }>(
      'POST',
      '/admin/stock-locations?fields=address_id',
      {
        name: 'Dock',
        address: { address_1: '1 Quay', country_code: 'fr' },
      },
    );
    await call('POST', '/admin/stock-locations', { name: 'Shed' });
    const dock = made.body.stock_location;
    expect(await ids(`/admin/stock-locations?fields=id&address_id=${dock.address_id}`)).toEqual([dock.id]);
    expect(await ids('/admin/stock-locations?fields=id&with_deleted=false')).toHaveLength(2);
    expect(await refusal('/admin/stock-locations?deleted_at[$lt]=2030-01-01')).toEqual({
      status: 400,
      body: {
        type: 'invalid_data',
        message: "Invalid request: Filtering stock locations by 'deleted_at' is not supported by this gateway",
      },
    });
  });
});
