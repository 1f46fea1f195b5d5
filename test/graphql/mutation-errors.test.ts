import { getNamedType, isUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { schema } from '../../src/graphql/schema.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { tableCounts } from '../support/snapshots.js';

/**
 * Every mutation's result union lists its payload and exactly the errors its rules can raise.
 * For each listed error, a case here provokes it: a union member no case reaches fails the test,
 * and so does a case whose error the union does not list.
 */

interface Fixture {
  location: string;
  /** Stocked with 5 units at `location`. */
  stockedItem: string;
  stockedLevel: string;
  /** Not stocked anywhere, made for variantS. */
  bareItem: string;
  reservedItem: string;
  product: string;
  otherProduct: string;
  otherHandle: string;
  /** sku ERRORS-S, Size S, managed inventory with its own item `bareItem`. */
  variantS: string;
  /** sku ERRORS-M, Size M, inventory not managed (no links). */
  variantM: string;
}

type Input = (fixture: Fixture) => Record<string, unknown>;
type Cases = Record<string, Partial<Record<string, Input>>>;

const MISSING = {
  location: 'sloc_01JX0000000000000000000000',
  item: 'iitem_01JX0000000000000000000000',
  product: 'prod_01JX0000000000000000000000',
  variant: 'variant_01JX0000000000000000000000',
  channel: 'sc_01JX0000000000000000000000',
};

const CASES: Cases = {
  createInventoryItem: {
    InvalidDataError: () => ({ metadata: ['not', 'an', 'object'] }),
    NotFoundError: () => ({ locationLevels: [{ locationId: MISSING.location }] }),
    DuplicateError: () => ({ sku: 'ERRORS-STOCKED' }),
  },
  updateInventoryItem: {
    InvalidDataError: (f) => ({ id: f.stockedItem, metadata: 'text' }),
    NotFoundError: () => ({ id: MISSING.item, title: 'x' }),
    DuplicateError: (f) => ({ id: f.stockedItem, sku: 'ERRORS-S' }),
  },
  deleteInventoryItem: {
    NotFoundError: () => ({ id: MISSING.item }),
    InvalidDataError: (f) => ({ id: f.reservedItem }),
  },
  createInventoryLevel: {
    InvalidDataError: (f) => ({ inventoryItemId: f.bareItem, locationId: f.location, stockedQuantity: -1 }),
    NotFoundError: (f) => ({ inventoryItemId: MISSING.item, locationId: f.location }),
    DuplicateError: (f) => ({ inventoryItemId: f.stockedItem, locationId: f.location }),
  },
  updateInventoryLevel: {
    InvalidDataError: (f) => ({ inventoryItemId: f.stockedItem, locationId: f.location, stockedQuantity: -1 }),
    NotFoundError: (f) => ({ inventoryItemId: f.bareItem, locationId: f.location, stockedQuantity: 1 }),
  },
  deleteInventoryLevel: {
    NotFoundError: (f) => ({ inventoryItemId: f.bareItem, locationId: f.location }),
    NotAllowedError: (f) => ({ inventoryItemId: f.stockedItem, locationId: f.location }),
  },
  adjustInventoryLevel: {
    InvalidDataError: (f) => ({ inventoryItemId: f.stockedItem, locationId: f.location, delta: -6 }),
    NotFoundError: (f) => ({ inventoryItemId: f.bareItem, locationId: f.location, delta: 1 }),
    ConflictError: (f) => ({ inventoryItemId: f.stockedItem, locationId: f.location, delta: 1, changeFromQuantity: 4 }),
  },
  setInventoryLevel: {
    InvalidDataError: (f) => ({ inventoryItemId: f.stockedItem, locationId: f.location, stockedQuantity: -1 }),
    NotFoundError: (f) => ({ inventoryItemId: f.bareItem, locationId: f.location, stockedQuantity: 1 }),
    ConflictError: (f) => ({
      inventoryItemId: f.stockedItem,
      locationId: f.location,
      stockedQuantity: 1,
      changeFromQuantity: 4,
    }),
  },
  batchInventoryLevels: {
    NotFoundError: () => ({ inventoryItemId: MISSING.item }),
    NotAllowedError: (f) => ({ inventoryItemId: f.stockedItem, delete: [f.stockedLevel] }),
    InvalidDataError: (f) => ({
      inventoryItemId: f.stockedItem,
      update: [{ locationId: f.location, stockedQuantity: -1 }],
    }),
    DuplicateError: (f) => ({ inventoryItemId: f.stockedItem, create: [{ locationId: f.location }] }),
  },
  batchInventoryItemLevels: {
    NotFoundError: (f) => ({ create: [{ inventoryItemId: MISSING.item, locationId: f.location }] }),
    NotAllowedError: (f) => ({ delete: [f.stockedLevel] }),
    InvalidDataError: (f) => ({
      update: [{ inventoryItemId: f.stockedItem, locationId: f.location, stockedQuantity: -1 }],
    }),
    DuplicateError: (f) => ({ create: [{ inventoryItemId: f.stockedItem, locationId: f.location }] }),
  },
  createProduct: {
    InvalidDataError: () => ({ title: ' ', options: [{ title: 'Size', values: ['S'] }] }),
    NotFoundError: () => ({
      title: 'New',
      options: [{ title: 'Size', values: ['S'] }],
      salesChannelIds: [MISSING.channel],
    }),
    DuplicateError: (f) => ({ title: 'New', handle: f.otherHandle, options: [{ title: 'Size', values: ['S'] }] }),
  },
  updateProduct: {
    NotFoundError: () => ({ id: MISSING.product, title: 'x' }),
    InvalidDataError: (f) => ({ id: f.product, title: '' }),
    DuplicateError: (f) => ({ id: f.product, handle: f.otherHandle }),
  },
  deleteProduct: {
    NotFoundError: () => ({ id: MISSING.product }),
  },
  createProductVariant: {
    NotFoundError: () => ({ productId: MISSING.product, title: 'L' }),
    InvalidDataError: (f) => ({ productId: f.product, title: ' ' }),
    DuplicateError: (f) => ({ productId: f.otherProduct, title: 'Copy', sku: 'ERRORS-S', manageInventory: false }),
  },
  updateProductVariant: {
    NotFoundError: () => ({ id: MISSING.variant, title: 'x' }),
    InvalidDataError: (f) => ({ id: f.variantS, title: '' }),
    DuplicateError: (f) => ({ id: f.variantS, sku: 'ERRORS-M' }),
    NotAllowedError: (f) => ({ id: f.variantM, inventoryQuantity: 3 }),
  },
  deleteProductVariant: {
    NotFoundError: () => ({ id: MISSING.variant }),
  },
  batchProductVariants: {
    NotFoundError: () => ({ productId: MISSING.product }),
    InvalidDataError: (f) => ({ productId: f.otherProduct, create: [{ title: ' ' }] }),
    DuplicateError: (f) => ({ productId: f.otherProduct, create: [{ title: 'Copy', sku: 'ERRORS-S' }] }),
  },
  createStockLocation: {
    InvalidDataError: () => ({ name: '  ' }),
  },
  updateStockLocation: {
    NotFoundError: () => ({ id: MISSING.location, name: 'x' }),
    InvalidDataError: (f) => ({ id: f.location, name: ' ' }),
  },
  deleteStockLocation: {
    NotFoundError: () => ({ id: MISSING.location }),
  },
  updateStockLocationSalesChannels: {
    NotFoundError: () => ({ stockLocationId: MISSING.location, add: [] }),
    InvalidDataError: (f) => ({ stockLocationId: f.location, add: [MISSING.channel], remove: [MISSING.channel] }),
  },
  createVariantInventoryItem: {
    InvalidDataError: (f) => ({ variantId: f.variantS, inventoryItemId: f.stockedItem, requiredQuantity: 0 }),
    NotFoundError: (f) => ({ variantId: MISSING.variant, inventoryItemId: f.stockedItem, requiredQuantity: 1 }),
  },
  updateVariantInventoryItem: {
    InvalidDataError: (f) => ({ variantId: f.variantS, inventoryItemId: f.bareItem, requiredQuantity: 0 }),
    NotFoundError: (f) => ({ variantId: f.variantS, inventoryItemId: f.stockedItem, requiredQuantity: 1 }),
  },
  deleteVariantInventoryItem: {
    NotFoundError: (f) => ({ variantId: f.variantS, inventoryItemId: f.stockedItem }),
  },
  batchVariantInventoryItems: {
    InvalidDataError: (f) => {
      const link = { variantId: f.variantS, inventoryItemId: f.bareItem };
      return { update: [{ ...link, requiredQuantity: 2 }], delete: [link] };
    },
    NotFoundError: (f) => ({ delete: [{ variantId: f.variantS, inventoryItemId: f.stockedItem }] }),
  },
};

const mutationFields = schema.getMutationType()?.getFields() ?? {};

/** The error members of a mutation's result union, by name. */
function unionErrors(mutation: string): string[] {
  const result = getNamedType(mutationFields[mutation].type);
  if (!isUnionType(result)) throw new Error(`${mutation} does not return a union`);
  return result
    .getTypes()
    .map((type) => type.name)
    .filter((name) => name.endsWith('Error'))
    .sort();
}

function document(mutation: string): string {
  const inputType = mutationFields[mutation].args.find((arg) => arg.name === 'input')?.type;
  return `mutation Provoke($input: ${String(inputType)}) {
  result: ${mutation}(input: $input) { __typename ... on MutationError { code message path } }
}`;
}

describe('the errors of each mutation', () => {
  let server: GraphQLTestServer;
  let fixture: Fixture;

  beforeAll(async () => {
    // No demo catalog: the fixture below is all these cases need.
    server = await startGraphQLServer({ seedOnStart: false });
    const prisma = server.gateway.db.prisma;
    const { createStockLocation } = await server.data<{ createStockLocation: { stockLocation: { id: string } } }>(
      'mutation { createStockLocation(input: { name: "Errors depot" }) { ... on StockLocationPayload { stockLocation { id } } } }',
    );
    const location = createStockLocation.stockLocation.id;
    const made = await server.data<{
      product: {
        product: { id: string; variants: { id: string; sku: string; inventoryItems: { inventoryItemId: string }[] }[] };
      };
      other: { product: { id: string; handle: string } };
      stocked: { inventoryItem: { id: string; locationLevels: { id: string }[] } };
      reserved: { inventoryItem: { id: string } };
    }>(
      `mutation Fixture($location: ID!) {
        product: createProduct(input: {
          title: "Errors", options: [{ title: "Size", values: ["S", "M"] }],
          variants: [
            { title: "S", sku: "ERRORS-S", options: [{ option: "Size", value: "S" }] },
            { title: "M", sku: "ERRORS-M", manageInventory: false, options: [{ option: "Size", value: "M" }] }
          ]
        }) { ... on ProductPayload { product { id variants { id sku inventoryItems { inventoryItemId } } } } }
        other: createProduct(input: { title: "Errors too", options: [{ title: "Colour", values: ["Red"] }] }) {
          ... on ProductPayload { product { id handle } }
        }
        stocked: createInventoryItem(input: { sku: "ERRORS-STOCKED", locationLevels: [{ locationId: $location, stockedQuantity: 5 }] }) {
          ... on InventoryItemPayload { inventoryItem { id locationLevels { id } } }
        }
        reserved: createInventoryItem(input: { sku: "ERRORS-RESERVED", locationLevels: [{ locationId: $location }] }) {
          ... on InventoryItemPayload { inventoryItem { id } }
        }
      }`,
      { location },
    );
    const variants = made.product.product.variants;
    const variantS = variants.find((variant) => variant.sku === 'ERRORS-S');
    const variantM = variants.find((variant) => variant.sku === 'ERRORS-M');
    if (!variantS || !variantM) throw new Error(`variants not made: ${JSON.stringify(made)}`);
    const reservedItem = made.reserved.inventoryItem.id;
    await prisma.reservationItem.create({
      data: {
        id: newId('reservationItem'),
        inventoryItemId: reservedItem,
        locationId: location,
        quantity: 1,
        rawQuantity: { value: '1', precision: 20 },
      },
    });
    fixture = {
      location,
      stockedItem: made.stocked.inventoryItem.id,
      stockedLevel: made.stocked.inventoryItem.locationLevels[0].id,
      bareItem: variantS.inventoryItems[0].inventoryItemId,
      reservedItem,
      product: made.product.product.id,
      otherProduct: made.other.product.id,
      otherHandle: made.other.product.handle,
      variantS: variantS.id,
      variantM: variantM.id,
    };
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('has a case for every mutation, and each union lists exactly the errors provoked here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(mutationFields).sort());
    for (const [mutation, cases] of Object.entries(CASES)) {
      expect(unionErrors(mutation), mutation).toEqual(Object.keys(cases).sort());
    }
  });

  for (const [mutation, cases] of Object.entries(CASES)) {
    for (const [errorType, input] of Object.entries(cases)) {
      it(`${mutation} returns ${errorType}, and changes nothing`, async () => {
        const before = await tableCounts(server.gateway.db.prisma);
        const response = await server.gql<{ result: Record<string, unknown> }>(document(mutation), {
          input: input?.(fixture),
        });
        const context = JSON.stringify(response);
        expect(response.errors, context).toBeUndefined();
        expect(response.data?.result.__typename, context).toBe(errorType);
        expect(String(response.data?.result.message).trim(), context).not.toBe('');
        expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
      });
    }
  }
});
