import { newId } from '../src/core/ids.js';
import { rawNumber } from '../src/domain/rules.js';
import type { Prisma, PrismaClient } from '../src/generated/prisma/client.js';

/**
 * A benchmark catalog written straight into Medusa's tables: products with two exclusive options
 * each, variants with a price set of two prices (some with a region rule), one inventory item per
 * variant stocked at every location, and kits (every tenth variant also needs two units of another
 * variant's item). Ids carry Medusa's prefixes and numbers their raw_* jsonb twins, as the seed does.
 *
 * Rows go in as multi-row INSERTs (`INSERT … SELECT … FROM json_populate_recordset($1)`, one JSON
 * parameter per chunk of rows), a few statements per table and one transaction per group of
 * tables, so the same code is fast on PGlite and on PostgreSQL.
 */

export interface CatalogOptions {
  products: number;
  variantsPerProduct: number;
  locations: number;
  /** Every kitEvery-th variant is a kit: its own item plus two units of another variant's item. */
  kitEvery: number;
}

export const DEFAULT_CATALOG: CatalogOptions = { products: 2000, variantsPerProduct: 5, locations: 3, kitEvery: 10 };

export interface CatalogLink {
  variantId: string;
  inventoryItemId: string;
  productId: string;
}

export interface Catalog {
  /** Every variant id, in id (= creation) order, which is the order of the gateway's default page. */
  variantIds: string[];
  /** The link of each non-kit variant to its own item, for the link-update mutation. */
  ownLinks: CatalogLink[];
  /** A product without options (so any number of new variants fit) for the create-variant mutation. */
  mutationProductId: string;
  /** Rows written per table. */
  rows: Record<string, number>;
  seconds: number;
}

type Row = Record<string, unknown>;
type Tx = Prisma.TransactionClient;

const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'];
const COLORS = ['Black', 'White', 'Navy', 'Olive', 'Sand', 'Red', 'Teal', 'Grey'];
const CITIES = [
  { name: 'Berlin Warehouse', address_1: 'Lagerstraße 12', city: 'Berlin', postal_code: '10115', country_code: 'de' },
  { name: 'Lisbon Store', address_1: 'Rua Augusta 101', city: 'Lisboa', postal_code: '1100-048', country_code: 'pt' },
  { name: 'Lyon Depot', address_1: 'Rue de la République 5', city: 'Lyon', postal_code: '69002', country_code: 'fr' },
  { name: 'Milan Hub', address_1: 'Via Torino 40', city: 'Milano', postal_code: '20123', country_code: 'it' },
];
const REGION_ID = 'reg_01JBENCH00000000000000000US';
const CHUNK = 4000;

/** The catalog's rows, made once in memory, to be written into one database or several. */
export interface CatalogRows extends Omit<Catalog, 'rows' | 'seconds'> {
  tables: Map<string, Row[]>;
  /** Seconds it took to make the rows. */
  seconds: number;
}

/** Writes the catalog into a migrated (or Medusa-made), empty database. */
export async function generateCatalog(
  prisma: PrismaClient,
  options: CatalogOptions = DEFAULT_CATALOG,
): Promise<Catalog> {
  const rows = buildCatalog(options);
  const written = await writeCatalog(prisma, rows);
  return { ...written, seconds: rows.seconds + written.seconds };
}

/** Makes every row of the catalog, with fresh ids. */
export function buildCatalog(options: CatalogOptions = DEFAULT_CATALOG): CatalogRows {
  if (options.variantsPerProduct > SIZES.length) throw new Error(`at most ${SIZES.length} variants per product`);
  const started = performance.now();
  const base = Date.UTC(2025, 0, 1);
  let tick = 0;
  // Distinct millisecond timestamps, so rows differ as real ones do and sort as they were made.
  const stamp = () => {
    const at = new Date(base + tick++).toISOString();
    return { created_at: at, updated_at: at };
  };
  const tables = new Map<string, Row[]>();
  const add = (table: string, row: Row) => {
    const list = tables.get(table);
    if (list) list.push(row);
    else tables.set(table, [row]);
  };

  // Stock locations and a sales channel selling from all but the last of them.
  const locationIds: string[] = [];
  for (let index = 0; index < options.locations; index++) {
    const { name, ...address } = CITIES[index % CITIES.length];
    const addressId = newId('stockLocationAddress');
    add('stock_location_address', { id: addressId, ...address, ...stamp() });
    const id = newId('stockLocation');
    add('stock_location', {
      id,
      name: index < CITIES.length ? name : `${name} ${index}`,
      address_id: addressId,
      ...stamp(),
    });
    locationIds.push(id);
  }
  const channelId = newId('salesChannel');
  add('sales_channel', { id: channelId, name: 'Webshop', description: 'Online store', ...stamp() });
  for (const locationId of locationIds.slice(0, Math.max(1, locationIds.length - 1))) {
    add('sales_channel_stock_location', {
      id: newId('salesChannelStockLocation'),
      sales_channel_id: channelId,
      stock_location_id: locationId,
    });
  }

  const variantIds: string[] = [];
  const ownItemIds: string[] = [];
  const ownLinks: CatalogLink[] = [];
  const kits: number[] = [];
  for (let p = 0; p < options.products; p++) {
    const productId = newId('product');
    add('product', {
      id: productId,
      title: `Bench Product ${p}`,
      handle: `bench-product-${p}`,
      description: `Generated product number ${p}.`,
      status: 'published',
      ...stamp(),
    });
    add('product_sales_channel', {
      id: newId('productSalesChannel'),
      product_id: productId,
      sales_channel_id: channelId,
    });
    // Two options of its own, as Medusa 2.21 makes them with a product: Size (one value per variant), Color (one value).
    const sizeValues = SIZES.slice(0, options.variantsPerProduct);
    const color = COLORS[p % COLORS.length];
    const valueIds = new Map<string, string>();
    for (const [title, values] of [
      ['Size', sizeValues],
      ['Color', [color]],
    ] as const) {
      const optionId = newId('productOption');
      add('product_option', { id: optionId, title, is_exclusive: true, ...stamp() });
      const pivotId = newId('productProductOption');
      add('product_product_option', { id: pivotId, product_id: productId, product_option_id: optionId });
      for (const value of values) {
        const valueId = newId('productOptionValue');
        add('product_option_value', { id: valueId, value, option_id: optionId, ...stamp() });
        add('product_product_option_value', {
          id: newId('productProductOptionValue'),
          product_product_option_id: pivotId,
          product_option_value_id: valueId,
        });
        valueIds.set(`${title}=${value}`, valueId);
      }
    }
    for (const [rank, size] of sizeValues.entries()) {
      const index = variantIds.length;
      const variantId = newId('productVariant');
      const sku = `BENCH-${p}-${size}`;
      const times = stamp();
      const weight = 100 + (index % 400);
      add('product_variant', {
        id: variantId,
        title: `${size} / ${color}`,
        sku,
        product_id: productId,
        variant_rank: rank,
        weight,
        manage_inventory: true,
        allow_backorder: false,
        ...times,
      });
      add('product_variant_option', { variant_id: variantId, option_value_id: valueIds.get(`Size=${size}`) });
      add('product_variant_option', { variant_id: variantId, option_value_id: valueIds.get(`Color=${color}`) });

      const priceSetId = newId('priceSet');
      add('price_set', { id: priceSetId, ...times });
      add('product_variant_price_set', {
        id: newId('productVariantPriceSet'),
        variant_id: variantId,
        price_set_id: priceSetId,
      });
      const eur = 1000 + (index % 5000);
      const usd = Math.round(eur * 1.1);
      add('price', {
        id: newId('price'),
        price_set_id: priceSetId,
        currency_code: 'eur',
        amount: eur,
        raw_amount: rawNumber(eur),
        rules_count: 0,
        ...times,
      });
      const usdPriceId = newId('price');
      const withRule = index % 4 === 3;
      add('price', {
        id: usdPriceId,
        price_set_id: priceSetId,
        currency_code: 'usd',
        amount: usd,
        raw_amount: rawNumber(usd),
        rules_count: withRule ? 1 : 0,
        ...times,
      });
      if (withRule) {
        add('price_rule', {
          id: newId('priceRule'),
          price_id: usdPriceId,
          attribute: 'region_id',
          value: REGION_ID,
          operator: 'eq',
          ...times,
        });
      }

      // Its own inventory item, made with the variant (same timestamp, as the gateway marks an item made for a variant).
      const itemId = newId('inventoryItem');
      add('inventory_item', {
        id: itemId,
        sku,
        title: `${size} / ${color}`,
        weight,
        requires_shipping: true,
        ...times,
      });
      for (const [n, locationId] of locationIds.entries()) {
        const stocked = ((index * 7 + n * 13) % 100) + 5;
        const reserved = n === 0 && index % 3 === 0 ? 2 : 0;
        add('inventory_level', {
          id: newId('inventoryLevel'),
          inventory_item_id: itemId,
          location_id: locationId,
          stocked_quantity: stocked,
          reserved_quantity: reserved,
          incoming_quantity: 0,
          raw_stocked_quantity: rawNumber(stocked),
          raw_reserved_quantity: rawNumber(reserved),
          raw_incoming_quantity: rawNumber(0),
          ...times,
        });
      }
      add('product_variant_inventory_item', {
        id: newId('productVariantInventoryItem'),
        variant_id: variantId,
        inventory_item_id: itemId,
        required_quantity: 1,
        ...times,
      });
      variantIds.push(variantId);
      ownItemIds.push(itemId);
      if (index % options.kitEvery === options.kitEvery - 1) kits.push(index);
      else ownLinks.push({ variantId, inventoryItemId: itemId, productId });
    }
  }
  // Kits: two units of the item of a variant of another product, besides their own item.
  for (const index of kits) {
    const component = (index + options.variantsPerProduct + 1) % variantIds.length;
    add('product_variant_inventory_item', {
      id: newId('productVariantInventoryItem'),
      variant_id: variantIds[index],
      inventory_item_id: ownItemIds[component],
      required_quantity: 2,
      ...stamp(),
    });
  }

  // A product without options, for the create-variant mutation (no option combination to clash).
  const mutationProductId = newId('product');
  add('product', {
    id: mutationProductId,
    title: 'Bench Mutations',
    handle: 'bench-mutations',
    description: 'Variants created by the benchmark.',
    status: 'published',
    ...stamp(),
  });
  return { tables, variantIds, ownLinks, mutationProductId, seconds: (performance.now() - started) / 1000 };
}

/** Writes the rows (seconds: the time this took) into an empty database that has Medusa's tables, then refreshes the planner's statistics. */
export async function writeCatalog(prisma: PrismaClient, catalog: CatalogRows): Promise<Catalog> {
  const started = performance.now();
  const { tables, variantIds, ownLinks, mutationProductId } = catalog;
  const rows: Record<string, number> = {};
  const groups = [
    ['stock_location_address', 'stock_location', 'sales_channel', 'sales_channel_stock_location'],
    [
      'product',
      'product_sales_channel',
      'product_option',
      'product_product_option',
      'product_option_value',
      'product_product_option_value',
    ],
    ['product_variant', 'product_variant_option', 'price_set', 'product_variant_price_set', 'price', 'price_rule'],
    ['inventory_item', 'inventory_level', 'product_variant_inventory_item'],
  ];
  for (const group of groups) {
    await prisma.$transaction(
      async (tx) => {
        for (const table of group) rows[table] = await insertRows(tx, table, tables.get(table) ?? []);
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
  }
  // Fresh statistics, so the planner sees the catalog as it is rather than as empty tables.
  await prisma.$executeRawUnsafe('ANALYZE');
  return {
    variantIds,
    ownLinks,
    mutationProductId,
    rows,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Multi-row INSERTs of the rows' own columns (others take their defaults), CHUNK rows per statement. */
async function insertRows(tx: Tx, table: string, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((name) => `"${name}"`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(chunk),
    );
  }
  return rows.length;
}
