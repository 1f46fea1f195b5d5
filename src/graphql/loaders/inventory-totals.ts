import { perRequestLoader } from './per-request.js';

export interface InventoryTotals {
  stocked: number | null;
  reserved: number | null;
}

/**
 * Units stocked and reserved over an item's live levels, for every item of a request in one
 * statement; null for an item stocked nowhere, as Medusa's SQL sum gives.
 */
export const inventoryTotalsLoader = perRequestLoader<string, InventoryTotals>(async (context, itemIds) => {
  const rows = await context.prisma.$queryRaw<{ inventory_item_id: string; stocked: number; reserved: number }[]>`
    SELECT inventory_item_id,
           SUM(stocked_quantity)::float8 AS stocked,
           SUM(reserved_quantity)::float8 AS reserved
    FROM inventory_level
    WHERE inventory_item_id = ANY(${[...itemIds]}::text[]) AND deleted_at IS NULL
    GROUP BY inventory_item_id`;
  const totals = new Map(rows.map((row) => [row.inventory_item_id, row]));
  return itemIds.map((id) => ({
    stocked: totals.get(id)?.stocked ?? null,
    reserved: totals.get(id)?.reserved ?? null,
  }));
});
