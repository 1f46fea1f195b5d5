import type { Args, PlannedRow } from './annotations.js';

/*
 * Values the resolvers compute in TypeScript from loaded rows, computed here in SQL over the same
 * rows: Medusa's kit formula, stock totals, price rules. Each is attached to its field with
 * plannedSql and proven equal to its resolver by the planner's equivalence test.
 */

const LIVE_LEVELS = (item: string) =>
  `FROM inventory_level level WHERE level.inventory_item_id = ${item} AND level.deleted_at IS NULL`;

/** Units over an item's live levels; null for an item stocked nowhere (SQL's SUM, as levelTotals). */
export const levelTotal = (column: 'stocked_quantity' | 'reserved_quantity') => (row: PlannedRow) =>
  `(SELECT SUM(level.${column})::float8 ${LIVE_LEVELS(row.column('id'))})`;

/** Stocked minus reserved of one level. */
export const availableAtLevel = (row: PlannedRow) =>
  `(${row.column('stockedQuantity')} - ${row.column('reservedQuantity')})::float8`;

/**
 * Medusa's kit formula (see domain/stock.ts kitQuantity and the inventory-quantity loader): over a
 * variant's live links, the least of floor(available at the chosen locations / required quantity);
 * a link to no live item counts 0, a zero required quantity imposes no limit, null without links
 * and for a variant whose inventory is not managed. Locations are restricted only when the
 * resolver restricts them: a non-empty `locationIds` or `salesChannelId`.
 */
export const inventoryQuantity = (row: PlannedRow, args: Args) => {
  const locationIds = (args.locationIds as string[] | null | undefined) ?? null;
  const salesChannelId = (args.salesChannelId as string | null | undefined) ?? null;
  const restricted = Boolean(args.locationIds) || Boolean(args.salesChannelId);
  const filters: string[] = [];
  if (restricted && locationIds !== null)
    filters.push(`AND level.location_id = ANY(${row.params.add(locationIds, 'text[]')})`);
  if (restricted && salesChannelId !== null)
    filters.push(
      `AND level.location_id IN (SELECT channel.stock_location_id FROM sales_channel_stock_location channel WHERE channel.sales_channel_id = ${row.params.add(salesChannelId, 'text')} AND channel.deleted_at IS NULL)`,
    );
  return `CASE WHEN ${row.column('manageInventory')} THEN (
    SELECT MIN(FLOOR(COALESCE(stock.available, 0) / NULLIF(link.required_quantity, 0)))::float8
    FROM product_variant_inventory_item link
    LEFT JOIN inventory_item item ON item.id = link.inventory_item_id AND item.deleted_at IS NULL
    LEFT JOIN LATERAL (SELECT SUM(level.stocked_quantity - level.reserved_quantity) AS available
      ${LIVE_LEVELS('item.id')} ${filters.join(' ')}) stock ON true
    WHERE link.variant_id = ${row.column('id')} AND link.deleted_at IS NULL) END`;
};

/**
 * A price's live rules as `{attribute: value}` as Object.fromEntries makes it from the rules in id
 * order: an attribute in the place of its first rule, with the value of its last. Each key once,
 * so that the statement's text is the JSON a client reads, without a parse that drops duplicates.
 */
export const priceRules = (row: PlannedRow) =>
  `(SELECT coalesce(json_object_agg(kept.attribute, kept.value ORDER BY kept.first), '{}'::json) FROM (SELECT rule.attribute, min(rule.id) AS first, (array_agg(rule.value ORDER BY rule.id DESC))[1] AS value FROM price_rule rule WHERE rule.price_id = ${row.column('id')} AND rule.deleted_at IS NULL GROUP BY rule.attribute) kept)`;
