import { InvalidDataError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { LIVE } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import { rawNumber, rawNumberOrNull, requireNonNegativeQuantity } from './rules.js';

export interface PriceRuleInput {
  attribute: string;
  value: string;
}

export interface PriceInput {
  /** On update: the price to change; absent for a new price. */
  id?: string | null;
  currencyCode: string;
  amount: number;
  minQuantity?: number | null;
  maxQuantity?: number | null;
  rules?: PriceRuleInput[] | null;
}

/** A new price set with its prices, linked to the variant as Medusa's pricing link does. */
export async function createVariantPriceSet(
  tx: Tx,
  variantId: string,
  prices: PriceInput[],
  path: string[],
): Promise<void> {
  const priceSet = await tx.priceSet.create({ data: { id: newId('priceSet') } });
  await tx.productVariantPriceSet.create({
    data: { id: newId('productVariantPriceSet'), variantId, priceSetId: priceSet.id },
  });
  for (const [index, price] of prices.entries()) {
    await createPrice(tx, priceSet.id, price, [...path, String(index)]);
  }
}

/**
 * Makes the variant's prices exactly the given list: a price with an id is updated, one without
 * is created, and live prices not listed are deleted. Price-list prices are not touched.
 * Medusa's pricing module deletes replaced prices and rules outright (not softly), and so do we,
 * so that Medusa and the gateway leave the same rows behind.
 */
export async function replaceVariantPrices(
  tx: Tx,
  variantId: string,
  prices: PriceInput[],
  path: string[],
): Promise<void> {
  const link = await tx.productVariantPriceSet.findFirst({
    where: { variantId, ...LIVE, priceSet: LIVE },
  });
  if (!link) return createVariantPriceSet(tx, variantId, prices, path);
  const existing = await tx.price.findMany({
    where: { priceSetId: link.priceSetId, priceListId: null, ...LIVE },
    select: { id: true },
  });
  const existingIds = new Set(existing.map((price) => price.id));
  const keptIds = new Set<string>();
  for (const [index, price] of prices.entries()) {
    const pricePath = [...path, String(index)];
    if (!price.id) {
      await createPrice(tx, link.priceSetId, price, pricePath);
      continue;
    }
    if (!existingIds.has(price.id)) {
      throw new NotFoundError(`Price with id "${price.id}" is not a price of this variant`, [...pricePath, 'id']);
    }
    keptIds.add(price.id);
    await updatePrice(tx, price.id, price, pricePath);
  }
  const removed = [...existingIds].filter((id) => !keptIds.has(id));
  if (removed.length > 0) await hardDeletePrices(tx, removed);
}

/** Soft-deletes the variant's price set link, the price set and its prices. */
export async function deleteVariantPrices(tx: Tx, variantId: string, now: Date): Promise<void> {
  const links = await tx.productVariantPriceSet.findMany({ where: { variantId, ...LIVE } });
  const priceSetIds = links.map((link) => link.priceSetId);
  await tx.productVariantPriceSet.updateMany({ where: { variantId, ...LIVE }, data: { deletedAt: now } });
  await tx.priceSet.updateMany({ where: { id: { in: priceSetIds }, ...LIVE }, data: { deletedAt: now } });
  const prices = await tx.price.findMany({
    where: { priceSetId: { in: priceSetIds }, ...LIVE },
    select: { id: true },
  });
  await softDeletePrices(
    tx,
    prices.map((price) => price.id),
    now,
  );
}

async function createPrice(tx: Tx, priceSetId: string, price: PriceInput, path: string[]): Promise<void> {
  const values = validPrice(price, path);
  const rules = price.rules ?? [];
  const created = await tx.price.create({
    data: { id: newId('price'), priceSetId, ...values, rulesCount: rules.length },
  });
  await createRules(tx, created.id, rules);
}

async function updatePrice(tx: Tx, id: string, price: PriceInput, path: string[]): Promise<void> {
  const values = validPrice(price, path);
  const data = { ...values, ...(price.rules ? { rulesCount: price.rules.length } : {}) };
  await tx.price.update({ where: { id }, data });
  if (price.rules) {
    await tx.priceRule.deleteMany({ where: { priceId: id } });
    await createRules(tx, id, price.rules);
  }
}

async function createRules(tx: Tx, priceId: string, rules: PriceRuleInput[]): Promise<void> {
  if (rules.length === 0) return;
  await tx.priceRule.createMany({
    data: rules.map((rule) => ({ id: newId('priceRule'), priceId, attribute: rule.attribute, value: rule.value })),
  });
}

async function hardDeletePrices(tx: Tx, ids: string[]): Promise<void> {
  await tx.priceRule.deleteMany({ where: { priceId: { in: ids } } });
  await tx.price.deleteMany({ where: { id: { in: ids } } });
}

async function softDeletePrices(tx: Tx, ids: string[], now = new Date()): Promise<void> {
  await tx.priceRule.updateMany({ where: { priceId: { in: ids }, ...LIVE }, data: { deletedAt: now } });
  await tx.price.updateMany({ where: { id: { in: ids } }, data: { deletedAt: now } });
}

function validPrice(price: PriceInput, path: string[]) {
  const currencyCode = price.currencyCode.trim().toLowerCase();
  if (!/^[a-z]{3}$/.test(currencyCode)) {
    throw new InvalidDataError(`currencyCode must be a three-letter ISO 4217 code (got "${price.currencyCode}")`, [
      ...path,
      'currencyCode',
    ]);
  }
  if (!Number.isFinite(price.amount) || price.amount < 0) {
    throw new InvalidDataError(`amount must be 0 or more (got ${price.amount})`, [...path, 'amount']);
  }
  const minQuantity = optionalQuantity(price.minQuantity, [...path, 'minQuantity']);
  const maxQuantity = optionalQuantity(price.maxQuantity, [...path, 'maxQuantity']);
  if (minQuantity !== null && maxQuantity !== null && minQuantity > maxQuantity) {
    throw new InvalidDataError(`minQuantity (${minQuantity}) must not exceed maxQuantity (${maxQuantity})`, [
      ...path,
      'minQuantity',
    ]);
  }
  for (const [index, rule] of (price.rules ?? []).entries()) {
    if (!rule.attribute.trim() || !rule.value.trim()) {
      throw new InvalidDataError('A price rule needs an attribute and a value', [...path, 'rules', String(index)]);
    }
  }
  return {
    currencyCode,
    amount: price.amount,
    rawAmount: rawNumber(price.amount),
    minQuantity,
    maxQuantity,
    rawMinQuantity: rawNumberOrNull(minQuantity),
    rawMaxQuantity: rawNumberOrNull(maxQuantity),
  };
}

function optionalQuantity(value: number | null | undefined, path: string[]): number | null {
  return value === null || value === undefined ? null : requireNonNegativeQuantity(value, path);
}
