import { InvalidDataError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { requireLive } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import { requirePositiveQuantity } from './rules.js';

export interface LinkKey {
  variantId: string;
  inventoryItemId: string;
  /** When given, the variant must belong to this product (the REST routes nest variants under products). */
  productId?: string | null;
}

export interface LinkInput extends LinkKey {
  requiredQuantity: number;
}

/** A live variant, or NOT_FOUND (also when it belongs to another product than the one named). */
export async function findLiveVariant(tx: Tx, variantId: string, productId?: string | null, path = ['variantId']) {
  return requireLive(
    (live) =>
      tx.productVariant.findFirst({
        where: { id: variantId, ...live, ...(productId ? { productId } : {}) },
        select: { id: true, productId: true, manageInventory: true },
      }),
    () => {
      const owner = productId ? ` of product ${productId}` : '';
      return new NotFoundError(`Variant with id "${variantId}"${owner} not found`, path);
    },
  );
}

async function requireLiveInventoryItem(tx: Tx, inventoryItemId: string, path: string[]) {
  await requireLive(
    (live) => tx.inventoryItem.findFirst({ where: { id: inventoryItemId, ...live }, select: { id: true } }),
    () => new NotFoundError(`Inventory item with id "${inventoryItemId}" not found`, path),
  );
}

/**
 * Links a variant to an inventory item. An existing link is updated and a soft-deleted one
 * revived; either way its id is kept (Medusa would issue a new id on every upsert). One
 * INSERT ... ON CONFLICT, so that links of the same pair racing in any process all succeed: a
 * read-then-insert (Prisma's upsert) lets two of them insert, and the second one fails.
 */
export async function linkInventoryItem(tx: Tx, input: LinkInput, path: string[] = []) {
  const requiredQuantity = requirePositiveQuantity(input.requiredQuantity, [...path, 'requiredQuantity']);
  await findLiveVariant(tx, input.variantId, input.productId);
  await requireLiveInventoryItem(tx, input.inventoryItemId, [...path, 'inventoryItemId']);
  const [link] = await tx.$queryRaw<{ variantId: string; inventoryItemId: string }[]>`
    INSERT INTO product_variant_inventory_item AS link (id, variant_id, inventory_item_id, required_quantity)
    VALUES (${newId('productVariantInventoryItem')}, ${input.variantId}, ${input.inventoryItemId}, ${requiredQuantity}::integer)
    ON CONFLICT (variant_id, inventory_item_id) DO UPDATE
      SET required_quantity = EXCLUDED.required_quantity, deleted_at = NULL, updated_at = now()
    RETURNING link.variant_id AS "variantId", link.inventory_item_id AS "inventoryItemId"`;
  return link;
}

/** Changes the quantity of a live link; NOT_FOUND when the variant and item are not linked. */
export async function updateInventoryItemLink(tx: Tx, input: LinkInput, path: string[] = []) {
  const requiredQuantity = requirePositiveQuantity(input.requiredQuantity, [...path, 'requiredQuantity']);
  await findLiveVariant(tx, input.variantId, input.productId);
  const link = await liveLink(tx, input);
  return tx.productVariantInventoryItem.update({
    where: { variantId_inventoryItemId: keyOf(link) },
    data: { requiredQuantity },
  });
}

/** Soft-deletes a live link; NOT_FOUND when the variant and item are not linked. */
export async function unlinkInventoryItem(tx: Tx, input: LinkKey) {
  await findLiveVariant(tx, input.variantId, input.productId);
  const link = await liveLink(tx, input);
  return tx.productVariantInventoryItem.update({
    where: { variantId_inventoryItemId: keyOf(link) },
    data: { deletedAt: new Date() },
  });
}

export interface LinkBatch {
  create: LinkInput[];
  update: LinkInput[];
  delete: LinkKey[];
}

/** Creates, updates and deletes links together: all of them, or none when one fails. */
export async function batchInventoryItemLinks(tx: Tx, batch: LinkBatch) {
  rejectRepeatedPairs(batch);
  const created = [];
  for (const [index, input] of batch.create.entries())
    created.push(await linkInventoryItem(tx, input, ['create', String(index)]));
  const updated = [];
  for (const [index, input] of batch.update.entries()) {
    updated.push(await updateInventoryItemLink(tx, input, ['update', String(index)]));
  }
  const deleted = [];
  for (const input of batch.delete) deleted.push(await unlinkInventoryItem(tx, input));
  return { created, updated, deleted };
}

function rejectRepeatedPairs(batch: LinkBatch) {
  const seen = new Set<string>();
  const all = [...batch.create, ...batch.update, ...batch.delete];
  for (const link of all) {
    const pair = `${link.variantId}:${link.inventoryItemId}`;
    if (seen.has(pair)) {
      throw new InvalidDataError(
        `Variant ${link.variantId} and inventory item ${link.inventoryItemId} appear more than once in the batch`,
      );
    }
    seen.add(pair);
  }
}

async function liveLink(tx: Tx, key: LinkKey) {
  return requireLive(
    (live) =>
      tx.productVariantInventoryItem.findFirst({
        where: { variantId: key.variantId, inventoryItemId: key.inventoryItemId, ...live },
      }),
    () =>
      new NotFoundError(`Variant ${key.variantId} is not linked to inventory item ${key.inventoryItemId}`, [
        'inventoryItemId',
      ]),
  );
}

const keyOf = (link: { variantId: string; inventoryItemId: string }) => ({
  variantId: link.variantId,
  inventoryItemId: link.inventoryItemId,
});
