import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedRefusedError, seedDemoCatalog } from '../../src/seed/demo.js';
import { SEED_REGION_ID } from '../../src/seed/demo-catalog.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

describe('the demo catalog', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase({ migrate: true });
    await seedDemoCatalog(db.prisma);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('has two stock locations with addresses and a sales channel selling from one of them', async () => {
    const locations = await db.prisma.stockLocation.findMany({ include: { address: true, salesChannelLinks: true } });
    expect(locations).toHaveLength(2);
    expect(locations.every((l) => l.address?.countryCode)).toBe(true);
    const channels = await db.prisma.salesChannel.findMany({ include: { stockLocationLinks: true } });
    expect(channels).toHaveLength(1);
    expect(channels[0].stockLocationLinks).toHaveLength(1);
    expect(channels[0].stockLocationLinks[0].id).toMatch(/^scloc_/);
  });

  it('has three products whose variants cover their option combinations once each', async () => {
    const products = await db.prisma.product.findMany({
      include: {
        optionLinks: { include: { option: true, valueLinks: true } },
        variants: { include: { optionValueLinks: { include: { optionValue: { include: { option: true } } } } } },
        salesChannelLinks: true,
      },
    });
    expect(products).toHaveLength(3);
    expect(products.reduce((n, p) => n + p.variants.length, 0)).toBe(10);
    const tee = products.find((p) => p.handle === 't-shirt');
    expect(tee?.optionLinks.map((l) => l.option.title).sort()).toEqual(['Color', 'Size']);
    for (const product of products) {
      expect(product.salesChannelLinks).toHaveLength(1);
      const combinations = product.variants.map((v) =>
        v.optionValueLinks
          .map((l) => `${l.optionValue.option?.title}=${l.optionValue.value}`)
          .sort()
          .join(','),
      );
      expect(new Set(combinations).size).toBe(product.variants.length);
      for (const variant of product.variants) expect(variant.optionValueLinks).toHaveLength(product.optionLinks.length);
    }
  });

  it('prices every variant in EUR and USD through a linked price set, with raw amounts', async () => {
    const variants = await db.prisma.productVariant.findMany({
      include: { priceSetLinks: { include: { priceSet: { include: { prices: { include: { rules: true } } } } } } },
    });
    for (const variant of variants) {
      expect(variant.priceSetLinks).toHaveLength(1);
      const prices = variant.priceSetLinks[0].priceSet.prices;
      expect(new Set(prices.map((p) => p.currencyCode))).toEqual(new Set(['eur', 'usd']));
      for (const price of prices) expect(price.rawAmount).toEqual({ value: price.amount.toString(), precision: 20 });
    }
    const ruled = variants.flatMap((v) => v.priceSetLinks[0].priceSet.prices).filter((p) => p.rules.length > 0);
    expect(ruled).toHaveLength(1);
    expect(ruled[0].rulesCount).toBe(1);
    expect(ruled[0].rules[0]).toMatchObject({ attribute: 'region_id', value: SEED_REGION_ID, operator: 'eq' });
  });

  it('stocks inventory items at both locations and links a kit needing two units of one item', async () => {
    const items = await db.prisma.inventoryItem.findMany({ include: { locationLevels: true, variantLinks: true } });
    expect(items).toHaveLength(9);
    for (const item of items) expect(item.locationLevels).toHaveLength(2);
    const kitLink = await db.prisma.productVariantInventoryItem.findFirstOrThrow({
      where: { variant: { sku: 'MUG-WHITE-2PACK' } },
      include: { inventoryItem: true },
    });
    expect(kitLink.requiredQuantity.toNumber()).toBe(2);
    expect(kitLink.inventoryItem.sku).toBe('MUG-WHITE');
    expect(items.find((i) => i.sku === 'MUG-WHITE')?.variantLinks).toHaveLength(2);
  });

  it('reserves two units and shows them on the level at that location', async () => {
    const reservation = await db.prisma.reservationItem.findFirstOrThrow({ include: { inventoryItem: true } });
    expect(reservation.quantity.toNumber()).toBe(2);
    const level = await db.prisma.inventoryLevel.findFirstOrThrow({
      where: { inventoryItemId: reservation.inventoryItemId, locationId: reservation.locationId },
    });
    expect(level.reservedQuantity.toNumber()).toBe(2);
    expect(level.rawReservedQuantity).toEqual({ value: '2', precision: 20 });
  });

  it('refuses to seed again, with a clear message, and writes nothing', async () => {
    const before = await db.prisma.productVariant.count();
    await expect(seedDemoCatalog(db.prisma)).rejects.toThrow(SeedRefusedError);
    await expect(seedDemoCatalog(db.prisma)).rejects.toThrow(
      /already holds a catalog .* only written to an empty database/,
    );
    expect(await db.prisma.productVariant.count()).toBe(before);
  });
});
