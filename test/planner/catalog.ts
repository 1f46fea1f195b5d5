import { newId } from '../../src/core/ids.js';
import type { Prisma, PrismaClient } from '../../src/generated/prisma/client.js';
import { seedDemoCatalog } from '../../src/seed/demo.js';
import { seedGeneratedProducts } from '../../src/seed/generated-catalog.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

/** Products the generated catalog adds to the demo one: enough for pages, offsets and cursors to mean something. */
export const GENERATED_PRODUCTS = 12;

/**
 * The catalog the equivalence test reads: the demo catalog, a generated one, and rows a Medusa
 * database can hold that neither writes: soft-deleted rows of every kind, null and filled optional
 * columns, fractional numeric quantities, `real` values that do not print as they were written,
 * JSON metadata with nesting, unicode and numbers beyond a double's precision, and timestamps with
 * microseconds (written by PostgreSQL's now(), where Prisma writes milliseconds).
 */
export async function openEquivalenceCatalog(): Promise<TestDatabase> {
  const db = await openTestDatabase({ migrate: true });
  await seedDemoCatalog(patient(db.prisma));
  await seedGeneratedProducts(db.prisma, GENERATED_PRODUCTS, () => {});
  await db.executeScript(edgeRowsScript());
  await expectSoftDeletedRows(db);
  return db;
}

/**
 * The client, with interactive transactions allowed a minute instead of Prisma's 5 s: the demo
 * catalog is written in one, which a machine busy with other test files can take longer than that.
 */
function patient(prisma: PrismaClient): PrismaClient {
  return new Proxy(prisma, {
    get(target, key, receiver) {
      if (key !== '$transaction') return Reflect.get(target, key, receiver);
      return (work: (tx: Prisma.TransactionClient) => Promise<unknown>) =>
        target.$transaction(work, { maxWait: 60_000, timeout: 60_000 });
    },
  });
}

const SOFT_DELETED_KINDS = [
  'product',
  'product_variant',
  'product_option',
  'product_option_value',
  'price',
  'inventory_item',
  'inventory_level',
  'stock_location',
  'sales_channel',
  'reservation_item',
  'image',
  'product_variant_inventory_item',
  'product_variant_price_set',
  'product_sales_channel',
  'sales_channel_stock_location',
  'product_type',
  'product_collection',
  'product_tag',
];

/** The edge rows are picked by position: a catalog that shrinks must not quietly leave a kind without deleted rows. */
async function expectSoftDeletedRows(db: TestDatabase): Promise<void> {
  for (const table of SOFT_DELETED_KINDS) {
    const [row] = await db.prisma.$queryRawUnsafe<{ deleted: number }[]>(
      `SELECT count(*)::int AS deleted FROM ${table} WHERE deleted_at IS NOT NULL`,
    );
    if (!row?.deleted) throw new Error(`the equivalence catalog has no soft-deleted row in ${table}`);
  }
}

// Written as text, not built in JavaScript: the database keeps digits a double cannot (a big
// integer, "1.0"), which the resolvers' JSON.parse then rounds and a planner must round alike.
const METADATA =
  '{"zeta": "last by name, first by length", "nested": {"deep": [1, 2.5, -0.5, 1e-7, 1.0, null, true, ' +
  '{"ü€😀": "ünïcødé ✓ \\"quoted\\" \\\\ back"}]}, "big": 12345678901234567890, "fraction": 0.1, "empty": {}, "list": []}';

/** Picks the n-th live row of a table (by id), as a subquery. */
function nth(table: string, n: number, where = 'deleted_at IS NULL'): string {
  return `(SELECT id FROM ${table} WHERE ${where} ORDER BY id OFFSET ${n} LIMIT 1)`;
}

const GENERATED_VARIANT = `sku LIKE 'GEN-%'`;

function edgeRowsScript(): string {
  const depot = newId('stockLocation');
  const closedDepot = newId('stockLocation');
  const outlet = newId('salesChannel');
  const retired = newId('salesChannel');
  const levels = Array.from({ length: 12 }, (_, index) => {
    const location =
      index % 3 === 0 ? depot : index % 3 === 1 ? closedDepot : '(SELECT id FROM stock_location ORDER BY id LIMIT 1)';
    const stocked = ['7.5', '0.1', '0.0000001', '12345678901.25', '3', '0'][index % 6];
    const reserved = ['0.5', '0', '0.25', '1'][index % 4];
    const incoming = ['0', '2.125', '100'][index % 3];
    const locationValue = location.startsWith('(') ? location : `'${location}'`;
    return `INSERT INTO inventory_level (id, inventory_item_id, location_id, stocked_quantity, reserved_quantity, incoming_quantity, raw_stocked_quantity, metadata)
      VALUES ('${newId('inventoryLevel')}', ${nth('inventory_item', 4 + index, `sku LIKE 'GEN-%'`)}, ${locationValue}, ${stocked}, ${reserved}, ${incoming},
              '{"value":"${stocked}","precision":20}', ${index % 2 === 0 ? `'${METADATA}'` : 'NULL'})
      ON CONFLICT DO NOTHING;`;
  });
  const shirt = newId('productType');
  const goneType = newId('productType');
  const summer = newId('productCollection');
  const goneCollection = newId('productCollection');
  const tags = [newId('productTag'), newId('productTag'), newId('productTag')];
  return `
    INSERT INTO product_type (id, value, metadata, external_id) VALUES
      ('${shirt}', 'Shirt ✓', '${METADATA}', 'ext-type'),
      ('${goneType}', 'Gone type', NULL, NULL);
    INSERT INTO product_collection (id, title, handle, metadata) VALUES
      ('${summer}', 'Summer', 'summer', '${METADATA}'),
      ('${goneCollection}', 'Gone collection', 'gone', NULL);
    INSERT INTO product_tag (id, value, metadata) VALUES
      ('${tags[0]}', 'organic', '${METADATA}'), ('${tags[1]}', 'cotton', NULL), ('${tags[2]}', 'retired tag', NULL);
    UPDATE product SET type_id = '${shirt}', collection_id = '${summer}' WHERE id IN (${nth('product', 0)}, ${nth('product', 2)}, ${nth('product', 7)});
    UPDATE product SET type_id = '${goneType}', collection_id = '${goneCollection}' WHERE id = ${nth('product', 4)};
    INSERT INTO product_tags (product_id, product_tag_id)
      SELECT id, tag FROM product, unnest(ARRAY['${tags.join("', '")}']) AS tag WHERE id IN (${nth('product', 0)}, ${nth('product', 4)});
    INSERT INTO product_tags (product_id, product_tag_id) VALUES (${nth('product', 7)}, '${tags[1]}');
    UPDATE product_type SET deleted_at = now() WHERE id = '${goneType}';
    UPDATE product_collection SET deleted_at = now() WHERE id = '${goneCollection}';
    UPDATE product_tag SET deleted_at = now() WHERE id = '${tags[2]}';

    INSERT INTO stock_location (id, name, metadata) VALUES
      ('${depot}', 'Edge Depot (no address)', '${METADATA}'),
      ('${closedDepot}', 'Closed Depot', NULL);
    INSERT INTO sales_channel (id, name, description, is_disabled, metadata) VALUES
      ('${outlet}', 'Outlet', NULL, true, '${METADATA}'),
      ('${retired}', 'Retired channel', 'soft-deleted below', false, NULL);
    INSERT INTO sales_channel_stock_location (id, sales_channel_id, stock_location_id) VALUES
      ('${newId('salesChannelStockLocation')}', '${outlet}', '${depot}'),
      ('${newId('salesChannelStockLocation')}', '${outlet}', '${closedDepot}'),
      ('${newId('salesChannelStockLocation')}', '${retired}', '${depot}'),
      ('${newId('salesChannelStockLocation')}', '${outlet}', (SELECT id FROM stock_location WHERE name = 'Lisbon Store'));
    INSERT INTO product_sales_channel (id, product_id, sales_channel_id)
      SELECT 'prodsc_' || substr(md5(id || '${outlet}'), 1, 26), id, '${outlet}' FROM product WHERE title LIKE 'Generated%' AND id < ${nth('product', 6)};
    INSERT INTO product_sales_channel (id, product_id, sales_channel_id)
      SELECT 'prodsc_' || substr(md5(id || '${retired}'), 1, 26), id, '${retired}' FROM product WHERE title LIKE 'Generated%' AND id > ${nth('product', 10)};
    ${levels.join('\n')}

    UPDATE product_variant SET weight = 0.1, length = 1e-7, height = 16777217, width = -0.0, metadata = '${METADATA}',
      barcode = 'BAR-' || id, ean = NULL, upc = 'UPC-ÜÖ-' || right(id, 4), hs_code = '', material = 'Ünïcode ✓',
      allow_backorder = true, updated_at = now()
      WHERE id IN (SELECT id FROM product_variant WHERE ${GENERATED_VARIANT} ORDER BY id LIMIT 6);
    UPDATE product_variant SET weight = 3.4028235e38, length = 1.1, height = 0, manage_inventory = false, variant_rank = NULL
      WHERE id IN (SELECT id FROM product_variant WHERE ${GENERATED_VARIANT} ORDER BY id OFFSET 6 LIMIT 4);
    UPDATE product SET weight = 0.3, width = 1e-10, metadata = '${METADATA}', subtitle = 'Sübtitle', status = 'draft', updated_at = now()
      WHERE id IN (SELECT id FROM product WHERE title LIKE 'Generated%' ORDER BY id LIMIT 3);
    UPDATE product SET status = 'proposed', discountable = false, is_giftcard = true WHERE id = ${nth('product', 5)};
    UPDATE inventory_item SET weight = 0, height = 2147483647, metadata = '${METADATA}', requires_shipping = false,
      description = 'Ünïcode description', updated_at = now()
      WHERE id IN (SELECT id FROM inventory_item ORDER BY id OFFSET 2 LIMIT 5);
    UPDATE price SET amount = 19.999, raw_amount = '{"value":"19.999","precision":20}', min_quantity = 1, max_quantity = 10.5, title = 'Tier ✓'
      WHERE id IN (SELECT id FROM price ORDER BY id OFFSET 3 LIMIT 4);
    UPDATE price SET amount = 0.1 WHERE id = ${nth('price', 9)};
    -- One attribute twice (another operator), another between: a price's rules object holds each key once.
    INSERT INTO price_rule (id, value, price_id, attribute, operator) VALUES
      ('${newId('priceRule')}', 'first', ${nth('price', 5)}, 'edge_attribute', 'gte'),
      ('${newId('priceRule')}', 'between', ${nth('price', 5)}, 'other_attribute', 'eq'),
      ('${newId('priceRule')}', 'last', ${nth('price', 5)}, 'edge_attribute', 'lte')
      ON CONFLICT DO NOTHING;
    UPDATE product_variant_inventory_item SET required_quantity = 3 WHERE id = ${nth('product_variant_inventory_item', 13)};
    INSERT INTO image (id, url, metadata, rank, product_id) VALUES
      ('${newId('image')}', 'https://example.com/ä.png', '${METADATA}', 2, ${nth('product', 1)}),
      ('${newId('image')}', 'https://example.com/b.png', NULL, 1, ${nth('product', 1)}),
      ('${newId('image')}', 'https://example.com/c.png', NULL, 0, ${nth('product', 1)}),
      ('${newId('image')}', 'https://example.com/d.png', NULL, 3, ${nth('product', 1)});
    -- c.png is assigned to one variant; d.png only by a deleted link, so every variant shows it.
    INSERT INTO product_variant_product_image (id, variant_id, image_id)
      SELECT '${newId('productVariantProductImage')}', v.id, i.id FROM image i
        JOIN product_variant v ON v.product_id = i.product_id AND v.deleted_at IS NULL
        WHERE i.url = 'https://example.com/c.png' ORDER BY v.id LIMIT 1;
    INSERT INTO product_variant_product_image (id, variant_id, image_id, deleted_at)
      SELECT '${newId('productVariantProductImage')}', v.id, i.id, now() FROM image i
        JOIN product_variant v ON v.product_id = i.product_id AND v.deleted_at IS NULL
        WHERE i.url = 'https://example.com/d.png' ORDER BY v.id OFFSET 1 LIMIT 1;
    INSERT INTO reservation_item (id, location_id, quantity, raw_quantity, inventory_item_id, description, metadata, allow_backorder)
      VALUES ('${newId('reservationItem')}', '${depot}', 0.5, '{"value":"0.5","precision":20}', ${nth('inventory_item', 4, `sku LIKE 'GEN-%'`)}, NULL, '${METADATA}', NULL);

    UPDATE product_variant SET deleted_at = now() WHERE id = ${nth('product_variant', 20, `deleted_at IS NULL AND ${GENERATED_VARIANT}`)};
    UPDATE inventory_item SET deleted_at = now() WHERE id = ${nth('inventory_item', 8, `deleted_at IS NULL AND sku LIKE 'GEN-%'`)};
    -- As every delete of an item does (the gateway's and Medusa's): its levels go with it.
    UPDATE inventory_level SET deleted_at = now()
      WHERE deleted_at IS NULL AND inventory_item_id IN (SELECT id FROM inventory_item WHERE deleted_at IS NOT NULL);
    UPDATE inventory_level SET deleted_at = now() WHERE id = ${nth('inventory_level', 3)};
    UPDATE product_variant_inventory_item SET deleted_at = now() WHERE id = ${nth('product_variant_inventory_item', 25)};
    UPDATE price SET deleted_at = now() WHERE id = ${nth('price', 11)};
    UPDATE product_option_value SET deleted_at = now() WHERE id = ${nth('product_option_value', 7)};
    UPDATE product_option SET deleted_at = now() WHERE id = ${nth('product_option', 9)};
    UPDATE product_variant_price_set SET deleted_at = now() WHERE id = ${nth('product_variant_price_set', 15)};
    UPDATE product_sales_channel SET deleted_at = now() WHERE id = ${nth('product_sales_channel', 2)};
    UPDATE sales_channel_stock_location SET deleted_at = now() WHERE stock_location_id = '${closedDepot}' AND sales_channel_id = '${outlet}';
    UPDATE product SET deleted_at = now() WHERE id = ${nth('product', 13)};
    UPDATE stock_location SET deleted_at = now() WHERE id = '${closedDepot}';
    UPDATE sales_channel SET deleted_at = now() WHERE id = '${retired}';
    UPDATE reservation_item SET deleted_at = now() WHERE location_id = '${depot}';
    UPDATE image SET deleted_at = now() WHERE url = 'https://example.com/b.png';
  `;
}
