import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/db/migrations.js';
import { readTableShapes, type TableShape } from '../support/catalog.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * The tables the issue names, the price-list tables that price's foreign key needs, Medusa's API keys,
 * and the product types, collections and tags the gateway reads.
 */
const TABLES = [
  'api_key',
  'product',
  'product_option',
  'product_option_value',
  'product_product_option',
  'product_product_option_value',
  'product_variant',
  'product_variant_option',
  'image',
  'product_variant_product_image',
  'price_set',
  'price',
  'price_rule',
  'price_list',
  'price_list_rule',
  'price_preference',
  'product_variant_price_set',
  'inventory_item',
  'inventory_level',
  'reservation_item',
  'stock_location',
  'stock_location_address',
  'sales_channel',
  'sales_channel_stock_location',
  'product_sales_channel',
  'product_variant_inventory_item',
  'product_type',
  'product_collection',
  'product_tag',
  'product_tags',
];

const fixture = new URL('../fixtures/medusa-2.21-ddl.sql', import.meta.url);

/** Medusa 2.21's pg_dump, loaded as is. */
async function loadMedusaDump(db: TestDatabase): Promise<void> {
  const dump = await readFile(fixture, 'utf8');
  await db.executeScript(dump.replace("SELECT pg_catalog.set_config('search_path', '', false);", ''));
}

describe('the migrated database has Medusa 2.21 tables', () => {
  let ours: TestDatabase;
  let medusa: TestDatabase;
  let migrated: Map<string, TableShape>;
  let reference: Map<string, TableShape>;

  beforeAll(async () => {
    [ours, medusa] = await Promise.all([openTestDatabase({ migrate: true }), openTestDatabase()]);
    await loadMedusaDump(medusa);
    [migrated, reference] = await Promise.all([readTableShapes(ours, TABLES), readTableShapes(medusa, TABLES)]);
  });
  afterAll(async () => {
    await Promise.all([ours?.dispose(), medusa?.dispose()]);
  });

  it('creates every table of the domain', () => {
    expect([...migrated.keys()].sort()).toEqual([...TABLES].sort());
    expect([...reference.keys()].sort()).toEqual([...TABLES].sort());
  });

  it.each(TABLES)('%s: same columns (name, type, nullability, default)', (table) => {
    expect(migrated.get(table)?.columns).toEqual(reference.get(table)?.columns);
    expect(migrated.get(table)?.columns.length).toBeGreaterThan(1);
  });

  it.each(TABLES)('%s: same primary key, foreign keys and checks', (table) => {
    expect(migrated.get(table)?.constraints).toEqual(reference.get(table)?.constraints);
  });

  it.each(TABLES)('%s: same indexes, partial predicates included', (table) => {
    expect(migrated.get(table)?.indexes).toEqual(reference.get(table)?.indexes);
  });

  it('keeps the partial unique indexes that make soft-deleted rows reusable', () => {
    const variantIndexes = migrated.get('product_variant')?.indexes ?? [];
    for (const column of ['sku', 'ean', 'upc', 'barcode']) {
      expect(variantIndexes).toContain(
        `CREATE UNIQUE INDEX "IDX_product_variant_${column}_unique" ON product_variant USING btree (${column}) WHERE (deleted_at IS NULL)`,
      );
    }
  });

  it("keeps product's foreign keys to its type and collection", () => {
    const constraints = migrated.get('product')?.constraints ?? [];
    for (const name of ['product_collection_id_foreign', 'product_type_id_foreign']) {
      expect(constraints.some((c) => c.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('applies nothing the second time', async () => {
    expect(await applyMigrations(ours)).toEqual([]);
  });
});
