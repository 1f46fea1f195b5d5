import { DuplicateError, InvalidDataError, NotAllowedError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { LIVE, requireAllLive, requireLive } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import type { ProductVariant } from '../generated/prisma/client.js';
import type { Mutation } from '../modules/describe.js';
import { INVENTORY_ITEM } from '../modules/inventory-item/description.js';
import { VARIANT } from '../modules/variant/description.js';
import { copiedFromVariant, type WrittenFields, writtenValues } from './columns.js';
import { skuTaken } from './inventory.js';
import { createVariantPriceSet, deleteVariantPrices, type PriceInput, replaceVariantPrices } from './prices.js';
import { rawNumber, requireNonNegativeQuantity, requirePositiveQuantity } from './rules.js';
import { liveOthers, type UniqueViolation, uniqueOr, violates } from './unique.js';
import { findLiveVariant } from './variant-links.js';
import { assertNewCombination, type OptionChoice, resolveOptionChoices } from './variant-options.js';

/** The variant's own columns, as the API names them; absent means "leave as is" on update. */
export type VariantFields = WrittenFields<typeof VARIANT>;

export interface InventoryItemRef {
  inventoryItemId: string;
  requiredQuantity: number;
}

export interface CreateVariantInput extends WrittenFields<typeof VARIANT, 'create'> {
  prices?: PriceInput[] | null;
  options?: OptionChoice[] | null;
  inventoryItems?: InventoryItemRef[] | null;
}

export interface UpdateVariantInput extends WrittenFields<typeof VARIANT, 'update'> {
  prices?: PriceInput[] | null;
  options?: OptionChoice[] | null;
  /** Medusa v1: the stock of the variant's one inventory item at its one location. */
  inventoryQuantity?: number | null;
}

const UNIQUE_CODES = ['sku', 'ean', 'upc', 'barcode'] as const;

export async function requireLiveProduct(tx: Tx, productId: string, path: string[] = ['productId']) {
  return requireLive(
    (live) => tx.product.findFirst({ where: { id: productId, ...live }, select: { id: true } }),
    () => new NotFoundError(`Product with id "${productId}" not found`, path),
  );
}

/**
 * Creates a variant with Medusa's rules: valid options in a new combination, unique codes, a price
 * set with its prices, and, when its inventory is managed, either links to the listed inventory
 * items or a new inventory item made from the variant's fields, needed once per unit.
 */
export async function createVariant(
  tx: Tx,
  productId: string,
  input: CreateVariantInput,
  path: string[],
): Promise<string> {
  await requireLiveProduct(tx, productId);
  const title = requiredTitle(input.title, path);
  const valueIds = input.options?.length
    ? await resolveOptionChoices(tx, productId, input.options, title, [...path, 'options'])
    : [];
  await assertNewCombination(tx, productId, valueIds, [...path, 'options']);
  await assertUniqueCodes(tx, input, path);
  const manageInventory = input.manageInventory ?? true;
  const itemRefs = manageInventory
    ? await validItemRefs(tx, input.inventoryItems ?? [], [...path, 'inventoryItems'])
    : [];

  // One timestamp for the variant and an inventory item made for it marks that item as its own.
  const now = new Date();
  const variant = await uniqueOr(
    tx.productVariant.create({
      data: {
        id: newId('productVariant'),
        productId,
        ...columns('create', input, path),
        title,
        manageInventory,
        allowBackorder: input.allowBackorder ?? false,
        variantRank: input.variantRank ?? 0,
        createdAt: now,
        updatedAt: now,
      },
    }),
    (violation) => codeTaken(input, violation, path),
  );
  if (valueIds.length > 0) {
    await tx.productVariantOption.createMany({
      data: valueIds.map((optionValueId) => ({ variantId: variant.id, optionValueId })),
    });
  }
  await createVariantPriceSet(tx, variant.id, input.prices ?? [], [...path, 'prices']);
  if (manageInventory) {
    const links =
      itemRefs.length > 0
        ? itemRefs
        : [{ inventoryItemId: await createOwnInventoryItem(tx, variant, path), requiredQuantity: 1 }];
    await tx.productVariantInventoryItem.createMany({
      data: links.map((link) => ({ id: newId('productVariantInventoryItem'), variantId: variant.id, ...link })),
    });
  }
  return variant.id;
}

/**
 * Patches a variant. Options are checked again and replace the old ones; prices, when given,
 * become exactly the listed ones. Turning inventory management off dismisses the inventory links.
 */
export async function updateVariant(
  tx: Tx,
  variantId: string,
  input: UpdateVariantInput,
  path: string[],
  productId?: string | null,
): Promise<string> {
  const variant = await findLiveVariant(tx, variantId, productId, [...path, 'id']);
  const current = await tx.productVariant.findUniqueOrThrow({ where: { id: variantId } });
  if (input.title !== undefined) requiredTitle(input.title, path);
  await assertUniqueCodes(tx, input, path, variantId);
  if (input.options && variant.productId) {
    const title = input.title ?? current.title;
    const valueIds = await resolveOptionChoices(tx, variant.productId, input.options, title, [...path, 'options']);
    await assertNewCombination(tx, variant.productId, valueIds, [...path, 'options'], variantId);
    await tx.productVariantOption.deleteMany({ where: { variantId } });
    await tx.productVariantOption.createMany({ data: valueIds.map((optionValueId) => ({ variantId, optionValueId })) });
  }
  if (input.prices) await replaceVariantPrices(tx, variantId, input.prices, [...path, 'prices']);
  if (typeof input.inventoryQuantity === 'number') {
    await setSingleStock(
      tx,
      variantId,
      requireNonNegativeQuantity(input.inventoryQuantity, [...path, 'inventoryQuantity']),
    );
  }
  if (input.manageInventory === false && current.manageInventory) {
    await tx.productVariantInventoryItem.updateMany({
      where: { variantId, ...LIVE },
      data: { deletedAt: new Date() },
    });
  }
  await uniqueOr(
    tx.productVariant.update({
      where: { id: variantId },
      data: {
        ...columns('update', input, path),
        ...(typeof input.title === 'string' ? { title: input.title.trim() } : {}),
      },
    }),
    (violation) => codeTaken(input, violation, path),
  );
  return variantId;
}

/**
 * Soft-deletes a variant with its price set and inventory links, and the inventory items that
 * were made for it and serve no other variant (unless they hold reservations).
 */
export async function deleteVariant(
  tx: Tx,
  variantId: string,
  productId?: string | null,
  path: string[] = ['id'],
): Promise<string> {
  await findLiveVariant(tx, variantId, productId, path);
  const variant = await tx.productVariant.findUniqueOrThrow({ where: { id: variantId } });
  const now = new Date();
  const links = await tx.productVariantInventoryItem.findMany({ where: { variantId, ...LIVE } });
  await tx.productVariantInventoryItem.updateMany({ where: { variantId, ...LIVE }, data: { deletedAt: now } });
  await deleteVariantPrices(tx, variantId, now);
  await tx.productVariant.update({ where: { id: variantId }, data: { deletedAt: now } });
  const ownItems = await tx.inventoryItem.findMany({
    where: {
      id: { in: links.map((link) => link.inventoryItemId) },
      ...LIVE,
      createdAt: variant.createdAt,
      variantLinks: { none: { ...LIVE, variant: LIVE } },
      reservationItems: { none: LIVE },
    },
    select: { id: true },
  });
  const itemIds = ownItems.map((item) => item.id);
  if (itemIds.length > 0) {
    await tx.inventoryLevel.updateMany({
      where: { inventoryItemId: { in: itemIds }, ...LIVE },
      data: { deletedAt: now },
    });
    await tx.inventoryItem.updateMany({ where: { id: { in: itemIds } }, data: { deletedAt: now } });
  }
  return variantId;
}

export interface VariantBatch {
  create: CreateVariantInput[];
  update: (UpdateVariantInput & { id: string })[];
  delete: string[];
}

/** Deletes, then updates, then creates, so a batch can reuse a sku it frees; all or nothing. */
export async function batchVariants(tx: Tx, productId: string, batch: VariantBatch) {
  await requireLiveProduct(tx, productId);
  const deleted = [];
  for (const [index, id] of batch.delete.entries()) {
    deleted.push(await deleteVariant(tx, id, productId, ['delete', String(index)]));
  }
  const updated = [];
  for (const [index, input] of batch.update.entries()) {
    updated.push(await updateVariant(tx, input.id, input, ['update', String(index)], productId));
  }
  const created = [];
  for (const [index, input] of batch.create.entries()) {
    created.push(await createVariant(tx, productId, input, ['create', String(index)]));
  }
  return { created, updated, deleted };
}

/**
 * Medusa v1 set a variant's stock directly. In v2 stock belongs to inventory items at locations,
 * so this is only unambiguous for a variant made of one unit of one item stocked at one location.
 */
async function setSingleStock(tx: Tx, variantId: string, stocked: number): Promise<void> {
  const links = await tx.productVariantInventoryItem.findMany({
    where: { variantId, ...LIVE, inventoryItem: LIVE },
    include: { inventoryItem: { include: { locationLevels: { where: LIVE } } } },
  });
  const [link] = links;
  if (links.length !== 1 || !link.requiredQuantity.equals(1)) {
    throw new NotAllowedError(
      `inventory_quantity can only be set for a variant made of one unit of one inventory item; this one has ${links.length} inventory item link(s)`,
      ['inventoryQuantity'],
    );
  }
  const levels = link.inventoryItem.locationLevels;
  if (levels.length !== 1) {
    throw new NotAllowedError(
      `inventory_quantity can only be set for an inventory item stocked at exactly one location; ${link.inventoryItemId} is stocked at ${levels.length}`,
      ['inventoryQuantity'],
    );
  }
  await tx.inventoryLevel.update({
    where: { id: levels[0].id },
    data: { stockedQuantity: stocked, rawStockedQuantity: rawNumber(stocked) },
  });
}

function requiredTitle(title: string | null | undefined, path: string[]): string {
  const trimmed = title?.trim();
  if (!trimmed) throw new InvalidDataError('title must not be empty', [...path, 'title']);
  return trimmed;
}

/** The plain columns of the input, checked; the title, trimmed and required, is the caller's. */
const columns = (mutation: Mutation, input: VariantFields, path: string[]) =>
  writtenValues(VARIANT, mutation, input, path, ['title']);

/** sku, ean, upc and barcode are each unique among live variants. */
async function assertUniqueCodes(tx: Tx, input: VariantFields, path: string[], exceptVariantId?: string) {
  for (const code of UNIQUE_CODES) {
    const value = input[code];
    if (!value) continue;
    const clash = await tx.productVariant.findFirst({
      where: { [code]: value, ...liveOthers(exceptVariantId) },
      select: { id: true },
    });
    if (clash) throw codeError(code, value, path);
  }
}

const codeError = (code: (typeof UNIQUE_CODES)[number], value: string, path: string[]) =>
  new DuplicateError(`Product variant with ${code}: ${value}, already exists.`, [...path, code]);

/** The error of assertUniqueCodes for the code a concurrent variant took after the check. */
function codeTaken(input: VariantFields, violation: UniqueViolation, path: string[]) {
  const code = UNIQUE_CODES.find((candidate) => input[candidate] && violates(violation, candidate));
  return code ? codeError(code, String(input[code]), path) : null;
}

async function validItemRefs(tx: Tx, refs: InventoryItemRef[], path: string[]): Promise<InventoryItemRef[]> {
  const seen = new Set<string>();
  for (const [index, ref] of refs.entries()) {
    requirePositiveQuantity(ref.requiredQuantity, [...path, String(index), 'requiredQuantity']);
    if (seen.has(ref.inventoryItemId)) {
      throw new InvalidDataError(`Cannot associate duplicate inventory item ${ref.inventoryItemId} to a variant`, [
        ...path,
        String(index),
        'inventoryItemId',
      ]);
    }
    seen.add(ref.inventoryItemId);
  }
  const ids = [...seen];
  await requireAllLive(
    ids,
    (live) => tx.inventoryItem.findMany({ where: { id: { in: ids }, ...live }, select: { id: true } }),
    (missing) => new InvalidDataError(`Inventory Items with ids: ${missing.join(', ')} was not found`, path),
  );
  return refs.map(({ inventoryItemId, requiredQuantity }) => ({ inventoryItemId, requiredQuantity }));
}

/**
 * The inventory item Medusa makes for a managed variant that lists none: the columns its
 * description fills from the variant, no stock yet.
 */
async function createOwnInventoryItem(tx: Tx, variant: ProductVariant, path: string[]): Promise<string> {
  const skuPath = [...path, 'sku'];
  if (variant.sku) {
    const clash = await tx.inventoryItem.findFirst({
      where: { sku: variant.sku, ...LIVE },
      select: { id: true },
    });
    if (clash) throw skuTaken(variant.sku, skuPath);
  }
  const created = tx.inventoryItem.create({
    data: {
      id: newId('inventoryItem'),
      ...copiedFromVariant(INVENTORY_ITEM, variant),
      requiresShipping: true,
      createdAt: variant.createdAt,
      updatedAt: variant.createdAt,
    },
  });
  const item = await uniqueOr(created, () => skuTaken(String(variant.sku), skuPath));
  return item.id;
}
