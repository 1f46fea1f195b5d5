import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { recording, shapeDifferences } from '../support/shape.js';
import { tableCounts } from '../support/snapshots.js';

type Body = Record<string, unknown>;
type Product = Body & { id: string; variants: (Body & { id: string })[] };

/** A product id no row has. */
const NOPE = 'prod_01JDNNNN000000000000000000';

/** The body of recording 011: a product with one option, one variant and a sales channel. */
const teeBody = (title: string, channel: string) => ({
  title,
  handle: title.toLowerCase().replaceAll(' ', '-'),
  status: 'published',
  options: [{ title: 'Size', values: ['S', 'M', 'L', 'XL'] }],
  sales_channels: [{ id: channel }],
  variants: [
    {
      title: 'Small',
      sku: `${title}-S`,
      options: { Size: 'S' },
      prices: [{ currency_code: 'eur', amount: 1000 }],
    },
  ],
});

/**
 * /admin/products against Medusa 2.21's recorded answers (011, 012, 031), compared by shape. The
 * products here have no type, collection, tags or images, so those are null or [], as in the
 * recordings (product-taxonomy.test.ts reads products that have them).
 */
describe('REST: products', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let channel: string;
  let tee: Product;

  const expectShape = async (actual: unknown, name: string, differences: string[] = []) => {
    const recorded = await recording(name);
    expect(shapeDifferences(actual, recorded.response.body)).toEqual(differences);
  };

  /** Sends a request that must be refused, and checks that it wrote nothing. */
  const refused = async (method: string, path: string, body?: unknown, authorization?: string | null) => {
    const before = await tableCounts(server.gateway.db.prisma);
    const response = await call(method, path, body, authorization);
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    return response;
  };

  const create = async (title: string, query = '') =>
    call<{ product: Product }>('POST', `/admin/products${query}`, teeBody(title, channel));

  const keysOf = (value: unknown) => Object.keys(value as Body);

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    call = restClient(server);
    channel = (
      await server.gateway.db.prisma.salesChannel.create({
        data: { id: newId('salesChannel'), name: 'Default Sales Channel', description: 'Created by Medusa' },
      })
    ).id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  describe('POST /admin/products', () => {
    it('creates the recorded product and answers Medusa’s default fields (011)', async () => {
      const response = await create('Oracle Tee r1');
      expect(response.status).toBe(200);
      await expectShape(response.body, '011-create-product-with-option-and-variant');
      tee = response.body.product;
      expect(tee).toMatchObject({
        title: 'Oracle Tee r1',
        handle: 'oracle-tee-r1',
        status: 'published',
        type: null,
        collection: null,
        tags: [],
        images: [],
        sales_channels: [{ id: channel, name: 'Default Sales Channel' }],
      });
      expect(tee.variants).toMatchObject([
        { sku: 'Oracle Tee r1-S', prices: [{ amount: 1000, currency_code: 'eur' }] },
      ]);
    });

    it('answers the fields asked for: fields=id,title', async () => {
      const response = await create('Tee Fields', '?fields=id,title');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ product: { id: expect.any(String), title: 'Tee Fields' } });
    });

    it('computes +variants.inventory_quantity, which Medusa drops on this route (a superset)', async () => {
      const response = await create('Tee Quantity', '?fields=%2Bvariants.inventory_quantity');
      await expectShape(response.body, '011-create-product-with-option-and-variant', [
        "$.product.variants[0].inventory_quantity: not in Medusa's response",
      ]);
      // The variant's own inventory item has no levels yet.
      expect(response.body.product.variants[0].inventory_quantity).toBe(0);
    });

    it('fields=id,*variants gives the variants’ columns without their relations', async () => {
      const response = await create('Tee Star', '?fields=id,*variants');
      const [variant] = response.body.product.variants;
      expect(keysOf(response.body.product)).toEqual(['id', 'variants']);
      expect(keysOf(variant)).toContain('sku');
      expect(keysOf(variant)).not.toContain('prices');
      expect(keysOf(variant)).not.toContain('options');
    });

    it('drops unknown fields as Medusa does and names them in x-unknown-fields', async () => {
      const response = await create('Tee Unknown', '?fields=id,nope,variants.bogus');
      expect(response.body).toEqual({ product: { id: expect.any(String), variants: [{ id: expect.any(String) }] } });
      expect(response.headers.get('x-unknown-fields')).toBe('nope,variants.bogus');
    });

    it('takes additional_data and the Medusa keys the gateway holds no data for when they are empty', async () => {
      const response = await call<{ product: Product }>('POST', '/admin/products?fields=id,title,is_giftcard', {
        title: 'Plain Mug',
        options: [{ title: 'Default', values: ['Default'] }],
        is_giftcard: 'true',
        tags: [],
        images: [],
        categories: [],
        type_id: null,
        collection_id: null,
        additional_data: { source: 'test' },
      });
      expect(response.status).toBe(200);
      expect(response.body.product).toMatchObject({ title: 'Plain Mug', is_giftcard: true });
    });

    it.each([
      [{ title: 'x', options: [], x: 1 }, "Invalid request: Unrecognized fields: 'x'"],
      [{ options: [{ title: 'Size', values: ['S'] }] }, "Invalid request: Field 'title' is required"],
      [{ title: 1 }, "Invalid request: Expected type: 'string' for field 'title', got: '1'"],
      [
        { title: 'x', status: 'live' },
        "Invalid request: Expected: 'draft, proposed, published, rejected' for field 'status', but got: 'live'",
      ],
      [
        { title: 'x', options: [{ title: 'Size', values: ['S'] }], variants: [{ title: 'v', prices: [], bogus: 1 }] },
        "Invalid request: Unrecognized fields: 'bogus'",
      ],
      [{ title: 'x', variants: [{ title: 'v' }] }, "Invalid request: Field 'variants, 0, prices' is required"],
      [
        { title: 'x', tags: [{ id: 'ptag_1' }] },
        "Invalid request: Field 'tags' is not supported by this gateway; send it empty or leave it out",
      ],
    ])('refuses body %j with a 400 in Medusa’s words, writing nothing', async (body, message) => {
      const response = await refused('POST', '/admin/products', body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'invalid_data', message });
    });

    it('refuses a product without options, as Medusa does (its message names the title)', async () => {
      const response = await refused('POST', '/admin/products', { title: 'No options' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: 'invalid_data', message: expect.stringMatching(/option/) });
    });

    it('refuses a taken handle and an unknown sales channel (Medusa stores a dangling link)', async () => {
      const taken = await refused('POST', '/admin/products', { ...teeBody('Oracle Tee r1', channel), variants: [] });
      expect(taken.status).toBe(400);
      expect(taken.body).toEqual({
        type: 'invalid_data',
        message: 'Product with handle: oracle-tee-r1, already exists.',
      });
      const unknownChannel = await refused(
        'POST',
        '/admin/products',
        teeBody('Lost Tee', 'sc_01JDNNNN000000000000000000'),
      );
      expect(unknownChannel.status).toBe(404);
      expect(unknownChannel.body).toMatchObject({ type: 'not_found' });
    });

    it('refuses a variant whose option value the product lacks, creating neither', async () => {
      const body = {
        ...teeBody('Odd Tee', channel),
        variants: [{ title: 'XXL', options: { Size: 'XXL' }, prices: [] }],
      };
      const response = await refused('POST', '/admin/products', body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        type: 'invalid_data',
        message: 'Option value XXL does not exist for option Size',
      });
    });

    it('answers 401 with Medusa’s bare message without a token', async () => {
      const response = await refused('POST', '/admin/products', teeBody('Anonymous Tee', channel), null);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ message: 'Unauthorized' });
    });
  });

  describe('GET /admin/products/:id', () => {
    it('answers Medusa’s default fields (012)', async () => {
      const response = await call('GET', `/admin/products/${tee.id}`);
      expect(response.status).toBe(200);
      await expectShape(response.body, '012-get-product-default-fields');
      expect(response.body).toEqual({ product: tee });
    });

    it('fields=*variants adds nothing to the defaults, which have it already', async () => {
      const response = await call('GET', `/admin/products/${tee.id}?fields=*variants`);
      await expectShape(response.body, '012-get-product-default-fields');
    });

    it('answers the request of recording 031, with the inventory quantity Medusa drops (a superset)', async () => {
      const { request } = await recording('031-get-product-fields-plus-variants-inventory-quantity');
      const query = new URL(request.url, 'http://medusa').search;
      const response = await call<{ product: Product }>('GET', `/admin/products/${tee.id}${query}`);
      await expectShape(response.body, '031-get-product-fields-plus-variants-inventory-quantity', [
        "$.product.variants[0].inventory_quantity: not in Medusa's response",
      ]);
      expect(response.body.product.variants[0]).toEqual({
        id: tee.variants[0].id,
        sku: 'Oracle Tee r1-S',
        inventory_quantity: 0,
      });
    });

    it('answers fields=id,title and names unknown fields in x-unknown-fields', async () => {
      const plain = await call('GET', `/admin/products/${tee.id}?fields=id,title`);
      expect(plain.body).toEqual({ product: { id: tee.id, title: 'Oracle Tee r1' } });
      expect(plain.headers.get('x-unknown-fields')).toBeNull();
      const unknown = await call('GET', `/admin/products/${tee.id}?fields=title,*nope,options.bogus`);
      expect(unknown.headers.get('x-unknown-fields')).toBe('nope,options.bogus');
      expect(unknown.body).toEqual({
        product: { id: tee.id, title: 'Oracle Tee r1', options: [null] },
      });
    });

    it('answers 404 in Medusa’s words for an unknown product, 400 for an unknown parameter, 401 without a token', async () => {
      const unknown = await call('GET', `/admin/products/${NOPE}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ type: 'not_found', message: 'Product not found' });
      const parameter = await call('GET', `/admin/products/${tee.id}?foo=1`);
      expect(parameter.status).toBe(400);
      expect(parameter.body).toEqual({ type: 'invalid_data', message: "Invalid request: Unrecognized fields: 'foo'" });
      const anonymous = await call('GET', `/admin/products/${tee.id}`, undefined, null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({ message: 'Unauthorized' });
    });
  });

  describe('GET /admin/products', () => {
    it('lists with Medusa’s default fields and default limit 50 (012)', async () => {
      const response = await call<{ products: Product[]; count: number }>('GET', '/admin/products');
      expect(response.status).toBe(200);
      expect(keysOf(response.body)).toEqual(['products', 'count', 'offset', 'limit']);
      expect(response.body).toMatchObject({ count: 6, offset: 0, limit: 50 });
      // Without `order`, Medusa sorts by id, which is creation order.
      expect(response.body.products[0]).toEqual(tee);
      const recorded = await recording('012-get-product-default-fields');
      expect(shapeDifferences(response.body.products[0], (recorded.response.body as Body).product)).toEqual([]);
    });

    it('answers fields=id,title and fields=+variants.inventory_quantity', async () => {
      const plain = await call<{ products: Body[] }>('GET', '/admin/products?fields=id,title&limit=2');
      expect(plain.body.products).toEqual([
        { id: tee.id, title: 'Oracle Tee r1' },
        { id: expect.any(String), title: 'Tee Fields' },
      ]);
      const quantity = await call<{ products: Product[] }>(
        'GET',
        `/admin/products?fields=%2Bvariants.inventory_quantity&id=${tee.id}`,
      );
      expect(quantity.body.products[0].variants[0].inventory_quantity).toBe(0);
      expect(keysOf(quantity.body.products[0])).toEqual(keysOf(tee));
    });

    it('filters, orders and pages as Medusa’s parameters say', async () => {
      const handles = async (query: string) =>
        (await call<{ products: { handle: string }[]; count: number }>('GET', `/admin/products?fields=handle&${query}`))
          .body;
      expect(await handles('q=quantity')).toMatchObject({ count: 1, products: [{ handle: 'tee-quantity' }] });
      expect(await handles('handle=tee-star')).toMatchObject({ count: 1, products: [{ handle: 'tee-star' }] });
      expect((await handles('status[]=draft')).products).toEqual([{ id: expect.any(String), handle: 'plain-mug' }]);
      expect((await handles('status=draft,published')).count).toBe(6);
      expect((await handles('status=proposed')).count).toBe(0);
      expect((await handles(`sales_channel_id=${channel}`)).count).toBe(5);
      expect(await handles('order=-handle&limit=2&offset=1')).toEqual({
        products: [
          { id: expect.any(String), handle: 'tee-star' },
          { id: expect.any(String), handle: 'tee-quantity' },
        ],
        count: 6,
        offset: 1,
        limit: 2,
      });
    });

    it('drops unknown parameters as Medusa does, but refuses Medusa filters it cannot apply', async () => {
      expect((await call<{ count: number }>('GET', '/admin/products?fields=id&foo=1')).body.count).toBe(6);
      const category = await call('GET', '/admin/products?category_id=pcat_1');
      expect(category.status).toBe(400);
      expect(category.body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Field 'category_id' is not supported by this gateway; send it empty or leave it out",
      });
      const status = await call('GET', '/admin/products?status[]=live');
      expect(status.body).toEqual({
        type: 'invalid_data',
        message:
          "Invalid request: Expected: 'draft, proposed, published, rejected' for field 'status, 0', but got: 'live'",
      });
      const negative = await call('GET', '/admin/products?limit=-1');
      expect(negative.status).toBe(400);
      expect(negative.body).toMatchObject({ type: 'invalid_data' });
    });

    it('answers 401 without a token', async () => {
      const response = await call('GET', '/admin/products', undefined, null);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ message: 'Unauthorized' });
    });
  });

  describe('POST /admin/products/:id', () => {
    it('updates the given columns and answers the product with Medusa’s default fields', async () => {
      const response = await call<{ product: Product }>('POST', `/admin/products/${tee.id}`, {
        title: 'Oracle Tee r1 (updated)',
        status: 'proposed',
        additional_data: { ignored: true },
      });
      expect(response.status).toBe(200);
      await expectShape(response.body, '012-get-product-default-fields');
      expect(response.body.product).toMatchObject({ title: 'Oracle Tee r1 (updated)', status: 'proposed' });
    });

    it('sets and clears nullable columns', async () => {
      const path = `/admin/products/${tee.id}?fields=subtitle,weight,metadata,is_giftcard`;
      const set = await call('POST', path, {
        subtitle: 'Organic cotton',
        weight: 180,
        metadata: { season: 'summer' },
        is_giftcard: false,
      });
      expect(set.body).toEqual({
        product: {
          id: tee.id,
          subtitle: 'Organic cotton',
          weight: 180,
          metadata: { season: 'summer' },
          is_giftcard: false,
        },
      });
      const cleared = await call('POST', path, { subtitle: null, weight: null, metadata: null });
      expect(cleared.body).toEqual({
        product: { id: tee.id, subtitle: null, weight: null, metadata: null, is_giftcard: false },
      });
    });

    it('answers fields=id,title,status and fields=+variants.inventory_quantity', async () => {
      const plain = await call('POST', `/admin/products/${tee.id}?fields=id,title,status`, { title: 'Oracle Tee' });
      expect(plain.body).toEqual({ product: { id: tee.id, title: 'Oracle Tee', status: 'proposed' } });
      const quantity = await call<{ product: Product }>(
        'POST',
        `/admin/products/${tee.id}?fields=%2Bvariants.inventory_quantity,%2Bnope`,
        { status: 'published' },
      );
      expect(quantity.body.product).toMatchObject({ status: 'published', variants: [{ inventory_quantity: 0 }] });
      expect(quantity.headers.get('x-unknown-fields')).toBe('nope');
    });

    it.each([
      [{ x: 1 }, "Invalid request: Unrecognized fields: 'x'"],
      [{ title: 5 }, "Invalid request: Expected type: 'string' for field 'title', got: '5'"],
      [{ title: null }, "Invalid request: Expected type: 'string' for field 'title', got: 'null'"],
      [
        { variants: [] },
        "Invalid request: Field 'variants' cannot be changed by updating the product here; use /admin/products/:id/variants",
      ],
      [
        { sales_channels: [{ id: 'sc_1' }] },
        "Invalid request: Field 'sales_channels' cannot be changed by updating the product here; sales channels are set when the product is created",
      ],
    ])('refuses body %j with a 400, changing nothing', async (body, message) => {
      const response = await refused('POST', `/admin/products/${tee.id}`, body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'invalid_data', message });
    });

    it('refuses a handle another product has', async () => {
      const response = await refused('POST', `/admin/products/${tee.id}`, { handle: 'tee-star' });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        type: 'invalid_data',
        message: 'Product with handle: tee-star, already exists.',
      });
    });

    it('answers 404 in Medusa’s words for an unknown product, and 401 without a token', async () => {
      const unknown = await refused('POST', `/admin/products/${NOPE}`, { title: 'x' });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ type: 'not_found', message: `Product with id "${NOPE}" not found` });
      const anonymous = await refused('POST', `/admin/products/${tee.id}`, { title: 'x' }, null);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toEqual({ message: 'Unauthorized' });
    });
  });

  describe('DELETE /admin/products/:id', () => {
    it('deletes a product softly with its variants; `fields` does not change the answer', async () => {
      const doomed = (await create('Doomed Tee')).body.product;
      const plain = await call('DELETE', `/admin/products/${doomed.id}`);
      expect(plain.status).toBe(200);
      expect(plain.body).toEqual({ id: doomed.id, object: 'product', deleted: true });
      const row = await server.gateway.db.prisma.productVariant.findUniqueOrThrow({
        where: { id: doomed.variants[0].id },
      });
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect((await call('GET', `/admin/products/${doomed.id}`)).status).toBe(404);

      for (const fields of ['id,title', '*variants']) {
        const other = (await create(`Doomed Tee ${fields}`)).body.product;
        const response = await call('DELETE', `/admin/products/${other.id}?fields=${fields}`);
        expect(response.body).toEqual({ id: other.id, object: 'product', deleted: true });
      }
    });

    it('answers 404 for an unknown or already deleted product (Medusa answers 200), changing nothing', async () => {
      const unknown = await refused('DELETE', `/admin/products/${NOPE}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ type: 'not_found', message: `Product with id "${NOPE}" not found` });
      const doomed = (await create('Twice Deleted Tee')).body.product;
      await call('DELETE', `/admin/products/${doomed.id}`);
      expect((await refused('DELETE', `/admin/products/${doomed.id}`)).status).toBe(404);
    });

    it('answers 401 without a token, deleting nothing', async () => {
      const response = await refused('DELETE', `/admin/products/${tee.id}`, undefined, null);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ message: 'Unauthorized' });
    });
  });
});
