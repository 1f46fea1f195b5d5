import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

type Body = Record<string, unknown>;

/**
 * Every variant and link route honours `fields` in both of Medusa's modes: a bare list replaces
 * the defaults (plus `id`), and +/- items modify them.
 */
describe('REST: fields on every variant route', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let product: string;
  let variant: string;
  let item: string;
  let spareItem: string;

  beforeAll(async () => {
    server = await startGraphQLServer();
    call = restClient(server);
    const prisma = server.gateway.db.prisma;
    product = (await prisma.product.findFirstOrThrow({ where: { handle: 'hoodie' } })).id;
    variant = (await prisma.productVariant.findFirstOrThrow({ where: { sku: 'HOODIE-S' } })).id;
    item = (await prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-WHITE' } })).id;
    spareItem = (await prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-BLACK' } })).id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** The entity object of each route's response, where `fields` applies. */
  const routes: { name: string; run: (fields: string) => Promise<Body> }[] = [
    {
      name: 'GET /admin/products/:id/variants',
      run: async (fields) =>
        (await call<{ variants: Body[] }>('GET', `/admin/products/${product}/variants?fields=${fields}`)).body
          .variants[0],
    },
    {
      name: 'GET /admin/product-variants',
      run: async (fields) =>
        (await call<{ variants: Body[] }>('GET', `/admin/product-variants?fields=${fields}`)).body.variants[0],
    },
    {
      name: 'GET /admin/products/:id/variants/:variant_id',
      run: async (fields) =>
        (await call<{ variant: Body }>('GET', `/admin/products/${product}/variants/${variant}?fields=${fields}`)).body
          .variant,
    },
    {
      name: 'POST /admin/products/:id/variants (fields on the product)',
      run: async (fields) =>
        (
          await call<{ product: Body }>('POST', `/admin/products/${product}/variants?fields=${fields}`, {
            title: `F ${fields}`,
            prices: [],
            manage_inventory: false,
          })
        ).body.product,
    },
    {
      name: 'POST /admin/products/:id/variants/:variant_id (fields on the product)',
      run: async (fields) =>
        (
          await call<{ product: Body }>('POST', `/admin/products/${product}/variants/${variant}?fields=${fields}`, {
            title: 'S',
          })
        ).body.product,
    },
    {
      name: 'POST /admin/products/:id/variants/batch',
      run: async (fields) =>
        (
          await call<{ updated: Body[] }>('POST', `/admin/products/${product}/variants/batch?fields=${fields}`, {
            update: [{ id: variant, title: 'S' }],
          })
        ).body.updated[0],
    },
    {
      name: 'POST /admin/products/:id/variants/:variant_id/inventory-items',
      run: async (fields) =>
        (
          await call<{ variant: Body }>(
            'POST',
            `/admin/products/${product}/variants/${variant}/inventory-items?fields=${fields}`,
            { inventory_item_id: item, required_quantity: 1 },
          )
        ).body.variant,
    },
    {
      name: 'POST /admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id',
      run: async (fields) =>
        (
          await call<{ variant: Body }>(
            'POST',
            `/admin/products/${product}/variants/${variant}/inventory-items/${item}?fields=${fields}`,
            { required_quantity: 2 },
          )
        ).body.variant,
    },
    {
      name: 'DELETE /admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id',
      run: async (fields) => {
        await call('POST', `/admin/products/${product}/variants/${variant}/inventory-items`, {
          inventory_item_id: spareItem,
          required_quantity: 1,
        });
        return (
          await call<{ parent: Body }>(
            'DELETE',
            `/admin/products/${product}/variants/${variant}/inventory-items/${spareItem}?fields=${fields}`,
          )
        ).body.parent;
      },
    },
  ];

  it.each(routes)('$name: a bare list replaces the defaults', async ({ run }) => {
    expect(Object.keys(await run('title'))).toEqual(['title', 'id']);
  });

  it.each(routes)('$name: +/- modify the defaults', async ({ run }) => {
    const body = await run('-title,%2Bthumbnail');
    expect(body).toHaveProperty('id');
    expect(body).not.toHaveProperty('title');
    expect(body).toHaveProperty('thumbnail');
  });

  it('DELETE /admin/products/:id/variants/:variant_id applies fields to the parent product', async () => {
    const created = await call<{ product: { variants: { id: string; title: string }[] } }>(
      'POST',
      `/admin/products/${product}/variants`,
      {
        title: 'Doomed',
        prices: [],
        manage_inventory: false,
      },
    );
    const doomed = created.body.product.variants.find((v) => v.title === 'Doomed')?.id as string;
    const response = await call<{ parent: Body }>(
      'DELETE',
      `/admin/products/${product}/variants/${doomed}?fields=handle`,
    );
    expect(response.body.parent).toEqual({ handle: 'hoodie', id: product });
  });
});
