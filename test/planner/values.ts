import { execute, type GraphQLSchema, isObjectType, parse } from 'graphql';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { GraphQLContext } from '../../src/graphql/context.js';

/** Ids of one GraphQL type as the database holds them: live rows and soft-deleted ones. */
export interface TypeIds {
  live: string[];
  deleted: string[];
  /** Medusa's prefix for the type's ids, so that a missing id can look like a real one. */
  prefix: string;
}

/**
 * Argument values taken from the catalog, so that filters, ids and cursors hit real rows: read
 * once per test file, before any operation is generated.
 */
export interface ValuePool {
  /** By GraphQL type name, for every type that implements Node. */
  ids: Map<string, TypeIds>;
  /** Ids of rows the API serves as no Node (price sets, links, addresses, images, rules). */
  otherIds: string[];
  skus: string[];
  handles: string[];
  /** Titles, names, skus, barcodes and descriptions, for `q` to search in. */
  texts: string[];
  currencyCodes: string[];
  regionIds: string[];
  /** created_at and updated_at values by GraphQL type name, as DateTime text. */
  dates: Map<string, string[]>;
  /** By connection field ("Query.productsConnection"): the cursors of all its rows, live and soft-deleted. */
  cursors: Map<string, string[]>;
}

/**
 * The table behind each Node type, and behind each type an id argument names (`tagIds` → ProductTag):
 * the test reads ids straight from the tables to see deleted rows too.
 */
const NODE_TABLES: Record<string, string> = {
  Product: 'product',
  ProductVariant: 'product_variant',
  ProductOption: 'product_option',
  ProductOptionValue: 'product_option_value',
  Price: 'price',
  InventoryItem: 'inventory_item',
  InventoryLevel: 'inventory_level',
  StockLocation: 'stock_location',
  SalesChannel: 'sales_channel',
  ReservationItem: 'reservation_item',
  ProductType: 'product_type',
  ProductCollection: 'product_collection',
  ProductTag: 'product_tag',
};

const OTHER_ID_TABLES = [
  'price_set',
  'product_variant_inventory_item',
  'stock_location_address',
  'image',
  'price_rule',
];

interface IdRow {
  id: string;
  deleted: boolean;
  created_at: Date;
  updated_at: Date;
}

export async function readValuePool(
  schema: GraphQLSchema,
  prisma: PrismaClient,
  context: () => GraphQLContext,
): Promise<ValuePool> {
  const ids = new Map<string, TypeIds>();
  const dates = new Map<string, string[]>();
  for (const [type, table] of Object.entries(NODE_TABLES)) {
    const rows = await prisma.$queryRawUnsafe<IdRow[]>(
      `SELECT id, deleted_at IS NOT NULL AS deleted, created_at, updated_at FROM ${table} ORDER BY id`,
    );
    ids.set(type, {
      live: rows.filter((row) => !row.deleted).map((row) => row.id),
      deleted: rows.filter((row) => row.deleted).map((row) => row.id),
      prefix: rows[0]?.id.split('_')[0] ?? type.toLowerCase(),
    });
    dates.set(type, [...new Set(rows.flatMap((row) => [row.created_at.toISOString(), row.updated_at.toISOString()]))]);
  }
  const otherIds: string[] = [];
  for (const table of OTHER_ID_TABLES) {
    const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM ${table} ORDER BY id LIMIT 5`);
    otherIds.push(...rows.map((row) => row.id));
  }
  const column = async (sql: string) =>
    (await prisma.$queryRawUnsafe<{ value: string | null }[]>(sql))
      .map((row) => row.value)
      .filter((value): value is string => typeof value === 'string' && value.length > 0);
  const skus = await column(
    'SELECT sku AS value FROM product_variant UNION SELECT sku FROM inventory_item ORDER BY value LIMIT 60',
  );
  const texts = await column(
    `SELECT title AS value FROM product_variant UNION SELECT barcode FROM product_variant
     UNION SELECT upc FROM product_variant UNION SELECT title FROM product UNION SELECT handle FROM product
     UNION SELECT name FROM sales_channel UNION SELECT description FROM sales_channel UNION SELECT name FROM stock_location
     UNION SELECT title FROM inventory_item UNION SELECT description FROM inventory_item ORDER BY value`,
  );
  return {
    ids,
    otherIds,
    skus,
    handles: await column('SELECT handle AS value FROM product ORDER BY value'),
    texts,
    currencyCodes: await column('SELECT DISTINCT currency_code AS value FROM price ORDER BY value'),
    regionIds: await column(`SELECT DISTINCT value FROM price_rule WHERE attribute = 'region_id' ORDER BY value`),
    dates,
    cursors: await readCursors(schema, context, ids),
  };
}

/**
 * Every connection's cursors, read through the resolvers page by page. A cursor of a soft-deleted
 * row (one a client may still hold) is made by putting the row's id where a live cursor has its id.
 */
async function readCursors(
  schema: GraphQLSchema,
  context: () => GraphQLContext,
  ids: Map<string, TypeIds>,
): Promise<Map<string, string[]>> {
  const cursors = new Map<string, string[]>();
  const query = schema.getQueryType();
  if (!query) return cursors;
  for (const field of Object.values(query.getFields())) {
    const connection = field.type;
    const unwrapped = 'ofType' in connection && connection.ofType ? connection.ofType : connection;
    if (!isObjectType(unwrapped) || !unwrapped.getFields().edges) continue;
    const nodeType =
      unwrapped
        .getFields()
        .edges?.type.toString()
        .replace(/[[\]!]/g, '')
        .replace(/Edge$/, '') ?? '';
    const found: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await execute({
        schema,
        document: parse(`query ($after: String) { page: ${field.name}(first: 200, after: $after) {
          edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`),
        variableValues: { after },
        contextValue: context(),
      });
      if (result.errors?.length) throw new Error(`reading cursors of ${field.name}: ${result.errors[0]?.message}`);
      const page = (result.data as { page: CursorPage }).page;
      found.push(...page.edges.map((edge) => edge.cursor));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const sample = found[0] ? decodeCursor(found[0]) : null;
    const liveId = sample ? ids.get(nodeType)?.live.find((id) => sample.includes(id)) : undefined;
    for (const deletedId of ids.get(nodeType)?.deleted ?? []) {
      if (sample && liveId) found.push(Buffer.from(sample.replace(liveId, deletedId)).toString('base64'));
    }
    cursors.set(`Query.${field.name}`, found);
  }
  return cursors;
}

interface CursorPage {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, 'base64').toString('utf8');
}
