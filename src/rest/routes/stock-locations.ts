import { z } from 'zod';
import { notFound } from '../errors.js';
import {
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
  unreadWithDeleted,
  unsupportedFilter,
} from '../route.js';
import { nullish } from '../validation.js';

/** Medusa 2.21's defaultAdminStockLocationFields. */
export const STOCK_LOCATION_FIELDS = [
  'id',
  'name',
  'metadata',
  'created_at',
  'updated_at',
  'address.id',
  'address.address_1',
  'address.address_2',
  'address.city',
  'address.country_code',
  'address.phone',
  'address.province',
  'address.postal_code',
  'address.metadata',
];

const idOrIds = z.union([z.string(), z.array(z.string())]);

const stockLocationListQuery = z
  .object({
    ...listQuery(20),
    name: idOrIds.optional(),
    address_id: idOrIds.optional(),
    sales_channel_id: idOrIds.optional(),
    created_at: dateFilter,
    updated_at: dateFilter,
    with_deleted: unreadWithDeleted,
    deleted_at: unsupportedFilter('stock locations'),
    $and: unsupportedFilter('stock locations'),
    $or: unsupportedFilter('stock locations'),
  })
  .strict();

type StockLocationListQuery = z.infer<typeof stockLocationListQuery>;

/** Medusa's AdminUpsertStockLocationAddress, plus the address metadata the responses show. */
const address = z
  .object({
    address_1: z.string(),
    address_2: nullish(z.string()),
    company: nullish(z.string()),
    country_code: z.string(),
    city: nullish(z.string()),
    phone: nullish(z.string()),
    postal_code: nullish(z.string()),
    province: nullish(z.string()),
    metadata: nullish(z.record(z.string(), z.unknown())),
  })
  .strict();

const locationColumns = {
  address: address.optional(),
  // Pointing a location at an existing address by id has no GraphQL counterpart; only "none" is taken.
  address_id: nullish(z.string()).refine((value) => value == null, {
    message: "Field '{field}' is not supported by this gateway; send the address itself",
  }),
  metadata: nullish(z.record(z.string(), z.unknown())),
};

// Medusa answers a missing name with a 500 (its trim preprocessor fails); here it is a 400.
const createBody = z.object({ name: z.string(), ...locationColumns }).strict();
const updateBody = z.object({ name: z.string().optional(), ...locationColumns }).strict();
const salesChannelsBody = z
  .object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() })
  .strict();

type AddressBody = z.infer<typeof address>;

function addressInput(body: AddressBody) {
  return {
    address1: body.address_1,
    address2: body.address_2,
    company: body.company,
    countryCode: body.country_code,
    city: body.city,
    phone: body.phone,
    postalCode: body.postal_code,
    province: body.province,
    metadata: body.metadata,
  };
}

function locationInput(body: z.infer<typeof updateBody>) {
  return {
    name: body.name,
    metadata: body.metadata,
    ...(body.address ? { address: addressInput(body.address) } : {}),
  };
}

const listVariables = (query: StockLocationListQuery) => ({
  filter: {
    ids: stringList(query.id),
    q: query.q,
    name: stringList(query.name),
    addressIds: stringList(query.address_id),
    salesChannelIds: stringList(query.sales_channel_id),
    createdAt: dateRange(query.created_at),
    updatedAt: dateRange(query.updated_at),
  },
  order: orderArgument(query.order),
  limit: query.limit,
  offset: query.offset,
});

const locationResult = (mutation: string, args: string) => (selection: string) =>
  `mutation StockLocation(${args}) { result: ${mutation} { __typename ${ERROR_SELECTION} ... on StockLocationPayload { stockLocation ${selection} } } }`;

const locationResponse = (data: JsonObject, view: (value: Json) => Json) => ({
  stock_location: view(payload(data).stockLocation),
});

export const stockLocationRoutes: Route[] = [
  route({
    method: 'GET',
    path: '/admin/stock-locations',
    entity: 'stockLocation',
    defaults: STOCK_LOCATION_FIELDS,
    query: stockLocationListQuery,
    document: listDocument('StockLocationList', 'stockLocations', 'StockLocationFilter', 'StockLocationOrder'),
    variables: ({ query }) => listVariables(query),
    respond: (data, view) => pageEnvelope('stock_locations', data, view),
  }),
  route({
    method: 'POST',
    path: '/admin/stock-locations',
    entity: 'stockLocation',
    defaults: STOCK_LOCATION_FIELDS,
    query: FIELDS_ONLY,
    body: createBody,
    document: locationResult('createStockLocation(input: $input)', '$input: CreateStockLocationInput!'),
    variables: ({ body }) => ({ input: locationInput(body) }),
    respond: locationResponse,
  }),
  route({
    method: 'GET',
    path: '/admin/stock-locations/:id',
    entity: 'stockLocation',
    defaults: STOCK_LOCATION_FIELDS,
    query: FIELDS_ONLY,
    document: (selection) => `query StockLocation($id: ID!) { stockLocation(id: $id) ${selection} }`,
    variables: ({ params }) => ({ id: params.id }),
    respond: (data, view, { params }) => {
      if (!data.stockLocation) throw notFound(`Stock location with id: ${params.id} was not found`);
      return { stock_location: view(data.stockLocation) };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/stock-locations/:id',
    entity: 'stockLocation',
    defaults: STOCK_LOCATION_FIELDS,
    query: FIELDS_ONLY,
    body: updateBody,
    document: locationResult('updateStockLocation(input: $input)', '$input: UpdateStockLocationInput!'),
    variables: ({ params, body }) => ({ input: { id: params.id, ...locationInput(body) } }),
    respond: locationResponse,
  }),
  route({
    method: 'DELETE',
    path: '/admin/stock-locations/:id',
    entity: 'stockLocation',
    defaults: STOCK_LOCATION_FIELDS,
    query: FIELDS_ONLY,
    document: () => `mutation DeleteStockLocation($input: DeleteStockLocationInput!) {
      result: deleteStockLocation(input: $input) { __typename ${ERROR_SELECTION} ... on DeleteStockLocationPayload { id } }
    }`,
    variables: ({ params }) => ({ input: { id: params.id } }),
    respond: (data) => ({ id: payload(data).id, object: 'stock_location', deleted: true }),
  }),
  route({
    method: 'POST',
    path: '/admin/stock-locations/:id/sales-channels',
    entity: 'stockLocation',
    defaults: STOCK_LOCATION_FIELDS,
    query: FIELDS_ONLY,
    body: salesChannelsBody,
    document: locationResult(
      'updateStockLocationSalesChannels(input: $input)',
      '$input: StockLocationSalesChannelsInput!',
    ),
    variables: ({ params, body }) => ({
      input: { stockLocationId: params.id, add: body.add, remove: body.remove },
    }),
    respond: locationResponse,
  }),
] as Route[];
