import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { createInventoryItem, createInventoryLevel } from '../../src/domain/inventory.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const ERROR_FIELDS = '... on MutationError { code message path }';
const ITEM_FIELDS = `id sku title description requiresShipping weight metadata
  locationLevels { id locationId stockedQuantity reservedQuantity incomingQuantity }`;

const CREATE_ITEM = `mutation($input: CreateInventoryItemInput!) {
  createInventoryItem(input: $input) { __typename ... on InventoryItemPayload { inventoryItem { ${ITEM_FIELDS} } } ${ERROR_FIELDS} }
}`;
const UPDATE_ITEM = `mutation($input: UpdateInventoryItemInput!) {
  updateInventoryItem(input: $input) { __typename ... on InventoryItemPayload { inventoryItem { ${ITEM_FIELDS} } } ${ERROR_FIELDS} }
}`;
const DELETE_ITEM = `mutation($input: DeleteInventoryItemInput!) {
  deleteInventoryItem(input: $input) { __typename ... on DeleteInventoryItemPayload { id deleted } ${ERROR_FIELDS} }
}`;
const LEVEL_FIELDS = `... on InventoryLevelPayload {
  inventoryItem { id stockedQuantity }
  inventoryLevel { id locationId stockedQuantity reservedQuantity incomingQuantity }
}`;
const CREATE_LEVEL = `mutation($input: InventoryLevelInput!) {
  createInventoryLevel(input: $input) { __typename ${LEVEL_FIELDS} ${ERROR_FIELDS} }
}`;
const UPDATE_LEVEL = `mutation($input: InventoryLevelInput!) {
  updateInventoryLevel(input: $input) { __typename ${LEVEL_FIELDS} ${ERROR_FIELDS} }
}`;
const DELETE_LEVEL = `mutation($input: DeleteInventoryLevelInput!) {
  deleteInventoryLevel(input: $input) {
    __typename ... on DeleteInventoryLevelPayload { id deleted inventoryItem { id locationLevels { locationId } } }
    ${ERROR_FIELDS}
  }
}`;

const NOPE_ITEM = 'iitem_01JDNOPE000000000000000000';
const NOPE_LOCATION = 'sloc_01JDNOPE000000000000000000';

type Result = Record<string, unknown>;

describe('inventory item and level mutations', () => {
  let server: GraphQLTestServer;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];
  let berlin: string;
  let lisbon: string;

  /** Sends a mutation and returns its one result field (payload or typed error). */
  const mutate = async (query: string, input: Record<string, unknown>): Promise<Result> => {
    const data = await server.data<Record<string, Result>>(query, { input });
    return Object.values(data)[0];
  };
  /** Every row the mutations may touch, to show that a refused one changed nothing. */
  const snapshot = () =>
    Promise.all([
      prisma.inventoryItem.findMany({ orderBy: { id: 'asc' } }),
      prisma.inventoryLevel.findMany({ orderBy: { id: 'asc' } }),
      prisma.productVariantInventoryItem.findMany({ orderBy: { id: 'asc' } }),
    ]);
  const expectRefused = async (query: string, input: Record<string, unknown>, error: Result) => {
    const before = await snapshot();
    expect(await mutate(query, input)).toEqual(error);
    expect(await snapshot()).toEqual(before);
  };
  const itemId = async (sku: string) => (await prisma.inventoryItem.findFirstOrThrow({ where: { sku } })).id;
  /** A fresh item with levels written straight to the database. */
  const makeItem = async (sku: string, levels: Record<string, Partial<Prisma.InventoryLevelCreateManyInput>> = {}) => {
    const item = await prisma.inventoryItem.create({ data: { id: newId('inventoryItem'), sku } });
    for (const [locationId, level] of Object.entries(levels)) {
      await prisma.inventoryLevel.create({
        data: { id: newId('inventoryLevel'), inventoryItemId: item.id, locationId, ...level },
      });
    }
    return item.id;
  };

  beforeAll(async () => {
    server = await startGraphQLServer();
    prisma = server.gateway.db.prisma;
    berlin = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Berlin Warehouse' } })).id;
    lisbon = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Lisbon Store' } })).id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  describe('createInventoryItem', () => {
    it('creates an item with its levels and their raw twins', async () => {
      const result = await mutate(CREATE_ITEM, {
        sku: 'CAP-RED',
        title: 'Red cap',
        weight: 120,
        requiresShipping: false,
        metadata: { colour: 'red' },
        locationLevels: [
          { locationId: berlin, stockedQuantity: 40 },
          { locationId: lisbon, stockedQuantity: 7, incomingQuantity: 3 },
        ],
      });
      expect(result).toMatchObject({
        __typename: 'InventoryItemPayload',
        inventoryItem: {
          sku: 'CAP-RED',
          title: 'Red cap',
          description: null,
          requiresShipping: false,
          weight: 120,
          metadata: { colour: 'red' },
          locationLevels: [
            { locationId: berlin, stockedQuantity: 40, reservedQuantity: 0, incomingQuantity: 0 },
            { locationId: lisbon, stockedQuantity: 7, reservedQuantity: 0, incomingQuantity: 3 },
          ],
        },
      });
      const levels = await prisma.inventoryLevel.findMany({ where: { inventoryItemId: await itemId('CAP-RED') } });
      expect(levels.map((level) => level.id)).toEqual([
        expect.stringMatching(/^ilev_/),
        expect.stringMatching(/^ilev_/),
      ]);
      expect(levels.find((level) => level.locationId === lisbon)).toMatchObject({
        rawStockedQuantity: { value: '7', precision: 20 },
        rawReservedQuantity: { value: '0', precision: 20 },
        rawIncomingQuantity: { value: '3', precision: 20 },
      });
    });

    it('refuses a sku a live item has with DUPLICATE', async () => {
      await expectRefused(
        CREATE_ITEM,
        { sku: 'HOODIE-S', locationLevels: [{ locationId: berlin }] },
        {
          __typename: 'DuplicateError',
          code: 'DUPLICATE',
          message: 'Inventory item with sku: HOODIE-S, already exists.',
          path: ['input', 'sku'],
        },
      );
    });

    it('refuses a location that does not exist with NOT_FOUND', async () => {
      await expectRefused(
        CREATE_ITEM,
        { sku: 'CAP-BLUE', locationLevels: [{ locationId: berlin }, { locationId: NOPE_LOCATION }] },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `Stock locations with ids: ${NOPE_LOCATION} was not found`,
          path: ['input', 'locationLevels', '1', 'locationId'],
        },
      );
    });

    it('refuses a location named twice with INVALID_DATA', async () => {
      await expectRefused(
        CREATE_ITEM,
        { sku: 'CAP-BLUE', locationLevels: [{ locationId: berlin }, { locationId: berlin, stockedQuantity: 1 }] },
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: `Location ${berlin} appears more than once in locationLevels`,
          path: ['input', 'locationLevels', '1', 'locationId'],
        },
      );
    });

    it('refuses a negative quantity with INVALID_DATA', async () => {
      await expectRefused(
        CREATE_ITEM,
        { sku: 'CAP-BLUE', locationLevels: [{ locationId: berlin, incomingQuantity: -1 }] },
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: 'incomingQuantity must be a whole number from 0 to 2147483647 (got -1)',
          path: ['input', 'locationLevels', '0', 'incomingQuantity'],
        },
      );
    });

    it('refuses metadata that is not an object with INVALID_DATA', async () => {
      await expectRefused(
        CREATE_ITEM,
        { sku: 'CAP-BLUE', metadata: ['red'] },
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: 'metadata must be a JSON object or null',
          path: ['input', 'metadata'],
        },
      );
    });
  });

  describe('updateInventoryItem', () => {
    it('changes the fields given, clears those set to null, and keeps its own sku', async () => {
      const id = await makeItem('SCARF');
      await prisma.inventoryItem.update({ where: { id }, data: { description: 'Wool', title: 'Scarf' } });
      const result = await mutate(UPDATE_ITEM, { id, sku: 'SCARF', description: null, metadata: { season: 'winter' } });
      expect(result).toMatchObject({
        __typename: 'InventoryItemPayload',
        inventoryItem: { id, sku: 'SCARF', title: 'Scarf', description: null, metadata: { season: 'winter' } },
      });
    });

    it.each([
      ['unknown', async () => NOPE_ITEM],
      [
        'deleted',
        async () => {
          const id = await makeItem('SCARF-GONE');
          await prisma.inventoryItem.update({ where: { id }, data: { deletedAt: new Date() } });
          return id;
        },
      ],
    ])('refuses an %s item with NOT_FOUND', async (_kind, idOf) => {
      const id = await idOf();
      await expectRefused(
        UPDATE_ITEM,
        { id, title: 'x' },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `InventoryItem with id "${id}" not found`,
          path: ['input', 'id'],
        },
      );
    });

    it("refuses another live item's sku with DUPLICATE", async () => {
      const id = await makeItem('GLOVES');
      await expectRefused(
        UPDATE_ITEM,
        { id, sku: 'MUG-BLACK', title: 'Gloves' },
        {
          __typename: 'DuplicateError',
          code: 'DUPLICATE',
          message: 'Inventory item with sku: MUG-BLACK, already exists.',
          path: ['input', 'sku'],
        },
      );
    });
  });

  describe('deleteInventoryItem', () => {
    it('soft-deletes the item with its levels and variant links', async () => {
      const id = await itemId('HOODIE-L');
      expect(await mutate(DELETE_ITEM, { id })).toEqual({
        __typename: 'DeleteInventoryItemPayload',
        id,
        deleted: true,
      });
      const item = await prisma.inventoryItem.findUniqueOrThrow({
        where: { id },
        include: { locationLevels: true, variantLinks: true },
      });
      expect(item.deletedAt).toBeInstanceOf(Date);
      expect(item.locationLevels).toHaveLength(2);
      expect(item.variantLinks).toHaveLength(1);
      for (const row of [...item.locationLevels, ...item.variantLinks]) expect(row.deletedAt).toEqual(item.deletedAt);
      // The sku is free again: the unique index only covers live items.
      expect(await mutate(CREATE_ITEM, { sku: 'HOODIE-L' })).toMatchObject({ __typename: 'InventoryItemPayload' });
    });

    it('refuses an item with reservations with INVALID_DATA', async () => {
      const id = await itemId('TEE-BLACK-S');
      await expectRefused(
        DELETE_ITEM,
        { id },
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: `Cannot remove following inventory item(s) since they have reservations: [${id}].`,
          path: ['input', 'id'],
        },
      );
    });

    it('refuses an unknown item with NOT_FOUND', async () => {
      await expectRefused(
        DELETE_ITEM,
        { id: NOPE_ITEM },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `InventoryItem with id "${NOPE_ITEM}" not found`,
          path: ['input', 'id'],
        },
      );
    });
  });

  describe('createInventoryLevel', () => {
    it('stocks an item at a location, with raw twins', async () => {
      const id = await makeItem('BELT', { [berlin]: { stockedQuantity: 2 } });
      const result = await mutate(CREATE_LEVEL, { inventoryItemId: id, locationId: lisbon, stockedQuantity: 5 });
      expect(result).toMatchObject({
        __typename: 'InventoryLevelPayload',
        inventoryItem: { id, stockedQuantity: 7 },
        inventoryLevel: { locationId: lisbon, stockedQuantity: 5, reservedQuantity: 0, incomingQuantity: 0 },
      });
      const level = await prisma.inventoryLevel.findFirstOrThrow({
        where: { inventoryItemId: id, locationId: lisbon },
      });
      expect(level).toMatchObject({
        rawStockedQuantity: { value: '5', precision: 20 },
        rawReservedQuantity: { value: '0', precision: 20 },
        rawIncomingQuantity: { value: '0', precision: 20 },
      });
    });

    it('refuses an unknown item with NOT_FOUND', async () => {
      await expectRefused(
        CREATE_LEVEL,
        { inventoryItemId: NOPE_ITEM, locationId: berlin },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `You tried to set relationship inventory_item_id: ${NOPE_ITEM}, but such entity does not exist`,
          path: ['input', 'inventoryItemId'],
        },
      );
    });

    it('refuses an unknown location with NOT_FOUND', async () => {
      await expectRefused(
        CREATE_LEVEL,
        { inventoryItemId: await makeItem('BRACELET'), locationId: NOPE_LOCATION },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `Stock locations with ids: ${NOPE_LOCATION} was not found`,
          path: ['input', 'locationId'],
        },
      );
    });

    it('refuses a second live level at the same location with DUPLICATE', async () => {
      const id = await itemId('MUG-WHITE');
      await expectRefused(
        CREATE_LEVEL,
        { inventoryItemId: id, locationId: berlin, stockedQuantity: 1 },
        {
          __typename: 'DuplicateError',
          code: 'DUPLICATE',
          message: `Inventory level with inventory_item_id: ${id}, location_id: ${berlin}, already exists.`,
          path: ['input', 'locationId'],
        },
      );
    });

    it('refuses a negative quantity with INVALID_DATA', async () => {
      await expectRefused(
        CREATE_LEVEL,
        { inventoryItemId: await makeItem('BROOCH'), locationId: berlin, stockedQuantity: -4 },
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: 'stockedQuantity must be a whole number from 0 to 2147483647 (got -4)',
          path: ['input', 'stockedQuantity'],
        },
      );
    });
  });

  describe('updateInventoryLevel', () => {
    it('sets the quantities given and their raw twins, leaving the others', async () => {
      const id = await makeItem('SOCKS', { [berlin]: { stockedQuantity: 3, incomingQuantity: 4 } });
      const result = await mutate(UPDATE_LEVEL, { inventoryItemId: id, locationId: berlin, stockedQuantity: 99 });
      expect(result).toMatchObject({
        __typename: 'InventoryLevelPayload',
        inventoryLevel: { locationId: berlin, stockedQuantity: 99, incomingQuantity: 4 },
      });
      await mutate(UPDATE_LEVEL, { inventoryItemId: id, locationId: berlin, incomingQuantity: 0 });
      const level = await prisma.inventoryLevel.findFirstOrThrow({ where: { inventoryItemId: id } });
      expect(level.stockedQuantity.toNumber()).toBe(99);
      expect(level.incomingQuantity.toNumber()).toBe(0);
      expect(level.rawStockedQuantity).toEqual({ value: '99', precision: 20 });
      expect(level.rawIncomingQuantity).toEqual({ value: '0', precision: 20 });
    });

    it('refuses a location the item is not stocked at with NOT_FOUND', async () => {
      const id = await makeItem('TIE', { [berlin]: {} });
      await expectRefused(
        UPDATE_LEVEL,
        { inventoryItemId: id, locationId: lisbon, stockedQuantity: 1 },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `Item ${id} is not stocked at location ${lisbon}`,
          path: ['input', 'locationId'],
        },
      );
    });

    it('refuses a negative quantity with INVALID_DATA', async () => {
      const id = await itemId('MUG-BLACK');
      await expectRefused(
        UPDATE_LEVEL,
        { inventoryItemId: id, locationId: berlin, stockedQuantity: 1, incomingQuantity: -2 },
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: 'incomingQuantity must be a whole number from 0 to 2147483647 (got -2)',
          path: ['input', 'incomingQuantity'],
        },
      );
    });
  });

  describe('deleteInventoryLevel', () => {
    it('soft-deletes an empty level, and a stocked one when forced', async () => {
      const id = await makeItem('BAG', { [berlin]: {}, [lisbon]: { stockedQuantity: 6 } });
      const berlinLevel = await prisma.inventoryLevel.findFirstOrThrow({
        where: { inventoryItemId: id, locationId: berlin },
      });
      expect(await mutate(DELETE_LEVEL, { inventoryItemId: id, locationId: berlin })).toEqual({
        __typename: 'DeleteInventoryLevelPayload',
        id: berlinLevel.id,
        deleted: true,
        inventoryItem: { id, locationLevels: [{ locationId: lisbon }] },
      });
      expect(await mutate(DELETE_LEVEL, { inventoryItemId: id, locationId: lisbon, force: true })).toMatchObject({
        inventoryItem: { id, locationLevels: [] },
      });
      const levels = await prisma.inventoryLevel.findMany({ where: { inventoryItemId: id } });
      expect(levels.map((level) => level.deletedAt)).toEqual([expect.any(Date), expect.any(Date)]);
      // A deleted level leaves room for a new one at the same location.
      expect(await mutate(CREATE_LEVEL, { inventoryItemId: id, locationId: berlin })).toMatchObject({
        __typename: 'InventoryLevelPayload',
      });
    });

    it('refuses a level that does not exist with NOT_FOUND', async () => {
      await expectRefused(
        DELETE_LEVEL,
        { inventoryItemId: NOPE_ITEM, locationId: berlin },
        {
          __typename: 'NotFoundError',
          code: 'NOT_FOUND',
          message: `Inventory Level for Item ${NOPE_ITEM} at Location ${berlin} not found`,
          path: ['input', 'locationId'],
        },
      );
    });

    it('refuses a level with reserved units with NOT_ALLOWED, even when forced', async () => {
      const id = await itemId('TEE-BLACK-S');
      await expectRefused(
        DELETE_LEVEL,
        { inventoryItemId: id, locationId: berlin, force: true },
        {
          __typename: 'NotAllowedError',
          code: 'NOT_ALLOWED',
          message: `Cannot remove Inventory Level ${id} at Location ${berlin} because there are reservations at location`,
          path: ['input', 'locationId'],
        },
      );
    });

    it('refuses a level with incoming units with NOT_ALLOWED, even when forced', async () => {
      const id = await makeItem('WALLET', { [lisbon]: { incomingQuantity: 2 } });
      await expectRefused(
        DELETE_LEVEL,
        { inventoryItemId: id, locationId: lisbon, force: true },
        {
          __typename: 'NotAllowedError',
          code: 'NOT_ALLOWED',
          message: `Cannot remove Inventory Levels for ${lisbon} because there are reserved or incoming items at the locations`,
          path: ['input', 'locationId'],
        },
      );
    });

    it('refuses a level with stocked units with NOT_ALLOWED unless forced', async () => {
      const id = await itemId('HOODIE-M');
      await expectRefused(
        DELETE_LEVEL,
        { inventoryItemId: id, locationId: lisbon },
        {
          __typename: 'NotAllowedError',
          code: 'NOT_ALLOWED',
          message: `Cannot remove Inventory Levels for ${lisbon} because there are stocked items at the locations. Use force flag to delete anyway.`,
          path: ['input', 'force'],
        },
      );
    });
  });

  describe('a concurrent transaction taking the same unique value', () => {
    /** A transaction that cannot see one model's rows, as if another one had not committed them yet. */
    const blindTo = (tx: Prisma.TransactionClient, model: 'inventoryItem' | 'inventoryLevel') =>
      new Proxy(tx, {
        get: (target, key) =>
          key === model
            ? new Proxy(target[model], {
                get: (delegate, method) => (method === 'findFirst' ? async () => null : Reflect.get(delegate, method)),
              })
            : Reflect.get(target, key),
      });

    it('reports the unique index refusing a sku as DUPLICATE', async () => {
      const before = await snapshot();
      const attempt = prisma.$transaction((tx) =>
        createInventoryItem(blindTo(tx, 'inventoryItem'), { sku: 'MUG-WHITE' }),
      );
      await expect(attempt).rejects.toMatchObject({
        code: 'DUPLICATE',
        message: 'Inventory item with sku: MUG-WHITE, already exists.',
        path: ['sku'],
      });
      expect(await snapshot()).toEqual(before);
    });

    it('reports the unique index refusing a level as DUPLICATE', async () => {
      const id = await itemId('MUG-WHITE');
      const before = await snapshot();
      const attempt = prisma.$transaction((tx) =>
        createInventoryLevel(blindTo(tx, 'inventoryLevel'), { inventoryItemId: id, locationId: lisbon }),
      );
      await expect(attempt).rejects.toMatchObject({
        code: 'DUPLICATE',
        message: `Inventory level with inventory_item_id: ${id}, location_id: ${lisbon}, already exists.`,
      });
      expect(await snapshot()).toEqual(before);
    });
  });
});
