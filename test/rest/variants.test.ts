import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { recordedQuery, recording, shapeDifferences } from '../support/shape.js';
import { tableCounts } from '../support/snapshots.js';

/**
 * The variant and link routes, replaying the seed scenario recorded against Medusa 2.21
 * (test/fixtures/medusa-2.21-responses): the same requests on a catalog built the same way,
 * compared with Medusa's answers by shape.
 */
describe('REST: variants and their inventory links', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let product: string;
  let small: string;
  let medium: string;
  let itemA: string;
  let itemB: string;

  const expectShape = async (actual: unknown, name: string) => {
    const recorded = await recording(name);
    expect(shapeDifferences(actual, recorded.response.body)).toEqual([]);
  };

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    call = restClient(server);
    const locations = await server.data<{ a: { stockLocation: { id: string } }; b: { stockLocation: { id: string } } }>(
      `mutation { a: createStockLocation(input: { name: "Oracle Warehouse" }) { ... on StockLocationPayload { stockLocation { id } } }
                  b: createStockLocation(input: { name: "Oracle Backroom" }) { ... on StockLocationPayload { stockLocation { id } } } }`,
    );
    const [wh1, wh2] = [locations.a.stockLocation.id, locations.b.stockLocation.id];
    const items = await server.data<{ a: { inventoryItem: { id: string } }; b: { inventoryItem: { id: string } } }>(
      `mutation($wh1: ID!, $wh2: ID!) {
        a: createInventoryItem(input: { sku: "INV-A", title: "Inventory A", locationLevels: [{ locationId: $wh1, stockedQuantity: 10 }, { locationId: $wh2, stockedQuantity: 5 }] }) { ... on InventoryItemPayload { inventoryItem { id } } }
        b: createInventoryItem(input: { sku: "INV-B", title: "Inventory B", locationLevels: [{ locationId: $wh1, stockedQuantity: 7 }] }) { ... on InventoryItemPayload { inventoryItem { id } } }
      }`,
      { wh1, wh2 },
    );
    [itemA, itemB] = [items.a.inventoryItem.id, items.b.inventoryItem.id];
    const created = await server.data<{ createProduct: { product: { id: string; variants: { id: string }[] } } }>(
      `mutation { createProduct(input: {
        title: "Oracle Tee", handle: "oracle-tee", status: PUBLISHED,
        options: [{ title: "Size", values: ["S", "M", "L", "XL"] }],
        variants: [{ title: "Small", sku: "TEE-S", options: [{ option: "Size", value: "S" }], prices: [{ currencyCode: "eur", amount: 1000 }] }]
      }) { ... on ProductPayload { product { id variants { id } } } } }`,
    );
    product = created.createProduct.product.id;
    small = created.createProduct.product.variants[0].id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('GET one variant with fields (013)', async () => {
    const response = await call(
      'GET',
      `/admin/products/${product}/variants/${small}?fields=id,title,sku,manage_inventory,*inventory_items,*inventory_items.inventory`,
    );
    expect(response.status).toBe(200);
    await expectShape(response.body, '013-get-variant-S-with-inventory-items');
  });

  it('POST a variant without fields answers the product (014)', async () => {
    const response = await call<{ product: { variants: { id: string; sku: string }[] } }>(
      'POST',
      `/admin/products/${product}/variants`,
      {
        title: 'Medium',
        sku: 'TEE-M',
        options: { Size: 'M' },
        prices: [{ currency_code: 'eur', amount: 1200 }],
      },
    );
    expect(response.status).toBe(200);
    medium = response.body.product.variants.find((v) => v.sku === 'TEE-M')?.id as string;
    await expectShape(response.body, '014-create-variant-M-no-fields');
    type WithOptions = { product: { variants: { options: object[] }[] } };
    const keysOf = (body: unknown) => Object.keys((body as WithOptions).product.variants[0].options[0]);
    expect(keysOf(response.body)).toEqual(keysOf((await recording('014-create-variant-M-no-fields')).response.body));
  });

  it('POST a variant with inventory items and fields (015)', async () => {
    const response = await call(
      'POST',
      `/admin/products/${product}/variants?fields=id,title,*variants,*variants.inventory_items`,
      {
        title: 'Large',
        sku: 'TEE-L',
        options: { Size: 'L' },
        prices: [{ currency_code: 'eur', amount: 1300 }],
        inventory_items: [{ inventory_item_id: itemA, required_quantity: 2 }],
      },
    );
    expect(response.status).toBe(200);
    await expectShape(response.body, '015-create-variant-L-with-inventory-items-and-fields');
  });

  it('POST an update without fields answers the product (017)', async () => {
    const response = await call('POST', `/admin/products/${product}/variants/${medium}`, {
      title: 'Medium (updated)',
      barcode: '1234567890123',
      weight: 250,
      metadata: { k: 'v' },
      prices: [{ currency_code: 'eur', amount: 1250 }],
    });
    expect(response.status).toBe(200);
    await expectShape(response.body, '017-update-variant-M-no-fields');
  });

  it('links an inventory item with a required quantity, with and without fields (020, 021)', async () => {
    const plain = await call('POST', `/admin/products/${product}/variants/${medium}/inventory-items`, {
      inventory_item_id: itemA,
      required_quantity: 2,
    });
    expect(plain.status).toBe(200);
    await expectShape(plain.body, '020-link-inventory-A-to-M-required-2-no-fields');
    const query = await recordedQuery('021-link-inventory-B-to-M-required-3-fields-star-inventory-items');
    const withFields = await call('POST', `/admin/products/${product}/variants/${medium}/inventory-items${query}`, {
      inventory_item_id: itemB,
      required_quantity: 3,
    });
    await expectShape(withFields.body, '021-link-inventory-B-to-M-required-3-fields-star-inventory-items');
  });

  it('updates the required quantity of a link (022, 023)', async () => {
    const plain = await call('POST', `/admin/products/${product}/variants/${medium}/inventory-items/${itemA}`, {
      required_quantity: 5,
    });
    await expectShape(plain.body, '022-update-link-A-on-M-required-5-no-fields');
    const withFields = await call<{
      variant: { inventory_items: { inventory_item_id: string; required_quantity: number }[] };
    }>(
      'POST',
      `/admin/products/${product}/variants/${medium}/inventory-items/${itemA}${await recordedQuery('023-update-link-A-on-M-required-4-fields-star-inventory-items')}`,
      { required_quantity: 4 },
    );
    await expectShape(withFields.body, '023-update-link-A-on-M-required-4-fields-star-inventory-items');
    expect(
      withFields.body.variant.inventory_items.find((link) => link.inventory_item_id === itemA)?.required_quantity,
    ).toBe(4);
  });

  it('lists a product’s variants with +inventory_quantity (026) by Medusa’s formula', async () => {
    const response = await call<{ variants: { sku: string; inventory_quantity?: number }[] }>(
      'GET',
      `/admin/products/${product}/variants?fields=%2Binventory_quantity`,
    );
    expect(response.status).toBe(200);
    await expectShape(response.body, '026-list-product-variants-plus-inventory-quantity');
    // L needs 2 of A (15 available); M also draws on the item made for it, which has no stock, so 0 as in Medusa.
    const quantities = Object.fromEntries(response.body.variants.map((v) => [v.sku, v.inventory_quantity]));
    expect(quantities).toMatchObject({ 'TEE-L': 7, 'TEE-M': 0 });
  });

  it('lists all variants with fields (027, 028, 033)', async () => {
    await expectShape(
      (await call('GET', `/admin/products/${product}/variants?fields=id,title,*inventory_items`)).body,
      '027-list-product-variants-fields-id-title-star-inventory-items',
    );
    await expectShape(
      (await call('GET', '/admin/product-variants?fields=id,sku,manage_inventory,%2Binventory_quantity&limit=10')).body,
      '028-list-all-variants-fields-id-sku-plus-inventory-quantity',
    );
    await expectShape(
      (await call('GET', `/admin/products/${product}/variants?fields=id,sku`)).body,
      '033-get-variants-for-ids',
    );
  });

  it('drops unknown fields as Medusa does, and names them in x-unknown-fields (088, 089)', async () => {
    const scalar = await call('GET', `/admin/products/${product}/variants/${medium}?fields=id,not_a_field`);
    expect(scalar.body).toEqual({ variant: { id: medium } });
    expect(scalar.headers.get('x-unknown-fields')).toBe('not_a_field');
    const relation = await call(
      'GET',
      `/admin/products/${product}/variants/${medium}?fields=id,*not_a_relation,product.nope`,
    );
    expect(relation.body).toMatchObject({ variant: { id: medium } });
    expect(relation.headers.get('x-unknown-fields')).toBe('not_a_relation,product.nope');
  });

  it('deletes a link and answers with the link definition and the parent variant (091)', async () => {
    const response = await call('DELETE', `/admin/products/${product}/variants/${medium}/inventory-items/${itemB}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: { product: { variant_id: medium }, inventory: { inventory_item_id: itemB } },
      object: 'variant-inventory-item-link',
      deleted: true,
    });
    await expectShape(response.body, '091-delete-link-B-from-M');
  });

  describe('bad input', () => {
    const linkPath = () => `/admin/products/${product}/variants/${medium}/inventory-items`;

    it.each([
      ['034', { inventory_item_id: 'x' }, "Invalid request: Field 'required_quantity' is required"],
      ['035', { required_quantity: 1 }, "Invalid request: Field 'inventory_item_id' is required"],
      ['036', {}, "Invalid request: Field 'inventory_item_id' is required; Field 'required_quantity' is required"],
      [
        '049',
        { inventory_item_id: 'x', required_quantity: '1' },
        "Invalid request: Expected type: 'number' for field 'required_quantity', got: '1'",
      ],
      [
        '050',
        { inventory_item_id: 'x', required_quantity: null },
        "Invalid request: Expected type: 'number' for field 'required_quantity', got: 'null'",
      ],
      [
        '051',
        '{"inventory_item_id":"x","required_quantity":1e400}',
        "Invalid request: Expected type: 'number' for field 'required_quantity', got: 'Infinity'",
      ],
    ])('refuses a link body like recording %s in Medusa’s words', async (_recording, body, message) => {
      const before = await tableCounts(server.gateway.db.prisma);
      const response = await call('POST', linkPath(), body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'invalid_data', message });
      expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    });

    it.each([0, -1, 1.5, 7390879820021760])(
      'refuses required_quantity %s, which Medusa would store (stricter)',
      async (quantity) => {
        const before = await tableCounts(server.gateway.db.prisma);
        const response = await call(
          'POST',
          linkPath(),
          `{"inventory_item_id":"${itemA}","required_quantity":${quantity}}`,
        );
        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          type: 'invalid_data',
          message: "Invalid request: Field 'required_quantity' must be a whole number from 1 to 2147483647",
        });
        expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
      },
    );

    it('refuses unknown variants and inventory items with 404, storing nothing (stricter than 053, 054)', async () => {
      const before = await tableCounts(server.gateway.db.prisma);
      const variant = await call(
        'POST',
        `/admin/products/${product}/variants/variant_01JDNNNN000000000000000000/inventory-items`,
        {
          inventory_item_id: itemA,
          required_quantity: 1,
        },
      );
      expect(variant.status).toBe(404);
      expect(variant.body).toMatchObject({ type: 'not_found' });
      const item = await call('POST', linkPath(), {
        inventory_item_id: 'iitem_01JDNNNN000000000000000000',
        required_quantity: 1,
      });
      expect(item.status).toBe(404);
      expect(item.body).toEqual({
        type: 'not_found',
        message: 'Inventory item with id "iitem_01JDNNNN000000000000000000" not found',
      });
      expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    });

    it('refuses an unknown body key (069, 077) and a wrong type (086)', async () => {
      const extra = await call('POST', `${linkPath()}/${itemA}`, { required_quantity: 1, foo: 'bar' });
      expect(extra.body).toEqual({ type: 'invalid_data', message: "Invalid request: Unrecognized fields: 'foo'" });
      const bogus = await call('POST', `/admin/products/${product}/variants`, { title: 'x', prices: [], bogus: 1 });
      expect(bogus.body).toEqual({ type: 'invalid_data', message: "Invalid request: Unrecognized fields: 'bogus'" });
      const wrong = await call('POST', `/admin/products/${product}/variants/${medium}`, { title: 123 });
      expect(wrong.body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Expected type: 'string' for field 'title', got: '123'",
      });
    });

    it('answers business rule failures in Medusa’s words (071-076)', async () => {
      const create = (body: unknown) => call('POST', `/admin/products/${product}/variants`, body);
      expect((await create({ title: 'NoPrice', options: { Size: 'XL' } })).body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Field 'prices' is required",
      });
      expect((await create({ options: { Size: 'XL' }, prices: [] })).body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Field 'title' is required",
      });
      expect((await create({ title: 'Dup M', options: { Size: 'M' }, prices: [] })).body).toEqual({
        type: 'invalid_data',
        message: 'Variant (Medium (updated)) with provided options already exists.',
      });
      expect((await create({ title: 'XXL', options: { Size: 'XXL' }, prices: [] })).body).toEqual({
        type: 'invalid_data',
        message: 'Option value XXL does not exist for option Size',
      });
      expect((await create({ title: 'dup sku', sku: 'TEE-M', prices: [] })).body).toEqual({
        type: 'invalid_data',
        message: 'Product variant with sku: TEE-M, already exists.',
      });
    });

    it('refuses a negative price amount (stricter than 078)', async () => {
      const response = await call('POST', `/admin/products/${product}/variants`, {
        title: 'neg',
        prices: [{ currency_code: 'eur', amount: -5 }],
      });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Value for field 'prices, 0, amount' too small, expected at least: '0'",
      });
    });

    it('answers 404 for an unknown product, variant, or a variant of another product (stricter than 079, 083, 084, 090)', async () => {
      const unknownProduct = await call('POST', '/admin/products/prod_01JDNNNN000000000000000000/variants', {
        title: 'x',
        prices: [],
      });
      expect(unknownProduct.status).toBe(404);
      expect(
        (await call('POST', `/admin/products/${product}/variants/variant_01JDNNNN000000000000000000`, { title: 'x' }))
          .status,
      ).toBe(404);
      expect((await call('GET', `/admin/products/${product}/variants/variant_01JDNNNN000000000000000000`)).status).toBe(
        404,
      );
      expect(
        (await call('POST', `/admin/products/prod_01JDNNNN000000000000000000/variants/${medium}`, { title: 'x' }))
          .status,
      ).toBe(404);
    });

    it('answers 401 with Medusa’s bare message without a valid token (057, 058, 082)', async () => {
      for (const authorization of [null, 'Bearer nope']) {
        const response = await call(
          'POST',
          linkPath(),
          { inventory_item_id: itemA, required_quantity: 1 },
          authorization,
        );
        expect(response.status).toBe(401);
        expect(response.body).toEqual({ message: 'Unauthorized' });
      }
    });

    it('refuses malformed JSON with a 400 (059)', async () => {
      const response = await call('POST', linkPath(), '{"inventory_item_id": "x", "required_quanti');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: 'invalid_data' });
    });

    it('orders by id both ways, as Medusa does', async () => {
      const ids = async (order: string) =>
        (
          await call<{ variants: { id: string }[] }>('GET', `/admin/product-variants?fields=id&order=${order}`)
        ).body.variants.map((v) => v.id);
      const ascending = await ids('id');
      expect(ascending).toEqual([...ascending].sort());
      expect(await ids('-id')).toEqual([...ascending].reverse());
    });

    it('refuses unknown query parameters and bad pagination', async () => {
      expect((await call('GET', `/admin/products/${product}/variants?title=S`)).body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Unrecognized fields: 'title'",
      });
      expect((await call('GET', '/admin/product-variants?limit=-1')).status).toBe(400);
      expect((await call('GET', '/admin/product-variants?limit=abc')).status).toBe(400);
    });
  });

  it('deletes a variant, answering with the parent product', async () => {
    const response = await call<{ id: string; object: string; deleted: boolean; parent: { id: string } }>(
      'DELETE',
      `/admin/products/${product}/variants/${medium}`,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: medium, object: 'variant', deleted: true, parent: { id: product } });
  });

  it('creates, updates and deletes variants in a batch', async () => {
    const response = await call<{ created: { sku: string }[]; updated: { title: string }[]; deleted: unknown }>(
      'POST',
      `/admin/products/${product}/variants/batch`,
      {
        create: [{ title: 'XL', sku: 'TEE-XL', options: { Size: 'XL' }, prices: [] }],
        update: [{ id: small, title: 'Small!' }],
        delete: [],
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.created.map((v) => v.sku)).toEqual(['TEE-XL']);
    expect(response.body.updated.map((v) => v.title)).toEqual(['Small!']);
    expect(response.body.deleted).toEqual({ ids: [], object: 'variant', deleted: true });
  });

  it('batches link changes and echoes Medusa’s link definitions', async () => {
    const response = await call('POST', `/admin/products/${product}/variants/inventory-items/batch`, {
      create: [{ variant_id: small, inventory_item_id: itemB, required_quantity: 2 }],
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      created: [
        { product: { variant_id: small }, inventory: { inventory_item_id: itemB }, data: { required_quantity: 2 } },
      ],
      updated: [],
      deleted: [],
    });
  });

  describe('Medusa v1 callers (seed 003)', () => {
    it('updates options given as [{option_id, value}] and prices with a region_id', async () => {
      const size = await server.gateway.db.prisma.productOption.findFirstOrThrow({
        where: { title: 'Size', productLinks: { some: { productId: product } } },
      });
      const response = await call<{
        product: {
          variants: {
            id: string;
            options: { value: string }[];
            prices: { currency_code: string; rules: Record<string, string> }[];
          }[];
        };
      }>('POST', `/admin/products/${product}/variants/${small}?fields=*variants,*variants.options,*variants.prices`, {
        options: [{ option_id: size.id, value: 'S' }],
        prices: [{ currency_code: 'eur', amount: 900, region_id: 'reg_eu' }],
      });
      expect(response.status).toBe(200);
      const variant = response.body.product.variants.find((v) => v.id === small);
      expect(variant?.options.map((o) => o.value)).toEqual(['S']);
      expect(variant?.prices).toEqual([
        expect.objectContaining({ currency_code: 'eur', rules: { region_id: 'reg_eu' } }),
      ]);
    });

    it('sets stock with inventory_quantity for a variant of one item at one location', async () => {
      const prisma = server.gateway.db.prisma;
      const location = await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Oracle Backroom' } });
      const created = await call<{ product: { variants: { id: string; sku: string }[] } }>(
        'POST',
        `/admin/products/${product}/variants`,
        {
          title: 'Single',
          sku: 'TEE-SINGLE',
          prices: [],
        },
      );
      const variantId = created.body.product.variants.find((v) => v.sku === 'TEE-SINGLE')?.id as string;
      const link = await prisma.productVariantInventoryItem.findFirstOrThrow({ where: { variantId } });
      await prisma.inventoryLevel.create({
        data: { id: 'ilev_01JDTEST0000000000000SINGL', inventoryItemId: link.inventoryItemId, locationId: location.id },
      });
      const ok = await call('POST', `/admin/products/${product}/variants/${variantId}`, { inventory_quantity: 12 });
      expect(ok.status).toBe(200);
      const level = await prisma.inventoryLevel.findUniqueOrThrow({ where: { id: 'ilev_01JDTEST0000000000000SINGL' } });
      expect(level.stockedQuantity.toNumber()).toBe(12);
      expect(level.rawStockedQuantity).toEqual({ value: '12', precision: 20 });
    });

    it('refuses inventory_quantity where the target is ambiguous, changing nothing', async () => {
      const before = await tableCounts(server.gateway.db.prisma);
      const response = await call('POST', `/admin/products/${product}/variants/${small}`, { inventory_quantity: 3 });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        type: 'not_allowed',
        message: expect.stringContaining('inventory_quantity can only be set'),
      });
      expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    });
  });
});
