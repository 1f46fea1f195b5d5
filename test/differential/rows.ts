import type pg from 'pg';
import { rowShape } from '../support/normalise.js';

/** What one side of the scenario made: its product, and the inventory items and locations it made beside it. */
export interface Made {
  productId: string;
  inventoryItemIds: string[];
  locationIds: string[];
}

/** Every row of Medusa's tables that belongs to what a scenario made, soft-deleted rows included. */
const TABLES: Record<string, string> = {
  product: 'SELECT * FROM product WHERE id = $1',
  product_product_option: 'SELECT * FROM product_product_option WHERE product_id = $1',
  product_option: `SELECT * FROM product_option WHERE id IN
    (SELECT product_option_id FROM product_product_option WHERE product_id = $1)`,
  product_option_value: `SELECT * FROM product_option_value WHERE option_id IN
    (SELECT product_option_id FROM product_product_option WHERE product_id = $1)`,
  product_product_option_value: `SELECT * FROM product_product_option_value WHERE product_product_option_id IN
    (SELECT id FROM product_product_option WHERE product_id = $1)`,
  product_sales_channel: 'SELECT * FROM product_sales_channel WHERE product_id = $1',
  product_variant: 'SELECT * FROM product_variant WHERE product_id = $1',
  product_variant_option: `SELECT * FROM product_variant_option WHERE variant_id IN
    (SELECT id FROM product_variant WHERE product_id = $1)`,
  product_variant_price_set: `SELECT * FROM product_variant_price_set WHERE variant_id IN
    (SELECT id FROM product_variant WHERE product_id = $1)`,
  price_set: `SELECT * FROM price_set WHERE id IN (SELECT price_set_id FROM product_variant_price_set WHERE variant_id IN
    (SELECT id FROM product_variant WHERE product_id = $1))`,
  price: `SELECT * FROM price WHERE price_set_id IN (SELECT price_set_id FROM product_variant_price_set WHERE variant_id IN
    (SELECT id FROM product_variant WHERE product_id = $1))`,
  price_rule: `SELECT * FROM price_rule WHERE price_id IN (SELECT id FROM price WHERE price_set_id IN
    (SELECT price_set_id FROM product_variant_price_set WHERE variant_id IN (SELECT id FROM product_variant WHERE product_id = $1)))`,
  product_variant_inventory_item: `SELECT * FROM product_variant_inventory_item WHERE variant_id IN
    (SELECT id FROM product_variant WHERE product_id = $1)`,
  inventory_item: `SELECT * FROM inventory_item WHERE id = ANY($2) OR id IN (SELECT inventory_item_id
    FROM product_variant_inventory_item WHERE variant_id IN (SELECT id FROM product_variant WHERE product_id = $1))`,
  inventory_level: `SELECT * FROM inventory_level WHERE inventory_item_id = ANY($2) OR inventory_item_id IN
    (SELECT inventory_item_id FROM product_variant_inventory_item WHERE variant_id IN
      (SELECT id FROM product_variant WHERE product_id = $1))`,
  stock_location: 'SELECT * FROM stock_location WHERE id = ANY($3)',
  stock_location_address: `SELECT * FROM stock_location_address WHERE id IN
    (SELECT address_id FROM stock_location WHERE id = ANY($3))`,
  sales_channel_stock_location: 'SELECT * FROM sales_channel_stock_location WHERE stock_location_id = ANY($3)',
};

/** The rows of each table as sorted shapes (ids reduced to prefixes, timestamps to whether they are set). */
export async function madeRows(db: pg.Client, made: Made, tag: string): Promise<Record<string, string[]>> {
  const rows: Record<string, string[]> = {};
  for (const [table, sql] of Object.entries(TABLES)) {
    // Every statement gets the same three parameters; PostgreSQL wants each of them used.
    const all = `SELECT * FROM (${sql}) AS row WHERE $1::text IS NOT NULL AND $2::text[] IS NOT NULL AND $3::text[] IS NOT NULL`;
    const result = await db.query(all, [made.productId, made.inventoryItemIds, made.locationIds]);
    rows[table] = result.rows.map((row) => rowShape(row, tag)).sort();
  }
  return rows;
}
