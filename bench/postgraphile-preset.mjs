/**
 * PostGraphile 5 (the Amber preset) over Medusa 2.21's tables, as the benchmark's anchor: what a
 * good general-purpose GraphQL server makes of the same database, with no code of ours.
 *
 * Medusa's module-link tables (a variant's price sets and inventory items, a product's sales
 * channels, a location's sales channels) have no SQL foreign keys, so PostGraphile would not see
 * them as relations; smart tags declare them here, leaving the database as Medusa made it.
 */
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';

/**
 * A link table's two sides as relations: [column, table, name on the link row, name on the other side].
 * @param {[string, string, string, string][]} sides
 */
const links = (sides) => ({
  tags: {
    foreignKey: sides.map(
      ([column, table, fieldName, foreignFieldName]) =>
        `(${column}) references ${table} (id)|@fieldName ${fieldName}|@foreignFieldName ${foreignFieldName}`,
    ),
  },
});

const MedusaRelations = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      product_variant_price_set: links([
        ['variant_id', 'product_variant', 'variant', 'priceSetLinks'],
        ['price_set_id', 'price_set', 'priceSet', 'variantLinks'],
      ]),
      product_variant_inventory_item: links([
        ['variant_id', 'product_variant', 'variant', 'inventoryItemLinks'],
        ['inventory_item_id', 'inventory_item', 'inventoryItem', 'variantLinks'],
      ]),
      product_sales_channel: links([
        ['product_id', 'product', 'product', 'salesChannelLinks'],
        ['sales_channel_id', 'sales_channel', 'salesChannel', 'productLinks'],
      ]),
      sales_channel_stock_location: links([
        ['stock_location_id', 'stock_location', 'stockLocation', 'salesChannelLinks'],
        ['sales_channel_id', 'sales_channel', 'salesChannel', 'stockLocationLinks'],
      ]),
      inventory_level: links([['location_id', 'stock_location', 'location', 'inventoryLevels']]),
      reservation_item: links([['location_id', 'stock_location', 'location', 'reservations']]),
      // Medusa's link of products to tags is called product_tags, which PostGraphile would name
      // as the plural of product_tag: a clash that stops it from building its schema.
      product_tags: { tags: { name: 'product_tag_link' } },
    },
  },
});

/**
 * The preset over a pg.Pool of the caller's (so that the benchmark can count the statements sent).
 * @param {import('pg').Pool} pool
 * @returns {GraphileConfig.Preset}
 */
export function benchPreset(pool) {
  return {
    extends: [PostGraphileAmberPreset],
    plugins: [MedusaRelations],
    // Medusa's indexes are partial (WHERE deleted_at IS NULL), and this plugin hides the relations and
    // orders without a full index behind them, among them a variant's options and an item's levels.
    disablePlugins: ['PgIndexBehaviorsPlugin'],
    pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
    grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
    // PGL_EXPLAIN=1 puts the plan and its SQL in every response's extensions (for reading, not measuring).
    grafast: { explain: process.env.PGL_EXPLAIN === '1' },
  };
}
