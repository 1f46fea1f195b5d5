import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

const CREATE_VARIANT = `mutation($input: CreateProductVariantInput!) {
  result: createProductVariant(input: $input) {
    __typename ... on ProductVariantPayload { variant { id } } ... on MutationError { code message }
  }
}`;
const LINK = `mutation($input: VariantInventoryItemInput!) {
  result: createVariantInventoryItem(input: $input) { __typename ... on MutationError { code message } }
}`;
const ADJUST = `mutation($item: ID!, $location: ID!) {
  result: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: 1 }) {
    __typename ... on MutationError { code message }
  }
}`;

type Result = { __typename: string; code?: string; message?: string };

/** Many requests at the same moment, over real HTTP; nothing may be lost, applied twice or fail with a 500. */
describe('concurrent writes', () => {
  let server: GraphQLTestServer;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];
  let call: ReturnType<typeof restClient>;
  let productId: string;
  const values = Array.from({ length: 100 }, (_, index) => `v${index}`);

  const mutate = async (query: string, variables: Record<string, unknown>) => {
    const response = await server.gql<{ result: Result }>(query, variables);
    expect(response).toMatchObject({ status: 200 });
    expect(response.errors).toBeUndefined();
    return (response.data as { result: Result }).result;
  };
  const inParallel = <T>(count: number, request: (index: number) => Promise<T>) =>
    Promise.all(Array.from({ length: count }, (_, index) => request(index)));

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    prisma = server.gateway.db.prisma;
    call = restClient(server);
    const created = await server.data<{ createProduct: { product: { id: string } } }>(
      `mutation($values: [String!]!) { createProduct(input: { title: "Race Tee", options: [{ title: "Run", values: $values }] }) {
        ... on ProductPayload { product { id } } } }`,
      { values },
    );
    productId = created.createProduct.product.id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('50 parallel links of one variant and item all succeed and leave one live link', async () => {
    const variant = await mutate(CREATE_VARIANT, {
      input: { productId, title: 'Linked', manageInventory: false, options: [{ option: 'Run', value: 'v99' }] },
    });
    const variantId = (variant as unknown as { variant: { id: string } }).variant.id;
    const item = await server.data<{ createInventoryItem: { inventoryItem: { id: string } } }>(
      'mutation { createInventoryItem(input: { sku: "RACE-LINK" }) { ... on InventoryItemPayload { inventoryItem { id } } } }',
    );
    const inventoryItemId = item.createInventoryItem.inventoryItem.id;
    const results = await inParallel(50, () =>
      mutate(LINK, { input: { variantId, inventoryItemId, requiredQuantity: 2 } }),
    );
    expect(results.filter((result) => result.__typename !== 'VariantInventoryItemPayload')).toEqual([]);
    const links = await prisma.productVariantInventoryItem.findMany({ where: { variantId } });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ inventoryItemId, deletedAt: null });
    expect(links[0].requiredQuantity.toNumber()).toBe(2);
  });

  it('50 parallel GraphQL creates with one sku give one variant and DUPLICATE for the others', async () => {
    const results = await inParallel(50, (index) =>
      mutate(CREATE_VARIANT, {
        input: {
          productId,
          title: `GraphQL ${index}`,
          sku: 'RACE-GQL',
          options: [{ option: 'Run', value: values[index] }],
        },
      }),
    );
    const winners = results.filter((result) => result.__typename === 'ProductVariantPayload');
    expect(winners).toHaveLength(1);
    for (const result of results.filter((result) => result !== winners[0])) {
      expect(result).toEqual({
        __typename: 'DuplicateError',
        code: 'DUPLICATE',
        message: 'Product variant with sku: RACE-GQL, already exists.',
      });
    }
    expect(await prisma.productVariant.count({ where: { sku: 'RACE-GQL', deletedAt: null } })).toBe(1);
    expect(await prisma.inventoryItem.count({ where: { sku: 'RACE-GQL', deletedAt: null } })).toBe(1);
  });

  it('50 parallel REST creates with one sku give one variant and invalid_data for the others', async () => {
    const responses = await inParallel(50, (index) =>
      call('POST', `/admin/products/${productId}/variants?fields=id`, {
        title: `REST ${index}`,
        sku: 'RACE-REST',
        options: { Run: values[50 + index] },
        prices: [],
      }),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    for (const response of responses.filter((response) => response.status !== 200)) {
      expect(response).toMatchObject({ status: 400, body: { type: 'invalid_data' } });
    }
    expect(await prisma.productVariant.count({ where: { sku: 'RACE-REST', deletedAt: null } })).toBe(1);
  });

  it('100 parallel adjustInventoryLevel(+1) add exactly 100', async () => {
    const location = await server.data<{ createStockLocation: { stockLocation: { id: string } } }>(
      'mutation { createStockLocation(input: { name: "Race Depot" }) { ... on StockLocationPayload { stockLocation { id } } } }',
    );
    const locationId = location.createStockLocation.stockLocation.id;
    const item = await server.data<{ createInventoryItem: { inventoryItem: { id: string } } }>(
      `mutation($locationId: ID!) { createInventoryItem(input: { sku: "RACE-STOCK", locationLevels: [{ locationId: $locationId, stockedQuantity: 5 }] }) {
        ... on InventoryItemPayload { inventoryItem { id } } } }`,
      { locationId },
    );
    const inventoryItemId = item.createInventoryItem.inventoryItem.id;
    const results = await inParallel(100, () => mutate(ADJUST, { item: inventoryItemId, location: locationId }));
    expect(results.every((result) => result.__typename === 'InventoryLevelPayload')).toBe(true);
    const level = await prisma.inventoryLevel.findFirstOrThrow({ where: { inventoryItemId } });
    expect(level.stockedQuantity.toNumber()).toBe(105);
    expect(level.rawStockedQuantity).toEqual({ value: '105', precision: 20 });
  });
});
