import { z } from 'zod';
import { INTEGER_MAX, INTEGER_MIN } from '../../domain/rules.js';
import { notFound } from '../errors.js';
import {
  camelKeys,
  ERROR_SELECTION,
  FIELDS_ONLY,
  type Json,
  type JsonObject,
  listDocument,
  listQuery,
  orderArgument,
  orderItems,
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

/**
 * Medusa 2.21's defaultAdminInventoryItemFields, in the order its recorded default responses give
 * the keys; 2.21 adds `unit_of_measure` to the 2.0 list in the spec.
 */
export const INVENTORY_ITEM_FIELDS = [
  'id',
  'sku',
  'title',
  'description',
  'thumbnail',
  'origin_country',
  'hs_code',
  'requires_shipping',
  'mid_code',
  'material',
  'unit_of_measure',
  'weight',
  'length',
  'height',
  'width',
  'metadata',
  'reserved_quantity',
  'stocked_quantity',
  'created_at',
  'updated_at',
  '*location_levels',
];

/** Medusa 2.21's defaultAdminLocationLevelFields, for the levels list. */
export const LOCATION_LEVEL_FIELDS = [
  'id',
  'inventory_item_id',
  'location_id',
  'stocked_quantity',
  'reserved_quantity',
  'incoming_quantity',
  'available_quantity',
  'metadata',
  'created_at',
  'updated_at',
];

/**
 * A level quantity: Medusa's `z.number().min(0)`, with Medusa's message below 0. Stricter above
 * that: the gateway keeps whole units within PostgreSQL's integer range, where Medusa stores any
 * number.
 */
const quantity = z
  .number()
  .min(0)
  .refine((value) => value < 0 || (Number.isInteger(value) && value <= INTEGER_MAX), {
    message: `Field '{field}' must be a whole number from 0 to ${INTEGER_MAX}`,
  });

/** Medusa's schema takes any number for these integer columns; the gateway takes what the column can hold, else a 400 naming the range. */
const dimension = nullish(wholeNumber(INTEGER_MIN));

const itemColumns = {
  sku: nullish(z.string()),
  hs_code: nullish(z.string()),
  weight: dimension,
  length: dimension,
  height: dimension,
  width: dimension,
  origin_country: nullish(z.string()),
  mid_code: nullish(z.string()),
  material: nullish(z.string()),
  unit_of_measure: nullish(z.string()),
  title: nullish(z.string()),
  description: nullish(z.string()),
  // A JSON boolean only, not Medusa's booleanString: Medusa's schema says z.boolean() here.
  requires_shipping: z.boolean().optional(),
  thumbnail: nullish(z.string()),
  metadata: nullish(z.record(z.string(), z.unknown())),
};

export const levelQuantities = { stocked_quantity: quantity.optional(), incoming_quantity: quantity.optional() };

export const createLevelBody = z.object({ location_id: z.string(), ...levelQuantities }).strict();
const updateLevelBody = z.object(levelQuantities).strict();
const createItemBody = z.object({ ...itemColumns, location_levels: z.array(createLevelBody).optional() }).strict();
const updateItemBody = z.object(itemColumns).strict();

/**
 * Medusa's `order` over the columns the GraphQL order enum has. Medusa answers an unknown column
 * with a 500; here it is a 400 naming the sortable columns.
 */
const orderParam = (what: string, sortable: readonly string[]) =>
  z
    .string()
    .optional()
    .superRefine((order, context) => {
      for (const item of orderItems(order)) {
        if (sortable.includes(item.replace(/^[-+]/, ''))) continue;
        context.addIssue({
          code: 'custom',
          message: `Cannot order ${what} by '${item}'; sortable: ${sortable.join(', ')}, each with an optional '-' for descending`,
        });
      }
    });

const orderVariable = orderArgument;

const { limit: itemLimit, offset: itemOffset } = listQuery(20);
const { limit: levelLimit, offset: levelOffset } = listQuery(50);

/** Medusa's AdminGetInventoryItemsParams. */
const itemListQuery = z
  .object({
    limit: itemLimit,
    offset: itemOffset,
    order: orderParam('inventory items', ['id', 'created_at', 'updated_at', 'sku', 'title']),
    q: z.string().optional(),
    id: stringOrList,
    sku: stringOrList,
    requires_shipping: booleanString.optional(),
    location_levels: z.object({ location_id: stringOrList }).strict().optional(),
    origin_country: stringOrList,
    mid_code: stringOrList,
    hs_code: stringOrList,
    material: stringOrList,
    with_deleted: unreadWithDeleted,
    weight: unsupportedFilter('inventory items'),
    length: unsupportedFilter('inventory items'),
    height: unsupportedFilter('inventory items'),
    width: unsupportedFilter('inventory items'),
    $and: unsupportedFilter('inventory items'),
    $or: unsupportedFilter('inventory items'),
  })
  .strict();

/** Medusa's AdminGetInventoryLocationLevelsParams. */
const levelListQuery = z
  .object({
    limit: levelLimit,
    offset: levelOffset,
    order: orderParam('inventory levels', [
      'id',
      'created_at',
      'updated_at',
      'location_id',
      'stocked_quantity',
      'reserved_quantity',
      'incoming_quantity',
    ]),
    location_id: stringOrList,
    with_deleted: unreadWithDeleted,
    $and: unsupportedFilter('inventory levels'),
    $or: unsupportedFilter('inventory levels'),
  })
  .strict();

export type LevelQuantitiesBody = { stocked_quantity?: number; incoming_quantity?: number };

export const quantitiesInput = (body: LevelQuantitiesBody) => ({
  stockedQuantity: body.stocked_quantity,
  incomingQuantity: body.incoming_quantity,
});

/** A Medusa item body as GraphQL's input: camelCase columns, levels with camelCase keys. */
function itemInput(body: z.infer<typeof createItemBody>) {
  const { location_levels, ...columns } = body;
  return {
    ...camelKeys(columns),
    ...(location_levels
      ? {
          locationLevels: location_levels.map((level) => ({
            locationId: level.location_id,
            ...quantitiesInput(level),
          })),
        }
      : {}),
  };
}

const itemPayload = (mutation: string, inputType: string, payloadType: string) => (selection: string) =>
  `mutation Item($input: ${inputType}!) {
    result: ${mutation}(input: $input) { __typename ${ERROR_SELECTION} ... on ${payloadType} { inventoryItem ${selection} } }
  }`;

const itemResponse = (data: JsonObject, view: (value: Json) => Json) => ({
  inventory_item: view(payload(data).inventoryItem),
});

export const inventoryItemRoutes: Route[] = [
  route({
    method: 'GET',
    path: '/admin/inventory-items',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: itemListQuery,
    document: listDocument('InventoryItems', 'inventoryItems', 'InventoryItemFilter', 'InventoryItemOrder'),
    variables: ({ query }) => ({
      filter: {
        ids: stringList(query.id),
        q: query.q,
        sku: stringList(query.sku),
        originCountry: stringList(query.origin_country),
        midCode: stringList(query.mid_code),
        hsCode: stringList(query.hs_code),
        material: stringList(query.material),
        locationIds: stringList(query.location_levels?.location_id),
        requiresShipping: query.requires_shipping,
      },
      order: orderVariable(query.order),
      limit: query.limit,
      offset: query.offset,
    }),
    respond: (data, view) => pageEnvelope('inventory_items', data, view),
  }),
  route({
    method: 'POST',
    path: '/admin/inventory-items',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    body: createItemBody,
    document: itemPayload('createInventoryItem', 'CreateInventoryItemInput', 'InventoryItemPayload'),
    variables: ({ body }) => ({ input: itemInput(body) }),
    respond: itemResponse,
  }),
  route({
    method: 'GET',
    path: '/admin/inventory-items/:id',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    document: (selection) => `query InventoryItem($id: ID!) { item: inventoryItem(id: $id) ${selection} }`,
    variables: ({ params }) => ({ id: params.id }),
    respond: (data, view, { params }) => {
      if (!data.item) throw notFound(`Inventory item with id: ${params.id} was not found`);
      return { inventory_item: view(data.item) };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/inventory-items/:id',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    body: updateItemBody,
    document: itemPayload('updateInventoryItem', 'UpdateInventoryItemInput', 'InventoryItemPayload'),
    variables: ({ params, body }) => ({ input: { id: params.id, ...camelKeys(body) } }),
    respond: itemResponse,
  }),
  route({
    method: 'DELETE',
    path: '/admin/inventory-items/:id',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    // Medusa answers with the id alone, whatever `fields` says.
    document: () => `mutation DeleteItem($input: DeleteInventoryItemInput!) {
      result: deleteInventoryItem(input: $input) { __typename ${ERROR_SELECTION} ... on DeleteInventoryItemPayload { id } }
    }`,
    variables: ({ params }) => ({ input: { id: params.id } }),
    respond: (data) => ({ id: payload(data).id, object: 'inventory_item', deleted: true }),
  }),
  route({
    method: 'GET',
    path: '/admin/inventory-items/:id/location-levels',
    entity: 'inventoryLevel',
    defaults: LOCATION_LEVEL_FIELDS,
    query: levelListQuery,
    document: (
      selection,
    ) => `query Levels($id: ID!, $filter: InventoryLevelFilter, $order: [InventoryLevelOrder!], $limit: Int, $offset: Int) {
      item: inventoryItem(id: $id) { id }
      page: inventoryLevels(filter: $filter, order: $order, limit: $limit, offset: $offset) { count offset limit nodes ${selection} }
    }`,
    variables: ({ params, query }) => ({
      id: params.id,
      filter: { inventoryItemIds: [params.id], locationIds: stringList(query.location_id) },
      order: orderVariable(query.order),
      limit: query.limit,
      offset: query.offset,
    }),
    respond: (data, view, { params }) => {
      // Medusa lists no levels for an unknown item; the gateway says the item is not there, as GET one does.
      if (!data.item) throw notFound(`Inventory item with id: ${params.id} was not found`);
      return pageEnvelope('inventory_levels', data, view);
    },
  }),
  route({
    method: 'POST',
    path: '/admin/inventory-items/:id/location-levels',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    body: createLevelBody,
    document: itemPayload('createInventoryLevel', 'InventoryLevelInput', 'InventoryLevelPayload'),
    variables: ({ params, body }) => ({
      input: { inventoryItemId: params.id, locationId: body.location_id, ...quantitiesInput(body) },
    }),
    respond: itemResponse,
  }),
  route({
    method: 'POST',
    path: '/admin/inventory-items/:id/location-levels/:location_id',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    body: updateLevelBody,
    document: itemPayload('updateInventoryLevel', 'InventoryLevelInput', 'InventoryLevelPayload'),
    variables: ({ params, body }) => ({
      input: { inventoryItemId: params.id, locationId: params.location_id, ...quantitiesInput(body) },
    }),
    respond: itemResponse,
  }),
  route({
    method: 'DELETE',
    path: '/admin/inventory-items/:id/location-levels/:location_id',
    entity: 'inventoryItem',
    defaults: INVENTORY_ITEM_FIELDS,
    query: FIELDS_ONLY,
    document: (selection) => `mutation DeleteLevel($input: DeleteInventoryLevelInput!) {
      result: deleteInventoryLevel(input: $input) { __typename ${ERROR_SELECTION} ... on DeleteInventoryLevelPayload { id inventoryItem ${selection} } }
    }`,
    variables: ({ params }) => ({ input: { inventoryItemId: params.id, locationId: params.location_id } }),
    respond: (data, view) => {
      const result = payload(data);
      return { id: result.id, object: 'inventory-level', deleted: true, parent: view(result.inventoryItem) };
    },
  }),
] as Route[];
