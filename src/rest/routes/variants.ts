import { z } from 'zod';
import { notFound } from '../errors.js';
import {
  camelKeys,
  dateFilter,
  dateRange,
  ERROR_SELECTION,
  FIELDS_ONLY,
  type Json,
  type JsonObject,
  listDocument,
  listQuery,
  orderArgument,
  pageEnvelope,
  payload,
  type Route,
  route,
  stringList,
  stringOrList,
  unreadWithDeleted,
  unsupportedFilter,
} from '../route.js';
import { booleanString, nullish, wholeNumber } from '../validation.js';
import { PRODUCT_FIELDS } from './products-fields.js';

/** Medusa 2.21's default fields of a variant on the routes under /admin/products/:id/variants. */
export const VARIANT_FIELDS = [
  'id',
  'title',
  'sku',
  'thumbnail',
  'barcode',
  'ean',
  'upc',
  'allow_backorder',
  'manage_inventory',
  'hs_code',
  'origin_country',
  'mid_code',
  'material',
  'weight',
  'length',
  'height',
  'width',
  'metadata',
  'variant_rank',
  'product_id',
  'created_at',
  'updated_at',
  'deleted_at',
  '*options',
  '*prices',
  'prices.price_rules.value',
  'prices.price_rules.attribute',
];

/** GET /admin/product-variants adds the product. */
const ALL_VARIANTS_FIELDS = [...VARIANT_FIELDS, '*product'];

const variantListQuery = z
  .object({
    ...listQuery(50),
    manage_inventory: booleanString.optional(),
    allow_backorder: booleanString.optional(),
    sku: stringOrList,
    ean: stringOrList,
    upc: stringOrList,
    barcode: stringOrList,
    created_at: dateFilter,
    updated_at: dateFilter,
    with_deleted: unreadWithDeleted,
    deleted_at: unsupportedFilter('variants'),
    $and: unsupportedFilter('variants'),
    $or: unsupportedFilter('variants'),
  })
  .strict();

type VariantListQuery = z.infer<typeof variantListQuery>;

const LIST_DOCUMENT = listDocument('VariantList', 'productVariants', 'ProductVariantFilter', 'ProductVariantOrder');

const listVariables = (query: VariantListQuery, productId?: string) => ({
  filter: {
    ids: stringList(query.id),
    q: query.q,
    sku: stringList(query.sku),
    ean: stringList(query.ean),
    upc: stringList(query.upc),
    barcode: stringList(query.barcode),
    productIds: productId ? [productId] : undefined,
    manageInventory: query.manage_inventory,
    allowBackorder: query.allow_backorder,
    createdAt: dateRange(query.created_at),
    updatedAt: dateRange(query.updated_at),
  },
  order: orderArgument(query.order),
  limit: query.limit,
  offset: query.offset,
});

const listResponse = (data: JsonObject, view: (value: Json) => Json) => pageEnvelope('variants', data, view);

const price = z.object({
  id: z.string().optional(),
  currency_code: z.string(),
  amount: z.number().min(0),
  min_quantity: nullish(z.number()),
  max_quantity: nullish(z.number()),
  rules: z.record(z.string(), z.string()).optional(),
});

const variantColumns = {
  sku: nullish(z.string()),
  ean: nullish(z.string()),
  upc: nullish(z.string()),
  barcode: nullish(z.string()),
  hs_code: nullish(z.string()),
  mid_code: nullish(z.string()),
  origin_country: nullish(z.string()),
  material: nullish(z.string()),
  allow_backorder: booleanString.optional(),
  manage_inventory: booleanString.optional(),
  variant_rank: z.number().optional(),
  weight: nullish(z.number()),
  length: nullish(z.number()),
  height: nullish(z.number()),
  width: nullish(z.number()),
  thumbnail: nullish(z.string()),
  metadata: nullish(z.record(z.string(), z.unknown())),
  options: z.record(z.string(), z.string()).optional(),
};

const inventoryItemRef = z.object({ inventory_item_id: z.string(), required_quantity: wholeNumber(1) }).strict();

export const createVariantItem = z.object({
  title: z.string(),
  prices: z.array(price),
  ...variantColumns,
  inventory_items: z.array(inventoryItemRef).optional(),
});
const createVariantBody = createVariantItem
  .extend({ additional_data: nullish(z.record(z.string(), z.unknown())) })
  .strict();

const updateVariantItem = z.object({
  title: z.string().optional(),
  prices: z.array(price).optional(),
  ...variantColumns,
});
/**
 * Medusa v1's body for the same route (seed 003) is accepted too, as the compatibility policy says:
 * options as `[{option_id, value}]`, prices with a `region_id` (a region rule), and
 * `inventory_quantity` setting the stock of a variant's single inventory item.
 */
const updateVariantBody = updateVariantItem
  .extend({
    additional_data: nullish(z.record(z.string(), z.unknown())),
    options: z
      .union([
        z.record(z.string(), z.string()),
        z.array(z.object({ option_id: z.string(), value: z.string() }).strict()),
      ])
      .optional(),
    prices: z.array(price.extend({ region_id: z.string().optional() })).optional(),
    inventory_quantity: wholeNumber(0).optional(),
  })
  .strict();

type PriceBody = z.infer<typeof price>;

type VariantBody = Omit<Partial<z.infer<typeof createVariantItem>>, 'options' | 'prices'> & {
  options?: Record<string, string> | { option_id: string; value: string }[];
  prices?: (PriceBody & { region_id?: string })[];
  additional_data?: unknown;
  inventory_quantity?: number;
};

/** A Medusa variant body as the GraphQL input: camelCase columns, options and rules as lists. */
export function variantInput(body: VariantBody) {
  const { prices, options, inventory_items, additional_data: _hooksOnly, ...columns } = body;
  return {
    ...camelKeys(columns),
    ...(prices ? { prices: prices.map(priceInput) } : {}),
    ...(options ? { options: optionChoices(options) } : {}),
    ...(inventory_items
      ? {
          inventoryItems: inventory_items.map((item) => ({
            inventoryItemId: item.inventory_item_id,
            requiredQuantity: item.required_quantity,
          })),
        }
      : {}),
  };
}

function optionChoices(options: NonNullable<VariantBody['options']>) {
  return Array.isArray(options)
    ? options.map(({ option_id, value }) => ({ optionId: option_id, value }))
    : Object.entries(options).map(([option, value]) => ({ option, value }));
}

function priceInput(body: PriceBody & { region_id?: string }) {
  const rules = { ...body.rules, ...(body.region_id ? { region_id: body.region_id } : {}) };
  return {
    id: body.id,
    currencyCode: body.currency_code,
    amount: body.amount,
    minQuantity: body.min_quantity,
    maxQuantity: body.max_quantity,
    rules:
      body.rules || body.region_id
        ? Object.entries(rules).map(([attribute, value]) => ({ attribute, value }))
        : undefined,
  };
}

const productResult = (selection: string) => `... on ProductVariantPayload { product ${selection} }`;

const linkBody = z.object({ inventory_item_id: z.string(), required_quantity: wholeNumber(1) }).strict();
const linkUpdateBody = z.object({ required_quantity: wholeNumber(1) }).strict();
const linkRef = { variant_id: z.string(), inventory_item_id: z.string() };
const linkBatchBody = z
  .object({
    create: z.array(z.object({ ...linkRef, required_quantity: wholeNumber(1) }).strict()).optional(),
    update: z.array(z.object({ ...linkRef, required_quantity: wholeNumber(1) }).strict()).optional(),
    delete: z.array(z.object(linkRef).strict()).optional(),
  })
  .strict();

const LINK_DOCUMENT = (mutation: string, inputType: string) => (selection: string) =>
  `mutation Link($input: ${inputType}!) { result: ${mutation}(input: $input) { __typename ${ERROR_SELECTION} ... on VariantInventoryItemPayload { variant ${selection} } } }`;

export const variantRoutes: Route[] = [
  route({
    method: 'GET',
    path: '/admin/products/:id/variants',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: variantListQuery,
    document: LIST_DOCUMENT,
    variables: ({ params, query }) => listVariables(query, params.id),
    respond: listResponse,
  }),
  route({
    method: 'GET',
    path: '/admin/product-variants',
    entity: 'variant',
    defaults: ALL_VARIANTS_FIELDS,
    query: variantListQuery,
    document: LIST_DOCUMENT,
    variables: ({ query }) => listVariables(query),
    respond: listResponse,
  }),
  route({
    method: 'GET',
    path: '/admin/products/:id/variants/:variant_id',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: FIELDS_ONLY,
    document: (selection) => `query Variant($filter: ProductVariantFilter) {
      page: productVariants(filter: $filter, limit: 1) { nodes ${selection} }
    }`,
    variables: ({ params }) => ({ filter: { ids: [params.variant_id], productIds: [params.id] } }),
    respond: (data, view, { params }) => {
      const [variant] = (data.page as { nodes: JsonObject[] }).nodes;
      if (!variant) throw notFound(`Variant with id "${params.variant_id}" of product ${params.id} not found`);
      return { variant: view(variant) };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id/variants',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    body: createVariantBody,
    document: (selection) => `mutation CreateVariant($input: CreateProductVariantInput!) {
      result: createProductVariant(input: $input) { __typename ${ERROR_SELECTION} ${productResult(selection)} }
    }`,
    variables: ({ params, body }) => ({ input: { productId: params.id, ...variantInput(body) } }),
    respond: (data, view) => ({ product: view(payload(data).product) }),
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id/variants/:variant_id',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    body: updateVariantBody,
    document: (selection) => `mutation UpdateVariant($input: UpdateProductVariantInput!) {
      result: updateProductVariant(input: $input) { __typename ${ERROR_SELECTION} ${productResult(selection)} }
    }`,
    variables: ({ params, body }) => ({
      input: { id: params.variant_id, productId: params.id, ...variantInput(body) },
    }),
    respond: (data, view) => ({ product: view(payload(data).product) }),
  }),
  route({
    method: 'DELETE',
    path: '/admin/products/:id/variants/:variant_id',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    document: (selection) => `mutation DeleteVariant($input: DeleteProductVariantInput!) {
      result: deleteProductVariant(input: $input) { __typename ${ERROR_SELECTION} ... on DeleteProductVariantPayload { id product ${selection} } }
    }`,
    variables: ({ params }) => ({ input: { id: params.variant_id, productId: params.id } }),
    respond: (data, view) => {
      const result = payload(data);
      return { id: result.id, object: 'variant', deleted: true, parent: view(result.product) };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id/variants/batch',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: FIELDS_ONLY,
    body: z
      .object({
        create: z.array(createVariantItem.strict()).optional(),
        update: z.array(updateVariantItem.extend({ id: z.string() }).strict()).optional(),
        delete: z.array(z.string()).optional(),
      })
      .strict(),
    document: (selection) => `mutation BatchVariants($input: BatchProductVariantsInput!) {
      result: batchProductVariants(input: $input) {
        __typename ${ERROR_SELECTION} ... on BatchProductVariantsPayload { created ${selection} updated ${selection} deletedIds }
      }
    }`,
    variables: ({ params, body }) => ({
      input: {
        productId: params.id,
        create: body.create?.map(variantInput),
        update: body.update?.map(({ id, ...rest }) => ({ id, ...variantInput(rest) })),
        delete: body.delete,
      },
    }),
    respond: (data, view) => {
      const result = payload(data);
      return {
        created: view(result.created),
        updated: view(result.updated),
        deleted: { ids: result.deletedIds, object: 'variant', deleted: true },
      };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id/variants/:variant_id/inventory-items',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: FIELDS_ONLY,
    body: linkBody,
    document: LINK_DOCUMENT('createVariantInventoryItem', 'VariantInventoryItemInput'),
    variables: ({ params, body }) => ({
      input: {
        productId: params.id,
        variantId: params.variant_id,
        inventoryItemId: body.inventory_item_id,
        requiredQuantity: body.required_quantity,
      },
    }),
    respond: (data, view) => ({ variant: view(payload(data).variant) }),
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: FIELDS_ONLY,
    body: linkUpdateBody,
    document: LINK_DOCUMENT('updateVariantInventoryItem', 'VariantInventoryItemInput'),
    variables: ({ params, body }) => ({
      input: {
        productId: params.id,
        variantId: params.variant_id,
        inventoryItemId: params.inventory_item_id,
        requiredQuantity: body.required_quantity,
      },
    }),
    respond: (data, view) => ({ variant: view(payload(data).variant) }),
  }),
  route({
    method: 'DELETE',
    path: '/admin/products/:id/variants/:variant_id/inventory-items/:inventory_item_id',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: FIELDS_ONLY,
    document: LINK_DOCUMENT('deleteVariantInventoryItem', 'VariantInventoryItemKeyInput'),
    variables: ({ params }) => ({
      input: { productId: params.id, variantId: params.variant_id, inventoryItemId: params.inventory_item_id },
    }),
    respond: (data, view, { params }) => ({
      id: { product: { variant_id: params.variant_id }, inventory: { inventory_item_id: params.inventory_item_id } },
      object: 'variant-inventory-item-link',
      deleted: true,
      parent: view(payload(data).variant),
    }),
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id/variants/inventory-items/batch',
    entity: 'variant',
    defaults: VARIANT_FIELDS,
    query: FIELDS_ONLY,
    body: linkBatchBody,
    document: () => `mutation BatchLinks($input: BatchVariantInventoryItemsInput!) {
      result: batchVariantInventoryItems(input: $input) { __typename ${ERROR_SELECTION} ... on BatchVariantInventoryItemsPayload { created { variant { id } } } }
    }`,
    variables: ({ params, body }) => {
      const link = (item: { variant_id: string; inventory_item_id: string; required_quantity?: number }) => ({
        productId: params.id,
        variantId: item.variant_id,
        inventoryItemId: item.inventory_item_id,
        ...(item.required_quantity === undefined ? {} : { requiredQuantity: item.required_quantity }),
      });
      return {
        input: { create: body.create?.map(link), update: body.update?.map(link), delete: body.delete?.map(link) },
      };
    },
    // Medusa echoes the links it was given, in its link-definition shape, rather than variants.
    respond: (data, _view, { body }) => {
      payload(data);
      const definition = (item: { variant_id: string; inventory_item_id: string; required_quantity?: number }) => ({
        product: { variant_id: item.variant_id },
        inventory: { inventory_item_id: item.inventory_item_id },
        ...(item.required_quantity === undefined ? {} : { data: { required_quantity: item.required_quantity } }),
      });
      return {
        created: (body.create ?? []).map(definition),
        updated: (body.update ?? []).map(definition),
        deleted: (body.delete ?? []).map(definition),
      };
    },
  }),
] as Route[];
