import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const LINK = `mutation Link($input: VariantInventoryItemInput!) {
  createVariantInventoryItem(input: $input) {
    __typename
    ... on VariantInventoryItemPayload { link { id requiredQuantity } variant { id inventoryItems { inventoryItemId requiredQuantity } } }
    ... on Error { code message path }
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
});
