/**
 * What each scenario sends. Q1 selects exactly the data that Q2's `fields` asks the REST shim for
 * (Medusa's default variant fields, the product, and the listed relations), in GraphQL's names;
 * F1 builds Q1's JSON (same keys, values and order of rows) in one SQL statement.
 */

export const PAGE_SIZE = 50;

const VARIANT_COLUMNS =
  'id title sku thumbnail barcode ean upc allowBackorder manageInventory hsCode originCountry midCode material weight length height width metadata variantRank productId createdAt updatedAt';
const PRODUCT_COLUMNS =
  'id title subtitle status externalId description handle isGiftcard discountable thumbnail collectionId typeId weight length height width hsCode originCountry midCode material createdAt updatedAt metadata';
const ITEM_COLUMNS =
  'id sku originCountry hsCode midCode material unitOfMeasure weight length height width requiresShipping description title thumbnail metadata createdAt updatedAt reservedQuantity stockedQuantity';
const LEVEL_COLUMNS =
  'id locationId metadata inventoryItemId rawStockedQuantity rawReservedQuantity rawIncomingQuantity createdAt updatedAt availableQuantity stockedQuantity reservedQuantity incomingQuantity';

/** The variant's fields in Q1 and QC: options, prices, product, inventory links → items → levels, inventoryQuantity. */
const VARIANT_SELECTION = `
      ${VARIANT_COLUMNS}
      options { id value rank metadata optionId createdAt updatedAt option { id } }
      prices { id amount currencyCode minQuantity maxQuantity createdAt updatedAt rules }
      product { ${PRODUCT_COLUMNS} }
      inventoryItems {
        variantId inventoryItemId id requiredQuantity createdAt updatedAt
        inventory { ${ITEM_COLUMNS} locationLevels { ${LEVEL_COLUMNS} } }
      }
      inventoryQuantity`;

/** Q1 (and QO, paging by offset): a page of variants with their relations. */
export const Q1_QUERY = `query BenchPage($limit: Int!, $offset: Int) {
  productVariants(limit: $limit, offset: $offset) {
    count offset limit
    nodes {${VARIANT_SELECTION}
    }
  }
}`;

/** QC: the same page by cursor, through the Relay connection. */
export const QC_QUERY = `query BenchConnection($first: Int!, $after: String) {
  productVariantsConnection(first: $first, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    edges { node {${VARIANT_SELECTION}
    } }
  }
}`;

/** The page boundaries of QC, walked once before the load: only the rows' cursors. */
export const QC_CURSORS_QUERY = `query BenchCursors($first: Int!, $after: String) {
  productVariantsConnection(first: $first, after: $after) { edges { cursor } pageInfo { hasNextPage } }
}`;

/** Q2's `fields`: the relations Medusa's admin asks for, added to the route's defaults. */
export const Q2_FIELDS =
  '*prices,*options,*inventory_items,inventory_items.inventory.*,inventory_items.inventory.location_levels.*,+inventory_quantity';

export const q2Path = (limit: number, offset = 0) =>
  `/admin/product-variants?limit=${limit}${offset ? `&offset=${offset}` : ''}&fields=${encodeURIComponent(Q2_FIELDS)}`;

// ---------------------------------------------------------------------------------------------
// PostGraphile 5 (postgraphile-preset.mjs): the nearest equivalent of Q1 in its schema. Same rows,
// order and columns, with these differences, which are PostGraphile's, not choices of the benchmark:
//  - no inventoryQuantity (Medusa's kit formula), no item totals and no level availableQuantity: it
//    serves columns and relations, and computing them would take SQL functions added to Medusa's database;
//  - the link rows (a variant's option values, its price set) add a level of nesting each, the price
//    rules come as rows rather than an object, and numeric columns come as strings (BigFloat);
//  - soft-deleted rows are filtered with `condition: { deletedAt: null }` on lists only.

const PG_VARIANT_COLUMNS = VARIANT_COLUMNS.replace(/^id /, 'rowId ');
const PG_PRODUCT_COLUMNS = PRODUCT_COLUMNS.replace(/^id /, 'rowId ');
const PG_ITEM_COLUMNS = ITEM_COLUMNS.replace(/^id /, 'rowId ').replace(' reservedQuantity stockedQuantity', '');
const PG_LEVEL_COLUMNS = LEVEL_COLUMNS.replace(/^id /, 'rowId ').replace(' availableQuantity', '');
const live = 'condition: { deletedAt: null }';

/** P1 / PO / PC: PostGraphile's page, by $offset or by $after (a cursor). */
export const PG_QUERY = `query BenchPostGraphile($first: Int!, $offset: Int, $after: Cursor) {
  allProductVariants(${live}, orderBy: [PRIMARY_KEY_ASC], first: $first, offset: $offset, after: $after) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      ${PG_VARIANT_COLUMNS}
      productVariantOptionsByVariantId(orderBy: [OPTION_VALUE_ID_ASC]) { nodes { productOptionValueByOptionValueId {
        rowId value rank metadata optionId createdAt updatedAt productOptionByOptionId { rowId }
      } } }
      priceSetLinks(${live}) { nodes { priceSet {
        pricesByPriceSetId(condition: { deletedAt: null, priceListId: null }, orderBy: [PRIMARY_KEY_ASC]) { nodes {
          rowId amount currencyCode minQuantity maxQuantity createdAt updatedAt
          priceRulesByPriceId(${live}, orderBy: [PRIMARY_KEY_ASC]) { nodes { attribute value } }
        } }
      } } }
      productByProductId { ${PG_PRODUCT_COLUMNS} }
      inventoryItemLinks(${live}, orderBy: [ROW_ID_ASC]) { nodes {
        variantId inventoryItemId rowId requiredQuantity createdAt updatedAt
        inventoryItem {
          ${PG_ITEM_COLUMNS}
          inventoryLevelsByInventoryItemId(${live}, orderBy: [PRIMARY_KEY_ASC]) { nodes { ${PG_LEVEL_COLUMNS} } }
        }
      } }
    }
  }
}`;

/** PostGraphile's page boundaries, walked once before the load: only the rows' cursors. */
export const PG_CURSORS_QUERY = `query BenchPostGraphileCursors($first: Int!, $after: Cursor) {
  allProductVariants(${live}, orderBy: [PRIMARY_KEY_ASC], first: $first, after: $after) { edges { cursor } pageInfo { hasNextPage } }
}`;

/** Q3: one variant by id with its inventory. */
export const Q3_QUERY = `query BenchVariant($id: ID!) {
  productVariant(id: $id) {
    id title sku manageInventory inventoryQuantity
    inventoryItems {
      requiredQuantity
      inventory {
        id sku stockedQuantity reservedQuantity
        locationLevels { locationId stockedQuantity reservedQuantity availableQuantity location { id name } }
      }
    }
  }
}`;

/** M1: change the required quantity of a link. */
export const M1_MUTATION = `mutation BenchLink($input: VariantInventoryItemInput!) {
  updateVariantInventoryItem(input: $input) {
    __typename
    ... on VariantInventoryItemPayload { variant { id inventoryQuantity inventoryItems { requiredQuantity } } }
    ... on MutationError { code message }
  }
}`;

/** M2: a variant with two prices; its inventory item is made for it. */
export const M2_MUTATION = `mutation BenchCreate($input: CreateProductVariantInput!) {
  createProductVariant(input: $input) {
    __typename
    ... on ProductVariantPayload { variant { id sku prices { currencyCode amount } inventoryItems { requiredQuantity inventory { id sku } } } }
    ... on MutationError { code message }
  }
}`;

// ---------------------------------------------------------------------------------------------
// F1: the floor. One statement; PostgreSQL builds the whole GraphQL-shaped response as text.

/** An instant as GraphQL's DateTime scalar writes it (Date#toISOString: milliseconds, UTC, "Z"). */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** json_build_object arguments from [key, SQL expression] pairs. */
const pairs = (entries: [string, string][]) => entries.map(([key, sql]) => `'${key}', ${sql}`).join(',\n      ');

const timestamps = (alias: string): [string, string][] => [
  ['createdAt', iso(`${alias}.created_at`)],
  ['updatedAt', iso(`${alias}.updated_at`)],
];

const LEVEL_JSON = `json_build_object(
      ${pairs([
        ['id', 'il.id'],
        ['locationId', 'il.location_id'],
        ['metadata', 'il.metadata'],
        ['inventoryItemId', 'il.inventory_item_id'],
        ['rawStockedQuantity', 'il.raw_stocked_quantity'],
        ['rawReservedQuantity', 'il.raw_reserved_quantity'],
        ['rawIncomingQuantity', 'il.raw_incoming_quantity'],
        ...timestamps('il'),
        ['availableQuantity', 'il.stocked_quantity - il.reserved_quantity'],
        ['stockedQuantity', 'il.stocked_quantity'],
        ['reservedQuantity', 'il.reserved_quantity'],
        ['incomingQuantity', 'il.incoming_quantity'],
      ])})`;

const ITEM_JSON = `json_build_object(
      ${pairs([
        ['id', 'i.id'],
        ['sku', 'i.sku'],
        ['originCountry', 'i.origin_country'],
        ['hsCode', 'i.hs_code'],
        ['midCode', 'i.mid_code'],
        ['material', 'i.material'],
        ['unitOfMeasure', 'i.unit_of_measure'],
        ['weight', 'i.weight'],
        ['length', 'i.length'],
        ['height', 'i.height'],
        ['width', 'i.width'],
        ['requiresShipping', 'i.requires_shipping'],
        ['description', 'i.description'],
        ['title', 'i.title'],
        ['thumbnail', 'i.thumbnail'],
        ['metadata', 'i.metadata'],
        ...timestamps('i'),
        ['reservedQuantity', 'levels.reserved'],
        ['stockedQuantity', 'levels.stocked'],
        ['locationLevels', `COALESCE(levels.list, '[]'::json)`],
      ])})`;

const LINK_JSON = `json_build_object(
      ${pairs([
        ['variantId', 'l.variant_id'],
        ['inventoryItemId', 'l.inventory_item_id'],
        ['id', 'l.id'],
        ['requiredQuantity', 'l.required_quantity'],
        ...timestamps('l'),
        ['inventory', ITEM_JSON],
      ])})`;

const PRODUCT_JSON = `json_build_object(
      ${pairs([
        ['id', 'pr.id'],
        ['title', 'pr.title'],
        ['subtitle', 'pr.subtitle'],
        ['status', 'upper(pr.status)'],
        ['externalId', 'pr.external_id'],
        ['description', 'pr.description'],
        ['handle', 'pr.handle'],
        ['isGiftcard', 'pr.is_giftcard'],
        ['discountable', 'pr.discountable'],
        ['thumbnail', 'pr.thumbnail'],
        ['collectionId', 'pr.collection_id'],
        ['typeId', 'pr.type_id'],
        ['weight', 'pr.weight'],
        ['length', 'pr.length'],
        ['height', 'pr.height'],
        ['width', 'pr.width'],
        ['hsCode', 'pr.hs_code'],
        ['originCountry', 'pr.origin_country'],
        ['midCode', 'pr.mid_code'],
        ['material', 'pr.material'],
        ...timestamps('pr'),
        ['metadata', 'pr.metadata'],
      ])})`;

const VARIANT_JSON = `json_build_object(
      ${pairs([
        ['id', 'v.id'],
        ['title', 'v.title'],
        ['sku', 'v.sku'],
        ['thumbnail', 'v.thumbnail'],
        ['barcode', 'v.barcode'],
        ['ean', 'v.ean'],
        ['upc', 'v.upc'],
        ['allowBackorder', 'v.allow_backorder'],
        ['manageInventory', 'v.manage_inventory'],
        ['hsCode', 'v.hs_code'],
        ['originCountry', 'v.origin_country'],
        ['midCode', 'v.mid_code'],
        ['material', 'v.material'],
        ['weight', 'v.weight'],
        ['length', 'v.length'],
        ['height', 'v.height'],
        ['width', 'v.width'],
        ['metadata', 'v.metadata'],
        ['variantRank', 'v.variant_rank'],
        ['productId', 'v.product_id'],
        ...timestamps('v'),
        ['options', `COALESCE(opts.list, '[]'::json)`],
        ['prices', `COALESCE(prices.list, '[]'::json)`],
        ['product', `CASE WHEN pr.id IS NULL THEN NULL ELSE ${PRODUCT_JSON} END`],
        ['inventoryItems', `COALESCE(items.list, '[]'::json)`],
        ['inventoryQuantity', 'CASE WHEN v.manage_inventory THEN items.quantity END'],
      ])})`;

/** How the floor chooses its page: by OFFSET ($2, an integer), or by keyset (the rows after the id $2). */
export type FloorPaging = 'offset' | 'keyset';

const FLOOR_PAGE: Record<FloorPaging, { where: string; offset: string; echo: string }> = {
  offset: { where: '', offset: 'OFFSET $2::int', echo: `'offset', $2::int` },
  // '' sorts before every id: the first page.
  keyset: { where: 'AND id > $2::text', offset: '', echo: `'after', $2::text` },
};

/**
 * The floor's statement: $1 = limit, $2 = offset or the id to start after. The same rows, filters
 * (soft-deleted rows hidden where the gateway hides them) and orders as the gateway's resolvers, and
 * Medusa's inventory formula. The page is chosen first, so its cost does not grow with the depth.
 */
export const floorSql = (paging: FloorPaging) => `
WITH page AS (
  SELECT * FROM product_variant WHERE deleted_at IS NULL ${FLOOR_PAGE[paging].where}
  ORDER BY id LIMIT $1::int ${FLOOR_PAGE[paging].offset}
)
SELECT json_build_object('data', json_build_object('productVariants', json_build_object(
  'count', (SELECT count(*) FROM product_variant WHERE deleted_at IS NULL),
  ${FLOOR_PAGE[paging].echo},
  'limit', $1::int,
  'nodes', COALESCE((
    SELECT json_agg(${VARIANT_JSON} ORDER BY v.id)
    FROM page v
    LEFT JOIN product pr ON pr.id = v.product_id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
        ${pairs([
          ['id', 'ov.id'],
          ['value', 'ov.value'],
          ['rank', 'ov.rank'],
          ['metadata', 'ov.metadata'],
          ['optionId', 'ov.option_id'],
          ...timestamps('ov'),
          ['option', `CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id) END`],
        ])}) ORDER BY pvo.option_value_id) AS list
      FROM product_variant_option pvo
      JOIN product_option_value ov ON ov.id = pvo.option_value_id AND ov.deleted_at IS NULL
      LEFT JOIN product_option o ON o.id = ov.option_id
      WHERE pvo.variant_id = v.id
    ) opts ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
        ${pairs([
          ['id', 'p.id'],
          ['amount', 'p.amount'],
          ['currencyCode', 'p.currency_code'],
          ['minQuantity', 'p.min_quantity'],
          ['maxQuantity', 'p.max_quantity'],
          ...timestamps('p'),
          [
            'rules',
            `COALESCE((SELECT json_object_agg(r.attribute, r.value ORDER BY r.id) FROM price_rule r WHERE r.price_id = p.id AND r.deleted_at IS NULL), '{}'::json)`,
          ],
        ])}) ORDER BY p.id) AS list
      FROM product_variant_price_set pvps
      JOIN price_set ps ON ps.id = pvps.price_set_id AND ps.deleted_at IS NULL
      JOIN price p ON p.price_set_id = ps.id AND p.deleted_at IS NULL AND p.price_list_id IS NULL
      WHERE pvps.variant_id = v.id AND pvps.deleted_at IS NULL
    ) prices ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(${LINK_JSON} ORDER BY l.id) FILTER (WHERE i.id IS NOT NULL) AS list,
             MIN(FLOOR(COALESCE(levels.available, 0) / NULLIF(l.required_quantity, 0)))::float8 AS quantity
      FROM product_variant_inventory_item l
      LEFT JOIN inventory_item i ON i.id = l.inventory_item_id AND i.deleted_at IS NULL
      LEFT JOIN LATERAL (
        SELECT json_agg(${LEVEL_JSON} ORDER BY il.id) AS list,
               SUM(il.stocked_quantity)::float8 AS stocked,
               SUM(il.reserved_quantity)::float8 AS reserved,
               SUM(il.stocked_quantity - il.reserved_quantity) AS available
        FROM inventory_level il
        WHERE il.inventory_item_id = i.id AND il.deleted_at IS NULL
      ) levels ON true
      WHERE l.variant_id = v.id AND l.deleted_at IS NULL
    ) items ON true
  ), '[]'::json)
)))::text AS body`;
