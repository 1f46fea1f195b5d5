import { LIVE } from '../core/live.js';

/*
 * The relations that stock figures are computed from, with the very arguments of the fields that
 * show those relations (`inventoryItems`, `inventory`, `locationLevels` without a filter). Equal
 * arguments let Pothos merge them: the rows are loaded once, in the statement that loads the page,
 * whether or not the relations themselves are asked for.
 */

export const LEVEL_ORDER = { id: 'asc' } as const;
export const ALL_LIVE_LEVELS = { where: LIVE, orderBy: LEVEL_ORDER };
export const LIVE_ITEM_LINKS = { where: { ...LIVE, inventoryItem: LIVE }, orderBy: { id: 'asc' } } as const;

const LEVEL_QUANTITIES = { stockedQuantity: true, reservedQuantity: true } as const;

/** An inventory item's live levels, enough for its totals. */
export const LIVE_LEVEL_QUANTITIES = { locationLevels: { ...ALL_LIVE_LEVELS, select: LEVEL_QUANTITIES } };

/** A variant's links with the levels of their items, and the count of links to no live item, for the kit formula. */
export const KIT_STOCK = {
  inventoryItemLinks: {
    ...LIVE_ITEM_LINKS,
    select: { requiredQuantity: true, inventoryItem: { select: LIVE_LEVEL_QUANTITIES } },
  },
  _count: {
    select: {
      inventoryItemLinks: { where: { ...LIVE, requiredQuantity: { not: 0 }, inventoryItem: { isNot: LIVE } } },
    },
  },
};
