import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { tableCounts } from '../support/snapshots.js';

const CREATE = `mutation Create($input: CreateProductVariantInput!) {
  createProductVariant(input: $input) {
    __typename
    ... on ProductVariantPayload {
      variant {
        id title sku manageInventory
        options { value option { title } }
        prices { currencyCode amount minQuantity maxQuantity rules }
        inventoryItems { requiredQuantity inventory { id sku title description requiresShipping locationLevels { id } } }
      }
      product { id }
    }
    ... on MutationError { code message path }
  }
}`;

const UPDATE = `mutation Update($input: UpdateProductVariantInput!) {
  updateProductVariant(input: $input) {
    __typename
    ... on ProductVariantPayload { variant { id title sku options { value } prices { id currencyCode amount rules } inventoryItems { inventoryItemId } } }
    ... on MutationError { code message path }
  }
}`;

const DELETE = `mutation Delete($id: ID!, $productId: ID) {
  deleteProductVariant(input: { id: $id, productId: $productId }) {
    __typename
    ... on DeleteProductVariantPayload { id deleted product { id } }
    ... on MutationError { code message path }
  }
}`;

type Result = Record<string, unknown> & { __typename: string };

describe('variant mutations', () => {
  let server: GraphQLTestServer;
  let tee: string;
  let hoodie: string;
  let mugItem: string;
  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    tee = (await prisma.product.findFirstOrThrow({ where: { handle: 't-shirt' } })).id;
    hoodie = (await prisma.product.findFirstOrThrow({ where: { handle: 'hoodie' } })).id;
    mugItem = (await prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-WHITE' } })).id;
    // A third size, so that new variants have a free combination.
    const size = await prisma.productProductOption.findFirstOrThrow({
      where: { productId: tee, option: { title: 'Size' } },
    });
    await prisma.productOptionValue.create({
      data: { id: 'optval_01JDTEST0000000000000000LX', value: 'L', optionId: size.productOptionId },
    });
    await prisma.productProductOptionValue.create({
      data: {
        id: 'prodoptval_01JDTEST0000000000000000L',
        productProductOptionId: size.id,
        productOptionValueId: 'optval_01JDTEST0000000000000000LX',
      },
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const create = async (productId: string, input: Record<string, unknown>) =>
    (await server.gql<{ createProductVariant: Result }>(CREATE, { input: { productId, ...input } })).data
      ?.createProductVariant as Result;
  const update = async (id: string, input: Record<string, unknown>, productId?: string) =>
    (await server.gql<{ updateProductVariant: Result }>(UPDATE, { input: { id, productId, ...input } })).data
      ?.updateProductVariant as Result;
  const variantId = async (sku: string) =>
    (await server.gateway.db.prisma.productVariant.findFirstOrThrow({ where: { sku, deletedAt: null } })).id;

  /** Runs a refused mutation and checks that no table changed. */
  async function refused(work: () => Promise<Result>) {
    const before = await tableCounts(server.gateway.db.prisma);
    const result = await work();
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    return result;
  }

  describe('createProductVariant', () => {
    it('creates a variant with options, prices with rules, a price set and its own inventory item', async () => {
      const result = await create(tee, {
        title: 'L / Black',
        sku: 'TEE-BLACK-L',
        options: [
          { option: 'Size', value: 'L' },
          { option: 'Color', value: 'Black' },
        ],
        prices: [
          { currencyCode: 'EUR', amount: 2100 },
          {
            currencyCode: 'usd',
            amount: 2300,
            minQuantity: 1,
            maxQuantity: 10,
            rules: [{ attribute: 'region_id', value: 'reg_1' }],
          },
        ],
      });
      expect(result.__typename).toBe('ProductVariantPayload');
      const variant = result.variant as Record<string, unknown>;
      expect(variant).toMatchObject({
        title: 'L / Black',
        sku: 'TEE-BLACK-L',
        manageInventory: true,
        options: expect.arrayContaining([
          { value: 'L', option: { title: 'Size' } },
          { value: 'Black', option: { title: 'Color' } },
        ]),
        prices: [
          { currencyCode: 'eur', amount: 2100, minQuantity: null, maxQuantity: null, rules: {} },
          { currencyCode: 'usd', amount: 2300, minQuantity: 1, maxQuantity: 10, rules: { region_id: 'reg_1' } },
        ],
        inventoryItems: [
          {
            requiredQuantity: 1,
            inventory: {
              sku: 'TEE-BLACK-L',
              title: 'L / Black',
              description: 'L / Black',
              requiresShipping: true,
              locationLevels: [],
            },
          },
        ],
      });
      const prisma = server.gateway.db.prisma;
      const row = await prisma.productVariant.findUniqueOrThrow({
        where: { id: variant.id as string },
        include: { priceSetLinks: { include: { priceSet: { include: { prices: true } } } } },
      });
      expect(row.priceSetLinks).toHaveLength(1);
      expect(row.priceSetLinks[0].id).toMatch(/^pvps_/);
      const usd = row.priceSetLinks[0].priceSet.prices.find((p) => p.currencyCode === 'usd');
      expect(usd).toMatchObject({
        rulesCount: 1,
        rawAmount: { value: '2300', precision: 20 },
        rawMinQuantity: { value: '1', precision: 20 },
      });
    });

    it('links the listed inventory items instead of making one', async () => {
      const result = await create(hoodie, {
        title: 'XL',
        sku: 'HOODIE-XL-KIT',
        inventoryItems: [{ inventoryItemId: mugItem, requiredQuantity: 3 }],
      });
      expect((result.variant as { inventoryItems: unknown[] }).inventoryItems).toEqual([
        { requiredQuantity: 3, inventory: expect.objectContaining({ id: mugItem }) },
      ]);
    });

    it('makes no inventory item and no link when inventory is not managed', async () => {
      const result = await create(hoodie, {
        title: 'Gift wrap',
        manageInventory: false,
        inventoryItems: [{ inventoryItemId: mugItem, requiredQuantity: 1 }],
      });
      expect(result.variant).toMatchObject({ manageInventory: false, inventoryItems: [] });
    });

    it('accepts a variant without options, as Medusa does', async () => {
      expect((await create(hoodie, { title: 'Sample' })).__typename).toBe('ProductVariantPayload');
    });

    it('refuses an unknown product', async () => {
      const result = await refused(() => create('prod_01JDNNNN000000000000000000', { title: 'X' }));
      expect(result).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: 'Product with id "prod_01JDNNNN000000000000000000" not found',
        path: ['input', 'productId'],
      });
    });

    it('refuses options that do not name every product option', async () => {
      const result = await refused(() => create(tee, { title: 'Half', options: [{ option: 'Size', value: 'S' }] }));
      expect(result).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Product has 2 but there were 1 provided option values for the variant: Half.',
        path: ['input', 'options'],
      });
    });

    it('refuses a value the option does not have', async () => {
      const result = await refused(() =>
        create(tee, {
          title: 'Red',
          options: [
            { option: 'Size', value: 'S' },
            { option: 'Color', value: 'Red' },
          ],
        }),
      );
      expect(result).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Option value Red does not exist for option Color',
        path: ['input', 'options', '1'],
      });
    });

    it('refuses an option the product does not have', async () => {
      const result = await refused(() =>
        create(tee, {
          title: 'Fit',
          options: [
            { option: 'Size', value: 'S' },
            { option: 'Fit', value: 'Slim' },
          ],
        }),
      );
      expect(result).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Option value Slim does not exist for option Fit',
      });
    });

    it('refuses a combination another live variant has', async () => {
      const result = await refused(() =>
        create(tee, {
          title: 'Again',
          options: [
            { option: 'Size', value: 'S' },
            { option: 'Color', value: 'Black' },
          ],
        }),
      );
      expect(result).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Variant (S / Black) with provided options already exists.',
      });
    });

    it.each(['sku', 'ean', 'upc', 'barcode'])('refuses a %s another live variant has', async (code) => {
      await create(hoodie, { title: `${code} holder`, [code]: `CODE-${code}`, manageInventory: false });
      const result = await refused(() =>
        create(hoodie, { title: 'Clash', [code]: `CODE-${code}`, manageInventory: false }),
      );
      expect(result).toEqual({
        __typename: 'DuplicateError',
        code: 'DUPLICATE',
        message: `Product variant with ${code}: CODE-${code}, already exists.`,
        path: ['input', code],
      });
    });

    it('lets a new variant take the sku of a deleted one', async () => {
      const first = await create(hoodie, { title: 'Reused', sku: 'REUSED-SKU', manageInventory: false });
      await server.gql(DELETE, { id: (first.variant as { id: string }).id });
      const again = await create(hoodie, { title: 'Reused again', sku: 'REUSED-SKU', manageInventory: false });
      expect(again.__typename).toBe('ProductVariantPayload');
    });

    it('refuses a sku an inventory item already has when it would make one', async () => {
      await server.gateway.db.prisma.inventoryItem.create({
        data: { id: 'iitem_01JDTEST000000000000L00SE', sku: 'LOOSE-ITEM' },
      });
      const result = await refused(() => create(hoodie, { title: 'Loose', sku: 'LOOSE-ITEM' }));
      expect(result).toMatchObject({
        code: 'DUPLICATE',
        message: 'Inventory item with sku: LOOSE-ITEM, already exists.',
      });
    });

    it('refuses unknown inventory items', async () => {
      const result = await refused(() =>
        create(hoodie, {
          title: 'Ghost',
          inventoryItems: [{ inventoryItemId: 'iitem_01JDNNNN000000000000000000', requiredQuantity: 1 }],
        }),
      );
      expect(result).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Inventory Items with ids: iitem_01JDNNNN000000000000000000 was not found',
        path: ['input', 'inventoryItems'],
      });
    });

    it('refuses the same inventory item twice', async () => {
      const result = await refused(() =>
        create(hoodie, {
          title: 'Twice',
          inventoryItems: [
            { inventoryItemId: mugItem, requiredQuantity: 1 },
            { inventoryItemId: mugItem, requiredQuantity: 2 },
          ],
        }),
      );
      expect(result).toMatchObject({ code: 'INVALID_DATA', path: ['input', 'inventoryItems', '1', 'inventoryItemId'] });
    });

    it.each([
      [
        { prices: [{ currencyCode: 'eur', amount: -1 }] },
        'amount must be 0 or more (got -1)',
        ['input', 'prices', '0', 'amount'],
      ],
      [
        { prices: [{ currencyCode: 'euro', amount: 1 }] },
        'currencyCode must be a three-letter ISO 4217 code (got "euro")',
        ['input', 'prices', '0', 'currencyCode'],
      ],
      [
        { inventoryItems: [{ inventoryItemId: 'x', requiredQuantity: 0 }] },
        'requiredQuantity must be a whole number from 1 to 2147483647 (got 0)',
        ['input', 'inventoryItems', '0', 'requiredQuantity'],
      ],
      [{ weight: -5 }, 'weight must be 0 or more (got -5)', ['input', 'weight']],
      [{ title: '   ' }, 'title must not be empty', ['input', 'title']],
    ])('refuses bad input %j with its path', async (input, message, path) => {
      const result = await refused(() => create(hoodie, { title: 'Bad', ...input }));
      expect(result).toEqual({ __typename: 'InvalidDataError', code: 'INVALID_DATA', message, path });
    });

    it('refuses a required quantity beyond 32 bits before it reaches the rules', async () => {
      const response = await server.gql(CREATE, {
        input: {
          productId: hoodie,
          title: 'Huge',
          inventoryItems: [{ inventoryItemId: mugItem, requiredQuantity: 7390879820021760 }],
        },
      });
      expect(response.errors?.[0].message).toMatch(
        /Int cannot represent non 32-bit signed integer value: 7390879820021760/,
      );
    });
  });

  describe('updateProductVariant', () => {
    it('patches fields and leaves the others', async () => {
      const id = await variantId('HOODIE-S');
      const result = await update(id, { title: 'Small' });
      expect(result.variant).toMatchObject({ title: 'Small', sku: 'HOODIE-S' });
    });

    it('replaces options after checking them', async () => {
      const created = await create(tee, {
        title: 'L / White',
        sku: 'TEE-WHITE-L',
        options: [
          { option: 'Size', value: 'L' },
          { option: 'Color', value: 'White' },
        ],
      });
      const id = (created.variant as { id: string }).id;
      const clash = await refused(() =>
        update(id, {
          options: [
            { option: 'Size', value: 'M' },
            { option: 'Color', value: 'White' },
          ],
        }),
      );
      expect(clash).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Variant (M / White) with provided options already exists.',
      });
      const bad = await refused(() => update(id, { options: [{ option: 'Size', value: 'L' }] }));
      expect(bad).toMatchObject({
        code: 'INVALID_DATA',
        message: 'Product has 2 but there were 1 provided option values for the variant: L / White.',
      });
    });

    it('replaces prices: updates those with an id, creates those without, deletes the rest outright as Medusa does', async () => {
      const id = await variantId('TEE-BLACK-S');
      const before = await server.data<{
        productVariant: { prices: { id: string; currencyCode: string; amount: number }[] };
      }>(`{ productVariant(id: "${id}") { prices { id currencyCode amount } } }`);
      const eur = before.productVariant.prices.find((p) => p.currencyCode === 'eur' && p.amount === 1950) as {
        id: string;
      };
      const result = await update(id, {
        prices: [
          { id: eur.id, currencyCode: 'eur', amount: 1899 },
          { currencyCode: 'gbp', amount: 1700, rules: [{ attribute: 'region_id', value: 'reg_uk' }] },
        ],
      });
      expect((result.variant as { prices: unknown[] }).prices).toEqual([
        { id: eur.id, currencyCode: 'eur', amount: 1899, rules: {} },
        expect.objectContaining({ currencyCode: 'gbp', amount: 1700, rules: { region_id: 'reg_uk' } }),
      ]);
      const removedIds = before.productVariant.prices.map((p) => p.id).filter((priceId) => priceId !== eur.id);
      expect(removedIds).toHaveLength(2);
      const { prisma } = server.gateway.db;
      expect(await prisma.price.count({ where: { id: { in: removedIds } } })).toBe(0);
      expect(await prisma.priceRule.count({ where: { priceId: { in: removedIds } } })).toBe(0);
    });

    it('refuses a price id of another variant', async () => {
      const other = await server.gateway.db.prisma.price.findFirstOrThrow({
        where: { deletedAt: null, priceSet: { variantLinks: { some: { variant: { sku: 'MUG-BLACK' } } } } },
      });
      const result = await refused(async () =>
        update(await variantId('HOODIE-L'), { prices: [{ id: other.id, currencyCode: 'eur', amount: 1 }] }),
      );
      expect(result).toMatchObject({ code: 'NOT_FOUND', path: ['input', 'prices', '0', 'id'] });
    });

    it('refuses a sku another live variant has', async () => {
      const result = await refused(async () => update(await variantId('HOODIE-L'), { sku: 'MUG-BLACK' }));
      expect(result).toMatchObject({
        code: 'DUPLICATE',
        message: 'Product variant with sku: MUG-BLACK, already exists.',
      });
    });

    it('refuses an unknown variant, and a variant of another product', async () => {
      const unknown = await refused(() => update('variant_01JDNNNN000000000000000000', { title: 'X' }));
      expect(unknown).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Variant with id "variant_01JDNNNN000000000000000000" not found',
      });
      const elsewhere = await refused(async () => update(await variantId('HOODIE-L'), { title: 'X' }, tee));
      expect(elsewhere).toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining(`of product ${tee} not found`),
      });
    });

    it('dismisses the inventory links when inventory management is turned off', async () => {
      const id = await variantId('MUG-BLACK');
      const result = await update(id, { manageInventory: false });
      expect(result.variant).toMatchObject({ inventoryItems: [] });
    });
  });

  describe('deleteProductVariant', () => {
    it('soft-deletes the variant, its price set and links, and the inventory item made for it', async () => {
      const created = await create(hoodie, { title: 'Doomed', sku: 'DOOMED' });
      const id = (created.variant as { id: string }).id;
      const itemId = (created.variant as { inventoryItems: { inventory: { id: string } }[] }).inventoryItems[0]
        .inventory.id;
      const result = (await server.gql<{ deleteProductVariant: Result }>(DELETE, { id, productId: hoodie })).data
        ?.deleteProductVariant;
      expect(result).toEqual({ __typename: 'DeleteProductVariantPayload', id, deleted: true, product: { id: hoodie } });
      const prisma = server.gateway.db.prisma;
      expect((await prisma.productVariant.findUniqueOrThrow({ where: { id } })).deletedAt).toBeInstanceOf(Date);
      expect((await prisma.inventoryItem.findUniqueOrThrow({ where: { id: itemId } })).deletedAt).toBeInstanceOf(Date);
      expect(await prisma.productVariantPriceSet.count({ where: { variantId: id, deletedAt: null } })).toBe(0);
      expect(await prisma.productVariantInventoryItem.count({ where: { variantId: id, deletedAt: null } })).toBe(0);
      expect(await server.data(`{ productVariant(id: "${id}") { id } }`)).toEqual({ productVariant: null });
    });

    it('keeps an inventory item another variant still uses', async () => {
      const id = await variantId('MUG-WHITE-2PACK');
      await server.gql(DELETE, { id });
      const item = await server.gateway.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: mugItem } });
      expect(item.deletedAt).toBeNull();
    });

    it('refuses an unknown or already deleted variant', async () => {
      const result = (
        await server.gql<{ deleteProductVariant: Result }>(DELETE, { id: 'variant_01JDNNNN000000000000000000' })
      ).data?.deleteProductVariant;
      expect(result).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    });
  });

  describe('batchProductVariants', () => {
    const BATCH = `mutation Batch($productId: ID!, $create: [NewProductVariantInput!], $update: [BatchUpdateProductVariantInput!], $delete: [ID!]) {
      batchProductVariants(input: { productId: $productId, create: $create, update: $update, delete: $delete }) {
        __typename
        ... on BatchProductVariantsPayload { created { sku } updated { id title } deletedIds }
        ... on MutationError { code message path }
      }
    }`;

    it('deletes, updates and creates together', async () => {
      const doomed = (await create(hoodie, { title: 'Batch doomed', sku: 'BATCH-SKU', manageInventory: false }))
        .variant as { id: string };
      const target = await variantId('HOODIE-M');
      const { data } = await server.gql<{ batchProductVariants: Result }>(BATCH, {
        productId: hoodie,
        delete: [doomed.id],
        update: [{ id: target, title: 'Medium' }],
        create: [{ title: 'Batch new', sku: 'BATCH-SKU', manageInventory: false }],
      });
      expect(data?.batchProductVariants).toEqual({
        __typename: 'BatchProductVariantsPayload',
        created: [{ sku: 'BATCH-SKU' }],
        updated: [{ id: target, title: 'Medium' }],
        deletedIds: [doomed.id],
      });
    });

    it('applies nothing when one part fails', async () => {
      const target = await variantId('HOODIE-M');
      const result = await refused(async () => {
        const { data } = await server.gql<{ batchProductVariants: Result }>(BATCH, {
          productId: hoodie,
          update: [{ id: target, title: 'Never' }],
          create: [{ title: 'Bad price', prices: [{ currencyCode: 'eur', amount: -3 }] }],
        });
        return data?.batchProductVariants as Result;
      });
      expect(result).toMatchObject({ code: 'INVALID_DATA', path: ['input', 'create', '0', 'prices', '0', 'amount'] });
      expect((await server.gateway.db.prisma.productVariant.findUniqueOrThrow({ where: { id: target } })).title).toBe(
        'Medium',
      );
    });

    it('names the id in the delete list that is no live variant of the product', async () => {
      const target = await variantId('HOODIE-M');
      const result = await refused(async () => {
        const { data } = await server.gql<{ batchProductVariants: Result }>(BATCH, {
          productId: hoodie,
          delete: [target, 'variant_missing'],
        });
        return data?.batchProductVariants as Result;
      });
      expect(result).toMatchObject({ code: 'NOT_FOUND', path: ['input', 'delete', '1'] });
      expect(
        (await server.gateway.db.prisma.productVariant.findUniqueOrThrow({ where: { id: target } })).deletedAt,
      ).toBe(null);
    });
  });
});
