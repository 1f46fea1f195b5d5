import { newId } from '../core/ids.js';
import type { Tx } from '../core/tx.js';
import type { Progress } from '../db/migrations.js';
import { rawNumber } from '../domain/rules.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { OperatorError } from '../operator-error.js';
import {
  SEED_LOCATIONS,
  SEED_PRODUCTS,
  SEED_RESERVATION,
  SEED_SALES_CHANNEL,
  type SeedProduct,
  type SeedVariant,
} from './demo-catalog.js';

export class SeedRefusedError extends OperatorError {
  override name = 'SeedRefusedError';
}

export interface SeedSummary {
  products: number;
  variants: number;
  inventoryItems: number;
  stockLocations: number;
}

/** Rows of the catalog tables, deleted or not: a catalog with any of them is not ours to seed. */
export async function countCatalogRows(prisma: PrismaClient | Tx): Promise<number> {
  const [products, items, locations] = await Promise.all([
    prisma.product.count(),
    prisma.inventoryItem.count(),
    prisma.stockLocation.count(),
  ]);
  return products + items + locations;
}

/** Writes the demo catalog in one transaction; refuses a database that already holds a catalog. */
export async function seedDemoCatalog(prisma: PrismaClient, progress: Progress = () => {}): Promise<SeedSummary> {
  return prisma.$transaction(async (tx) => {
    const existing = await countCatalogRows(tx);
    if (existing > 0) {
      throw new SeedRefusedError(
        `The database already holds a catalog (${existing} products, inventory items and stock locations); ` +
          'the demo catalog is only written to an empty database. Use a new DATABASE_URL or PGLITE_DATA_DIR to seed.',
      );
    }
    const locationIds = await createLocations(tx);
    const salesChannelId = await createSalesChannel(tx, locationIds);
    const itemIdsBySku = new Map<string, string>();
    let variants = 0;
    for (const [index, product] of SEED_PRODUCTS.entries()) {
      variants += await createProduct(tx, product, salesChannelId, locationIds, itemIdsBySku);
      progress(`seeded product ${index + 1}/${SEED_PRODUCTS.length}: ${product.title}`);
    }
    await createReservation(tx, locationIds, itemIdsBySku);
    return {
      products: SEED_PRODUCTS.length,
      variants,
      inventoryItems: itemIdsBySku.size,
      stockLocations: locationIds.size,
    };
  });
}

async function createLocations(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const location of SEED_LOCATIONS) {
    const address = await tx.stockLocationAddress.create({
      data: { id: newId('stockLocationAddress'), ...location.address },
    });
    const created = await tx.stockLocation.create({
      data: { id: newId('stockLocation'), name: location.name, addressId: address.id },
    });
    ids.set(location.key, created.id);
  }
  return ids;
}

async function createSalesChannel(tx: Tx, locationIds: Map<string, string>): Promise<string> {
  const channel = await tx.salesChannel.create({
    data: { id: newId('salesChannel'), name: SEED_SALES_CHANNEL.name, description: SEED_SALES_CHANNEL.description },
  });
  await tx.salesChannelStockLocation.createMany({
    data: SEED_SALES_CHANNEL.locationKeys.map((key) => ({
      id: newId('salesChannelStockLocation'),
      salesChannelId: channel.id,
      stockLocationId: required(locationIds, key),
    })),
  });
  return channel.id;
}

async function createProduct(
  tx: Tx,
  seed: SeedProduct,
  salesChannelId: string,
  locationIds: Map<string, string>,
  itemIdsBySku: Map<string, string>,
): Promise<number> {
  const product = await tx.product.create({
    data: {
      id: newId('product'),
      title: seed.title,
      handle: seed.handle,
      description: seed.description,
      status: 'published',
    },
  });
  await tx.productSalesChannel.create({
    data: { id: newId('productSalesChannel'), productId: product.id, salesChannelId },
  });
  const valueIds = await createOptions(tx, product.id, seed.options);
  for (const [rank, variant] of seed.variants.entries()) {
    await createVariant(tx, product.id, rank, variant, valueIds, locationIds, itemIdsBySku);
  }
  return seed.variants.length;
}

/** Options created with a product are exclusive to it, as Medusa 2.21 makes them. Keyed "Title=value". */
async function createOptions(
  tx: Tx,
  productId: string,
  options: Record<string, string[]>,
): Promise<Map<string, string>> {
  const valueIds = new Map<string, string>();
  for (const [title, values] of Object.entries(options)) {
    const option = await tx.productOption.create({ data: { id: newId('productOption'), title, isExclusive: true } });
    const pivot = await tx.productProductOption.create({
      data: { id: newId('productProductOption'), productId, productOptionId: option.id },
    });
    const rows = values.map((value) => ({ id: newId('productOptionValue'), value, optionId: option.id }));
    await tx.productOptionValue.createMany({ data: rows });
    await tx.productProductOptionValue.createMany({
      data: rows.map((row) => ({
        id: newId('productProductOptionValue'),
        productProductOptionId: pivot.id,
        productOptionValueId: row.id,
      })),
    });
    for (const row of rows) valueIds.set(`${title}=${row.value}`, row.id);
  }
  return valueIds;
}

async function createVariant(
  tx: Tx,
  productId: string,
  rank: number,
  seed: SeedVariant,
  valueIds: Map<string, string>,
  locationIds: Map<string, string>,
  itemIdsBySku: Map<string, string>,
): Promise<void> {
  const variant = await tx.productVariant.create({
    data: {
      id: newId('productVariant'),
      productId,
      title: seed.title,
      sku: seed.sku,
      variantRank: rank,
      weight: seed.weight ?? null,
    },
  });
  await tx.productVariantOption.createMany({
    data: Object.entries(seed.options).map(([title, value]) => ({
      variantId: variant.id,
      optionValueId: required(valueIds, `${title}=${value}`),
    })),
  });
  await createPrices(tx, variant.id, seed);
  const link = seed.kitOf
    ? { inventoryItemId: required(itemIdsBySku, seed.kitOf.sku), requiredQuantity: seed.kitOf.requiredQuantity }
    : { inventoryItemId: await createInventoryItem(tx, seed, locationIds, itemIdsBySku), requiredQuantity: 1 };
  await tx.productVariantInventoryItem.create({
    data: { id: newId('productVariantInventoryItem'), variantId: variant.id, ...link },
  });
}

async function createPrices(tx: Tx, variantId: string, seed: SeedVariant): Promise<void> {
  const priceSet = await tx.priceSet.create({ data: { id: newId('priceSet') } });
  await tx.productVariantPriceSet.create({
    data: { id: newId('productVariantPriceSet'), variantId, priceSetId: priceSet.id },
  });
  for (const price of seed.prices) {
    const created = await tx.price.create({
      data: {
        id: newId('price'),
        priceSetId: priceSet.id,
        currencyCode: price.currencyCode,
        amount: price.amount,
        rawAmount: rawNumber(price.amount),
        rulesCount: price.regionId ? 1 : 0,
      },
    });
    if (price.regionId) {
      await tx.priceRule.create({
        data: {
          id: newId('priceRule'),
          priceId: created.id,
          attribute: 'region_id',
          value: price.regionId,
          operator: 'eq',
        },
      });
    }
  }
}

async function createInventoryItem(
  tx: Tx,
  seed: SeedVariant,
  locationIds: Map<string, string>,
  itemIdsBySku: Map<string, string>,
): Promise<string> {
  const item = await tx.inventoryItem.create({
    data: { id: newId('inventoryItem'), sku: seed.sku, title: seed.title, weight: seed.weight ?? null },
  });
  await tx.inventoryLevel.createMany({
    data: Object.entries(seed.stock ?? {}).map(([key, stocked]) => ({
      id: newId('inventoryLevel'),
      inventoryItemId: item.id,
      locationId: required(locationIds, key),
      stockedQuantity: stocked,
      rawStockedQuantity: rawNumber(stocked),
      rawReservedQuantity: rawNumber(0),
      rawIncomingQuantity: rawNumber(0),
    })),
  });
  itemIdsBySku.set(seed.sku, item.id);
  return item.id;
}

async function createReservation(tx: Tx, locationIds: Map<string, string>, itemIdsBySku: Map<string, string>) {
  const { sku, locationKey, quantity, lineItemId } = SEED_RESERVATION;
  const inventoryItemId = required(itemIdsBySku, sku);
  const locationId = required(locationIds, locationKey);
  await tx.reservationItem.create({
    data: {
      id: newId('reservationItem'),
      inventoryItemId,
      locationId,
      quantity,
      rawQuantity: rawNumber(quantity),
      lineItemId,
      description: 'Demo order',
    },
  });
  await tx.inventoryLevel.updateMany({
    where: { inventoryItemId, locationId },
    data: { reservedQuantity: quantity, rawReservedQuantity: rawNumber(quantity) },
  });
}

function required(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo catalog refers to unknown "${key}"`);
  return value;
}
