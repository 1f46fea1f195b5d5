import { NotAllowedError, NotFoundError } from '../core/errors.js';
import { LIVE, requireLive } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import { createInventoryLevel, deleteInventoryLevel, type LevelQuantities, updateInventoryLevel } from './inventory.js';

export interface BatchLevelCreate extends LevelQuantities {
  locationId: string;
}

export interface BatchLevelUpdate extends LevelQuantities {
  /** Optional, as in Medusa: the level is found by its location; an id given must name that level. */
  id?: string | null;
  locationId: string;
}

export interface InventoryLevelBatch {
  inventoryItemId: string;
  create: BatchLevelCreate[];
  update: BatchLevelUpdate[];
  /** Ids of levels of the item, as Medusa 2.13+ takes them (2.0 took location ids). */
  delete: string[];
  /** Deletes levels even though units are stocked there (never while reserved or incoming). */
  force: boolean;
}

/** A level of any item, as the batch of many items' levels names it. */
export interface ItemLevelCreate extends BatchLevelCreate {
  inventoryItemId: string;
}

export interface ItemLevelUpdate extends BatchLevelUpdate {
  inventoryItemId: string;
}

export interface LevelsOfItemsBatch {
  create: ItemLevelCreate[];
  update: ItemLevelUpdate[];
  /** Ids of levels, of any items. */
  delete: string[];
  force: boolean;
}

/**
 * Medusa 2.13+'s batch of one item's levels (batchInventoryItemLevelsWorkflow), run by the caller
 * in one transaction. Any refusal undoes the whole batch.
 */
export async function batchInventoryLevels(tx: Tx, batch: InventoryLevelBatch) {
  const { inventoryItemId } = batch;
  await requireLive(
    (live) => tx.inventoryItem.findFirst({ where: { id: inventoryItemId, ...live }, select: { id: true } }),
    () => new NotFoundError(`Inventory item with id: ${inventoryItemId} was not found`, ['input', 'inventoryItemId']),
  );
  const ofItem = <T>(level: T) => ({ ...level, inventoryItemId });
  return batchLevelsOfItems(
    tx,
    { create: batch.create.map(ofItem), update: batch.update.map(ofItem), delete: batch.delete, force: batch.force },
    inventoryItemId,
  );
}

/**
 * The same workflow over the levels of many items (POST /admin/inventory-items/location-levels/batch),
 * each entry naming its item, run by the caller in one transaction: deletes, then updates, then
 * creates, so a batch may empty a location and stock it again. `onlyItem` limits the deletes to
 * that item's levels.
 */
export async function batchLevelsOfItems(tx: Tx, batch: LevelsOfItemsBatch, onlyItem?: string) {
  const deleted = await deleteLevels(tx, [...new Set(batch.delete)], batch.force, onlyItem);
  const updated = [];
  for (const [index, update] of batch.update.entries()) {
    const path = ['input', 'update', String(index)];
    if (update.id) await requireLevelAt(tx, update.inventoryItemId, update.id, update.locationId, [...path, 'id']);
    updated.push(await updateInventoryLevel(tx, update, path));
  }
  const created = [];
  for (const [index, create] of batch.create.entries()) {
    created.push(await createInventoryLevel(tx, create, ['input', 'create', String(index)]));
  }
  return { created, updated, deleted };
}

/**
 * Checks the levels to delete together, with the messages of Medusa's deleteInventoryLevelsWorkflow
 * (reserved or incoming units first, then stocked units unless forced, each naming every location
 * concerned), then soft-deletes them one by one.
 */
async function deleteLevels(tx: Tx, ids: string[], force: boolean, onlyItem?: string) {
  if (ids.length === 0) return [];
  const levels = await tx.inventoryLevel.findMany({
    where: { id: { in: ids }, ...LIVE, ...(onlyItem ? { inventoryItemId: onlyItem } : {}) },
  });
  const byId = new Map(levels.map((level) => [level.id, level]));
  // Medusa deletes whatever its filter matches and ignores the other ids; a typo would pass unnoticed.
  const missing = ids.findIndex((id) => !byId.has(id));
  if (missing >= 0) {
    const ofItem = onlyItem ? ` for inventory item ${onlyItem}` : '';
    throw new NotFoundError(`Inventory level with id: ${ids[missing]} was not found${ofItem}`, [
      'input',
      'delete',
      String(missing),
    ]);
  }
  const inOrder = ids.flatMap((id) => byId.get(id) ?? []);
  const locationsOf = (rows: typeof levels) => [...new Set(rows.map((level) => level.locationId))].join(', ');
  const held = inOrder.filter((level) => level.reservedQuantity.gt(0) || level.incomingQuantity.gt(0));
  if (held.length > 0) {
    throw new NotAllowedError(
      `Cannot remove Inventory Levels for ${locationsOf(held)} because there are reserved or incoming items at the locations`,
      ['input', 'delete'],
    );
  }
  const stocked = inOrder.filter((level) => level.stockedQuantity.gt(0));
  if (stocked.length > 0 && !force) {
    throw new NotAllowedError(
      `Cannot remove Inventory Levels for ${locationsOf(stocked)} because there are stocked items at the locations. Use force flag to delete anyway.`,
      ['input', 'force'],
    );
  }
  // The batch checks above decided; force lets the single-level delete skip its own stocked check.
  for (const [index, level] of inOrder.entries()) {
    await deleteInventoryLevel(
      tx,
      { inventoryItemId: level.inventoryItemId, locationId: level.locationId, force: true },
      ['input', 'delete', String(index)],
    );
  }
  return ids;
}

/** An update's id, when given, must be the item's live level at the update's location. */
async function requireLevelAt(tx: Tx, inventoryItemId: string, id: string, locationId: string, path: string[]) {
  await requireLive(
    (live) =>
      tx.inventoryLevel.findFirst({ where: { id, inventoryItemId, locationId, ...live }, select: { id: true } }),
    () =>
      new NotFoundError(
        `Inventory level with id: ${id} was not found for inventory item ${inventoryItemId} at location ${locationId}`,
        path,
      ),
  );
}
