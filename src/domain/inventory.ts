import { DuplicateError, InvalidDataError, NotAllowedError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { LIVE, requireAllLive, requireLive } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Mutation } from '../modules/describe.js';
import { INVENTORY_ITEM } from '../modules/inventory-item/description.js';
import { type WrittenFields, writtenValues } from './columns.js';
import { rawNumber, requireNonNegativeQuantity } from './rules.js';
import { liveOthers, uniqueOr } from './unique.js';

/**
 * The columns of an inventory item a caller may set. Undefined leaves a column alone; null clears
 * it, except where the column cannot be null (requiresShipping): there null counts as not given.
 */
export type InventoryItemFields = WrittenFields<typeof INVENTORY_ITEM>;

/** Quantities of a level; absent or null means 0 on create and "unchanged" on update. */
export interface LevelQuantities {
  stockedQuantity?: number | null;
  incomingQuantity?: number | null;
}

export interface NewItemLevel extends LevelQuantities {
  locationId: string;
}

export interface CreateInventoryItemInput extends InventoryItemFields {
  locationLevels?: NewItemLevel[] | null;
}

export interface UpdateInventoryItemInput extends InventoryItemFields {
  id: string;
}

export interface LevelKey {
  inventoryItemId: string;
  locationId: string;
}

export interface LevelInput extends LevelKey, LevelQuantities {}

export interface DeleteLevelInput extends LevelKey {
  /** Deletes the level even though units are stocked there. */
  force?: boolean | null;
}

/** Creates an item and its levels at live stock locations. */
export async function createInventoryItem(tx: Tx, input: CreateInventoryItemInput, path: string[] = []) {
  const columns = itemColumns('create', input, path);
  const levels = (input.locationLevels ?? []).map((level, index) => ({
    locationId: level.locationId,
    ...newLevelQuantities(level, [...path, 'locationLevels', String(index)]),
  }));
  const locationIds = levels.map((level) => level.locationId);
  const locationPath = (index: number) => [...path, 'locationLevels', String(index), 'locationId'];
  rejectRepeatedLocations(locationIds, locationPath);
  if (typeof columns.sku === 'string') await requireFreeSku(tx, columns.sku, null, [...path, 'sku']);
  await requireLiveLocations(tx, locationIds, locationPath);
  const item = await uniqueOr(tx.inventoryItem.create({ data: { id: newId('inventoryItem'), ...columns } }), () =>
    skuTaken(String(columns.sku), [...path, 'sku']),
  );
  if (levels.length > 0) {
    await tx.inventoryLevel.createMany({ data: levels.map((level) => levelRow(item.id, level)) });
  }
  return item;
}

/** Changes the columns given of a live item. */
export async function updateInventoryItem(tx: Tx, input: UpdateInventoryItemInput, path: string[] = []) {
  const columns = itemColumns('update', input, path);
  await requireLiveItem(tx, input.id, `InventoryItem with id "${input.id}" not found`, [...path, 'id']);
  if (typeof columns.sku === 'string') await requireFreeSku(tx, columns.sku, input.id, [...path, 'sku']);
  return uniqueOr(tx.inventoryItem.update({ where: { id: input.id }, data: columns }), () =>
    skuTaken(String(columns.sku), [...path, 'sku']),
  );
}

/**
 * Soft-deletes a live item with its levels and its variant links, as Medusa's delete workflow
 * does; refused while reservations hold units of it.
 */
export async function deleteInventoryItem(tx: Tx, id: string, path: string[] = []) {
  await requireLiveItem(tx, id, `InventoryItem with id "${id}" not found`, [...path, 'id']);
  const reservation = await tx.reservationItem.findFirst({
    where: { inventoryItemId: id, ...LIVE },
    select: { id: true },
  });
  if (reservation) {
    throw new InvalidDataError(`Cannot remove following inventory item(s) since they have reservations: [${id}].`, [
      ...path,
      'id',
    ]);
  }
  // One instant for all three, so the rows read as deleted together.
  const deletedAt = new Date();
  await tx.inventoryLevel.updateMany({ where: { inventoryItemId: id, ...LIVE }, data: { deletedAt } });
  await tx.productVariantInventoryItem.updateMany({
    where: { inventoryItemId: id, ...LIVE },
    data: { deletedAt },
  });
  return tx.inventoryItem.update({ where: { id }, data: { deletedAt } });
}

/** Stocks a live item at a live location where it has no live level yet. */
export async function createInventoryLevel(tx: Tx, input: LevelInput, path: string[] = []) {
  const quantities = newLevelQuantities(input, path);
  const { inventoryItemId, locationId } = input;
  await requireLiveItem(
    tx,
    inventoryItemId,
    `You tried to set relationship inventory_item_id: ${inventoryItemId}, but such entity does not exist`,
    [...path, 'inventoryItemId'],
  );
  await requireLiveLocations(tx, [locationId], () => [...path, 'locationId']);
  const duplicate = () => levelTaken(input, [...path, 'locationId']);
  if (await findLiveLevel(tx, input)) throw duplicate();
  return uniqueOr(
    tx.inventoryLevel.create({ data: levelRow(inventoryItemId, { locationId, ...quantities }) }),
    duplicate,
  );
}

/** Sets the stocked and/or incoming units of a live level, with their raw twins. */
export async function updateInventoryLevel(tx: Tx, input: LevelInput, path: string[] = []) {
  const data: Prisma.InventoryLevelUpdateInput = {};
  if (input.stockedQuantity != null) {
    const stocked = requireNonNegativeQuantity(input.stockedQuantity, [...path, 'stockedQuantity']);
    data.stockedQuantity = stocked;
    data.rawStockedQuantity = rawNumber(stocked);
  }
  if (input.incomingQuantity != null) {
    const incoming = requireNonNegativeQuantity(input.incomingQuantity, [...path, 'incomingQuantity']);
    data.incomingQuantity = incoming;
    data.rawIncomingQuantity = rawNumber(incoming);
  }
  const level = await requireLive(
    () => findLiveLevel(tx, input),
    () =>
      new NotFoundError(`Item ${input.inventoryItemId} is not stocked at location ${input.locationId}`, [
        ...path,
        'locationId',
      ]),
  );
  return tx.inventoryLevel.update({ where: { id: level.id }, data });
}

/**
 * Soft-deletes a live level. The checks and their messages are those of Medusa 2.13+: the route
 * refuses reserved units, then the delete workflow refuses incoming units, and stocked units
 * unless forced.
 */
export async function deleteInventoryLevel(tx: Tx, input: DeleteLevelInput, path: string[] = []) {
  const { inventoryItemId, locationId } = input;
  const level = await requireLive(
    () => findLiveLevel(tx, input),
    () =>
      new NotFoundError(`Inventory Level for Item ${inventoryItemId} at Location ${locationId} not found`, [
        ...path,
        'locationId',
      ]),
  );
  if (level.reservedQuantity.gt(0)) {
    throw new NotAllowedError(
      `Cannot remove Inventory Level ${inventoryItemId} at Location ${locationId} because there are reservations at location`,
      [...path, 'locationId'],
    );
  }
  if (level.incomingQuantity.gt(0)) {
    throw new NotAllowedError(
      `Cannot remove Inventory Levels for ${locationId} because there are reserved or incoming items at the locations`,
      [...path, 'locationId'],
    );
  }
  if (level.stockedQuantity.gt(0) && !input.force) {
    throw new NotAllowedError(
      `Cannot remove Inventory Levels for ${locationId} because there are stocked items at the locations. Use force flag to delete anyway.`,
      [...path, 'force'],
    );
  }
  return tx.inventoryLevel.update({ where: { id: level.id }, data: { deletedAt: new Date() } });
}

const itemColumns = (mutation: Mutation, fields: InventoryItemFields, path: string[]) =>
  writtenValues(INVENTORY_ITEM, mutation, fields, path);

function newLevelQuantities(level: LevelQuantities, path: string[]) {
  return {
    stockedQuantity: requireNonNegativeQuantity(level.stockedQuantity ?? 0, [...path, 'stockedQuantity']),
    incomingQuantity: requireNonNegativeQuantity(level.incomingQuantity ?? 0, [...path, 'incomingQuantity']),
  };
}

function levelRow(
  inventoryItemId: string,
  level: { locationId: string; stockedQuantity: number; incomingQuantity: number },
): Prisma.InventoryLevelCreateManyInput {
  return {
    id: newId('inventoryLevel'),
    inventoryItemId,
    locationId: level.locationId,
    stockedQuantity: level.stockedQuantity,
    reservedQuantity: 0,
    incomingQuantity: level.incomingQuantity,
    rawStockedQuantity: rawNumber(level.stockedQuantity),
    rawReservedQuantity: rawNumber(0),
    rawIncomingQuantity: rawNumber(level.incomingQuantity),
  };
}

function rejectRepeatedLocations(locationIds: string[], pathOf: (index: number) => string[]) {
  const seen = new Set<string>();
  for (const [index, locationId] of locationIds.entries()) {
    if (seen.has(locationId)) {
      throw new InvalidDataError(`Location ${locationId} appears more than once in locationLevels`, pathOf(index));
    }
    seen.add(locationId);
  }
}

async function requireLiveItem(tx: Tx, id: string, message: string, path: string[]) {
  await requireLive(
    (live) => tx.inventoryItem.findFirst({ where: { id, ...live }, select: { id: true } }),
    () => new NotFoundError(message, path),
  );
}

/** NOT_FOUND naming every id that is not a live stock location, pointing at the first of them. */
async function requireLiveLocations(tx: Tx, locationIds: string[], pathOf: (index: number) => string[]) {
  await requireAllLive(
    locationIds,
    (live) => tx.stockLocation.findMany({ where: { id: { in: locationIds }, ...live }, select: { id: true } }),
    (missing) =>
      new NotFoundError(
        `Stock locations with ids: ${missing.join(', ')} was not found`,
        pathOf(locationIds.indexOf(missing[0])),
      ),
  );
}

async function requireFreeSku(tx: Tx, sku: string, exceptId: string | null, path: string[]) {
  const holder = await tx.inventoryItem.findFirst({
    where: { sku, ...liveOthers(exceptId) },
    select: { id: true },
  });
  if (holder) throw skuTaken(sku, path);
}

export const skuTaken = (sku: string, path: string[]) =>
  new DuplicateError(`Inventory item with sku: ${sku}, already exists.`, path);

const levelTaken = (key: LevelKey, path: string[]) =>
  new DuplicateError(
    `Inventory level with inventory_item_id: ${key.inventoryItemId}, location_id: ${key.locationId}, already exists.`,
    path,
  );

function findLiveLevel(tx: Tx, key: LevelKey) {
  return tx.inventoryLevel.findFirst({
    where: { inventoryItemId: key.inventoryItemId, locationId: key.locationId, ...LIVE },
  });
}
