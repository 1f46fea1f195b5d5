import { Prisma } from '../generated/prisma/client.js';

/*
 * Stock arithmetic over rows already loaded, the same rules the SQL of src/graphql/loaders applies
 * when only ids are at hand. Decimal throughout, as PostgreSQL's numeric, so both agree exactly.
 */

export interface LevelStock {
  stockedQuantity: Prisma.Decimal;
  reservedQuantity: Prisma.Decimal;
}

/** Units stocked and reserved over an item's live levels; null for an item stocked nowhere, as SQL's SUM. */
export function levelTotals(levels: readonly LevelStock[]): { stocked: number | null; reserved: number | null } {
  if (levels.length === 0) return { stocked: null, reserved: null };
  let stocked = new Prisma.Decimal(0);
  let reserved = new Prisma.Decimal(0);
  for (const level of levels) {
    stocked = stocked.plus(level.stockedQuantity);
    reserved = reserved.plus(level.reservedQuantity);
  }
  return { stocked: stocked.toNumber(), reserved: reserved.toNumber() };
}

export interface KitLink {
  requiredQuantity: Prisma.Decimal;
  /** The live levels of the link's live inventory item. */
  levels: readonly LevelStock[];
}

/**
 * Medusa's kit formula: over a variant's live links, the least of floor(available units /
 * required quantity), available being stocked minus reserved. `missingItemLinks` live links with a
 * required quantity point at no live item: each counts 0. A zero required quantity imposes no
 * limit. Null for a variant without a limit.
 */
export function kitQuantity(links: readonly KitLink[], missingItemLinks: number): number | null {
  let least: Prisma.Decimal | null = missingItemLinks > 0 ? new Prisma.Decimal(0) : null;
  for (const link of links) {
    if (link.requiredQuantity.isZero()) continue;
    let available = new Prisma.Decimal(0);
    for (const level of link.levels) available = available.plus(level.stockedQuantity).minus(level.reservedQuantity);
    const units = available.dividedBy(link.requiredQuantity).floor();
    if (least === null || units.lessThan(least)) least = units;
  }
  return least === null ? null : least.toNumber();
}
