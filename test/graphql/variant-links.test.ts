import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const LINK = `mutation Link($input: VariantInventoryItemInput!) {
  createVariantInventoryItem(input: $input) {
    __typename
    ... on VariantInventoryItemPayload { link { id requiredQuantity } variant { id inventoryItems { inventoryItemId requiredQuantity } } }
    ... on MutationError { code message path }
  }
}`;

describe('variant ↔ inventory item links', () => {
  let server: GraphQLTestServer;
  let variantId: string;
  let otherItemId: string;
  beforeAll(async () => {
    server = await startGraphQLServer();
    const { productVariants } = await server.data<{ productVariants: { nodes: { id: string }[] } }>(
      `{ productVariants(filter: { sku: ["HOODIE-S"] }) { nodes { id } } }`,
    );
    variantId = productVariants.nodes[0].id;
    const items = await server.gateway.db.prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-BLACK' } });
    otherItemId = items.id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('links an item with a required quantity', async () => {
    const { data } = await server.gql<{ createVariantInventoryItem: Record<string, unknown> }>(LINK, {
      input: { variantId, inventoryItemId: otherItemId, requiredQuantity: 3 },
    });
    expect(data?.createVariantInventoryItem).toMatchObject({
      __typename: 'VariantInventoryItemPayload',
      link: { requiredQuantity: 3 },
    });
  });

  it('updates an existing link in place, keeping its id', async () => {
    const first = await server.data<{ createVariantInventoryItem: { link: { id: string } } }>(LINK, {
      input: { variantId, inventoryItemId: otherItemId, requiredQuantity: 4 },
    });
    const again = await server.data<{ createVariantInventoryItem: { link: { id: string; requiredQuantity: number } } }>(
      LINK,
      {
        input: { variantId, inventoryItemId: otherItemId, requiredQuantity: 5 },
      },
    );
    expect(again.createVariantInventoryItem.link).toEqual({
      id: first.createVariantInventoryItem.link.id,
      requiredQuantity: 5,
    });
  });

  it.each([0, -1])('refuses required quantity %d with INVALID_DATA and the input path', async (requiredQuantity) => {
    const { data } = await server.gql<{ createVariantInventoryItem: Record<string, unknown> }>(LINK, {
      input: { variantId, inventoryItemId: otherItemId, requiredQuantity },
    });
    expect(data?.createVariantInventoryItem).toEqual({
      __typename: 'InvalidDataError',
      code: 'INVALID_DATA',
      message: `requiredQuantity must be a whole number from 1 to 2147483647 (got ${requiredQuantity})`,
      path: ['input', 'requiredQuantity'],
    });
  });

  it('refuses an unknown inventory item with NOT_FOUND and stores nothing', async () => {
    const before = await server.gateway.db.prisma.productVariantInventoryItem.count();
    const { data } = await server.gql<{ createVariantInventoryItem: Record<string, unknown> }>(LINK, {
      input: { variantId, inventoryItemId: 'iitem_01JDNOPE000000000000000000', requiredQuantity: 1 },
    });
    expect(data?.createVariantInventoryItem).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect(await server.gateway.db.prisma.productVariantInventoryItem.count()).toBe(before);
  });

  const UPDATE = `mutation($input: VariantInventoryItemInput!) { updateVariantInventoryItem(input: $input) {
    __typename ... on VariantInventoryItemPayload { link { id requiredQuantity } } ... on MutationError { code message path } } }`;
  const DELETE = `mutation($input: VariantInventoryItemKeyInput!) { deleteVariantInventoryItem(input: $input) {
    __typename ... on VariantInventoryItemPayload { variant { inventoryItems { inventoryItemId } } } ... on MutationError { code message } } }`;

  it('updates the quantity of an existing link, and refuses a link that does not exist', async () => {
    const ok = await server.data<{ updateVariantInventoryItem: Record<string, unknown> }>(UPDATE, {
      input: { variantId, inventoryItemId: otherItemId, requiredQuantity: 7 },
    });
    expect(ok.updateVariantInventoryItem).toMatchObject({ link: { requiredQuantity: 7 } });
    const hoodieItem = await server.gateway.db.prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'HOODIE-L' } });
    const missing = await server.data<{ updateVariantInventoryItem: Record<string, unknown> }>(UPDATE, {
      input: { variantId, inventoryItemId: hoodieItem.id, requiredQuantity: 2 },
    });
    expect(missing.updateVariantInventoryItem).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: `Variant ${variantId} is not linked to inventory item ${hoodieItem.id}`,
      path: ['input', 'inventoryItemId'],
    });
  });

  it('deletes a link softly and revives it, with the same id, when linked again', async () => {
    const before = await server.gateway.db.prisma.productVariantInventoryItem.findUniqueOrThrow({
      where: { variantId_inventoryItemId: { variantId, inventoryItemId: otherItemId } },
    });
    const deleted = await server.data<{
      deleteVariantInventoryItem: { variant: { inventoryItems: { inventoryItemId: string }[] } };
    }>(DELETE, { input: { variantId, inventoryItemId: otherItemId } });
    expect(deleted.deleteVariantInventoryItem.variant.inventoryItems.map((l) => l.inventoryItemId)).not.toContain(
      otherItemId,
    );
    const row = await server.gateway.db.prisma.productVariantInventoryItem.findFirstOrThrow({
      where: { id: before.id },
    });
    expect(row.deletedAt).toBeInstanceOf(Date);
    const again = await server.data<{ deleteVariantInventoryItem: Record<string, unknown> }>(DELETE, {
      input: { variantId, inventoryItemId: otherItemId },
    });
    expect(again.deleteVariantInventoryItem).toMatchObject({ __typename: 'NotFoundError' });
    const revived = await server.data<{
      createVariantInventoryItem: { link: { id: string; requiredQuantity: number } };
    }>(LINK, {
      input: { variantId, inventoryItemId: otherItemId, requiredQuantity: 2 },
    });
    expect(revived.createVariantInventoryItem.link).toEqual({ id: before.id, requiredQuantity: 2 });
  });

  it('refuses a variant of another product when the product is named', async () => {
    const mug = await server.gateway.db.prisma.product.findFirstOrThrow({ where: { handle: 'mug' } });
    const { data } = await server.gql<{ createVariantInventoryItem: Record<string, unknown> }>(LINK, {
      input: { variantId, inventoryItemId: otherItemId, productId: mug.id, requiredQuantity: 1 },
    });
    expect(data?.createVariantInventoryItem).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'variantId'],
    });
  });

  const BATCH = `mutation($create: [VariantInventoryItemInput!], $update: [VariantInventoryItemInput!], $delete: [VariantInventoryItemKeyInput!]) {
    batchVariantInventoryItems(input: { create: $create, update: $update, delete: $delete }) {
      __typename
      ... on BatchVariantInventoryItemsPayload { created { link { requiredQuantity } } updated { link { requiredQuantity } } deleted { inventoryItem { sku } } }
      ... on MutationError { code message path }
    }
  }`;

  it('creates, updates and deletes links in one batch', async () => {
    const items = await server.gateway.db.prisma.inventoryItem.findMany({
      where: { sku: { in: ['HOODIE-M', 'HOODIE-L'] } },
    });
    const [m, l] = ['HOODIE-M', 'HOODIE-L'].map((sku) => items.find((item) => item.sku === sku)?.id as string);
    const result = await server.data<{ batchVariantInventoryItems: unknown }>(BATCH, {
      create: [{ variantId, inventoryItemId: m, requiredQuantity: 2 }],
      update: [{ variantId, inventoryItemId: otherItemId, requiredQuantity: 9 }],
      delete: [],
    });
    expect(result.batchVariantInventoryItems).toEqual({
      __typename: 'BatchVariantInventoryItemsPayload',
      created: [{ link: { requiredQuantity: 2 } }],
      updated: [{ link: { requiredQuantity: 9 } }],
      deleted: [],
    });
    const refused = await server.data<{ batchVariantInventoryItems: unknown }>(BATCH, {
      create: [{ variantId, inventoryItemId: l, requiredQuantity: 1 }],
      delete: [{ variantId, inventoryItemId: m }],
      update: [{ variantId, inventoryItemId: otherItemId, requiredQuantity: 0 }],
    });
    expect(refused.batchVariantInventoryItems).toMatchObject({
      code: 'INVALID_DATA',
      path: ['input', 'update', '0', 'requiredQuantity'],
    });
    const links = await server.gateway.db.prisma.productVariantInventoryItem.findMany({
      where: { variantId, deletedAt: null },
    });
    expect(links.map((link) => link.inventoryItemId).sort()).toEqual(
      [
        m,
        otherItemId,
        (await server.gateway.db.prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'HOODIE-S' } })).id,
      ].sort(),
    );
  });
});
