import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const RESULT_FIELDS = `__typename
  ... on InventoryLevelPayload { inventoryLevel { id stockedQuantity } inventoryItem { id } }
  ... on MutationError { code message path }`;
const ADJUST = `mutation($item: ID!, $location: ID!, $delta: Int!, $expected: Int) {
  result: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: $delta, changeFromQuantity: $expected }) { ${RESULT_FIELDS} }
}`;
const SET = `mutation($item: ID!, $location: ID!, $stocked: Int!, $compare: Int) {
  result: setInventoryLevel(input: { inventoryItemId: $item, locationId: $location, stockedQuantity: $stocked, changeFromQuantity: $compare }) { ${RESULT_FIELDS} }
}`;

type Result = Record<string, unknown>;

describe('adjustInventoryLevel and setInventoryLevel', () => {
  let server: GraphQLTestServer;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];
  let location: string;

  /** A fresh item stocked with `stocked` units at the test location, written straight to the database. */
  const makeLevel = async (stocked: number) => {
    const item = await prisma.inventoryItem.create({ data: { id: newId('inventoryItem') } });
    await prisma.inventoryLevel.create({
      data: {
        id: newId('inventoryLevel'),
        inventoryItemId: item.id,
        locationId: location,
        stockedQuantity: stocked,
        rawStockedQuantity: { value: String(stocked), precision: 20 },
        updatedAt: new Date('2024-01-01T00:00:00Z'),
      },
    });
    return item.id;
  };
  const levelOf = (item: string) =>
    prisma.inventoryLevel.findFirstOrThrow({ where: { inventoryItemId: item, locationId: location } });
  const adjust = async (item: string, delta: number, expected?: number) =>
    (await server.data<{ result: Result }>(ADJUST, { item, location, delta, expected })).result;
  const set = async (item: string, stocked: number, compare?: number) =>
    (await server.data<{ result: Result }>(SET, { item, location, stocked, compare })).result;
  /** The mutation is refused with `error` and the level's row is exactly as before. */
  const expectRefused = async (item: string, send: () => Promise<Result>, error: Result) => {
    const before = await levelOf(item);
    expect(await send()).toEqual(error);
    expect(await levelOf(item)).toEqual(before);
  };

  beforeAll(async () => {
    server = await startGraphQLServer();
    prisma = server.gateway.db.prisma;
    location = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Berlin Warehouse' } })).id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('adds and removes units, keeping the raw twin and updated_at in step', async () => {
    const item = await makeLevel(10);
    const before = await levelOf(item);
    expect(await adjust(item, 5)).toEqual({
      __typename: 'InventoryLevelPayload',
      inventoryLevel: { id: before.id, stockedQuantity: 15 },
      inventoryItem: { id: item },
    });
    expect(await adjust(item, -15)).toMatchObject({ inventoryLevel: { stockedQuantity: 0 } });
    const after = await levelOf(item);
    expect(after.stockedQuantity.toNumber()).toBe(0);
    expect(after.rawStockedQuantity).toEqual({ value: '0', precision: 20 });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it('applies an adjustment when the expected quantity matches', async () => {
    const item = await makeLevel(7);
    expect(await adjust(item, 3, 7)).toMatchObject({ inventoryLevel: { stockedQuantity: 10 } });
    expect((await levelOf(item)).rawStockedQuantity).toEqual({ value: '10', precision: 20 });
  });

  it('refuses an adjustment with CONFLICT when the level holds another quantity, changing nothing', async () => {
    const item = await makeLevel(7);
    await expectRefused(item, () => adjust(item, 3, 6), {
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: 'The level holds 7 units, not the 6 expected: it changed since it was read; read it again and retry',
      path: ['input', 'changeFromQuantity'],
    });
  });

  it('refuses a result below 0 or above the integer range with INVALID_DATA', async () => {
    const item = await makeLevel(2);
    await expectRefused(item, () => adjust(item, -3), {
      __typename: 'InvalidDataError',
      code: 'INVALID_DATA',
      message: 'stockedQuantity would become -1, outside 0 to 2147483647',
      path: ['input', 'delta'],
    });
    const full = await makeLevel(2_147_483_000);
    await expectRefused(full, () => adjust(full, 1000), {
      __typename: 'InvalidDataError',
      code: 'INVALID_DATA',
      message: 'stockedQuantity would become 2147484000, outside 0 to 2147483647',
      path: ['input', 'delta'],
    });
  });

  it('answers NOT_FOUND for a level that does not exist or was deleted', async () => {
    const item = await makeLevel(4);
    const elsewhere = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Lisbon Store' } })).id;
    const missing = await server.data<{ result: Result }>(ADJUST, { item, location: elsewhere, delta: 1 });
    expect(missing.result).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      message: `Item ${item} is not stocked at location ${elsewhere}`,
      path: ['input', 'locationId'],
    });
    await prisma.inventoryLevel.updateMany({ where: { inventoryItemId: item }, data: { deletedAt: new Date() } });
    expect(await set(item, 1)).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sets the stocked quantity, with compare-and-set', async () => {
    const item = await makeLevel(5);
    expect(await set(item, 9)).toMatchObject({ inventoryLevel: { stockedQuantity: 9 } });
    expect(await set(item, 12, 9)).toMatchObject({ inventoryLevel: { stockedQuantity: 12 } });
    expect((await levelOf(item)).rawStockedQuantity).toEqual({ value: '12', precision: 20 });
    await expectRefused(item, () => set(item, 20, 9), {
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: 'The level holds 12 units, not the 9 expected: it changed since it was read; read it again and retry',
      path: ['input', 'changeFromQuantity'],
    });
  });

  it('refuses a negative quantity to set or compare with INVALID_DATA', async () => {
    const item = await makeLevel(5);
    await expectRefused(item, () => set(item, -1), {
      __typename: 'InvalidDataError',
      code: 'INVALID_DATA',
      message: 'stockedQuantity must be a whole number from 0 to 2147483647 (got -1)',
      path: ['input', 'stockedQuantity'],
    });
    await expectRefused(item, () => adjust(item, 1, -5), {
      __typename: 'InvalidDataError',
      code: 'INVALID_DATA',
      message: 'changeFromQuantity must be a whole number from 0 to 2147483647 (got -5)',
      path: ['input', 'changeFromQuantity'],
    });
  });
});
