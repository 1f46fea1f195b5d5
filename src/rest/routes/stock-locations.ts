import { z } from 'zod';
import { bodyColumns, columnsInput } from '../body-columns.js';
import { columnFields } from '../default-fields.js';
import { notFound } from '../errors.js';
import { filterParams, filterVariables } from '../list-filters.js';
import { listArguments, listDocument, listQuery, pageEnvelope, stringList, unservedParams } from '../list-query.js';
import { ERROR_SELECTION, FIELDS_ONLY, type Json, type JsonObject, payload, type Route, route } from '../route.js';
import { nullish } from '../validation.js';

/** Medusa 2.21's defaultAdminStockLocationFields: neither `deleted_at` nor the address's company and timestamps. */
export const STOCK_LOCATION_FIELDS = [
  ...columnFields('stockLocation', { without: ['address_id', 'deleted_at'] }),
  ...columnFields('stockLocationAddress', {
    of: 'address',
    without: ['company', 'created_at', 'updated_at', 'deleted_at'],
  }),
];

const idOrIds = z.union([z.string(), z.array(z.string())]);

const stockLocationListQuery = z
  .object({
    ...listQuery(20),
    ...filterParams('stockLocation'),
    address_id: idOrIds.optional(),
    sales_channel_id: idOrIds.optional(),
    ...unservedParams('stock locations', ['deleted_at']),
  })
  .strict();

type StockLocationListQuery = z.infer<typeof stockLocationListQuery>;

/** Medusa's AdminUpsertStockLocationAddress, plus the address metadata the responses show: an upsert, so always whole. */
const address = z.object(bodyColumns('stockLocationAddress', 'create')).strict();

const locationKeys = {
  address: address.optional(),
  // Pointing a location at an existing address by id has no GraphQL counterpart; only "none" is taken.
  address_id: nullish(z.string()).refine((value) => value == null, {
    message: "Field '{field}' is not supported by this gateway; send the address itself",
  }),
};

// Medusa answers a missing name with a 500 (its trim preprocessor fails); here it is a 400.
const createBody = z.object({ ...bodyColumns('stockLocation', 'create'), ...locationKeys }).strict();
const updateBody = z.object({ ...bodyColumns('stockLocation', 'update'), ...locationKeys }).strict();
const salesChannelsBody = z
  .object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() })
  .strict();

function locationInput(body: z.infer<typeof updateBody>) {
  const { address: addressBody, address_id: _none, ...columns } = body;
  return {
    ...columnsInput('stockLocation', columns),
    ...(addressBody ? { address: columnsInput('stockLocationAddress', addressBody) } : {}),
  };
}

const listVariables = (query: StockLocationListQuery) =>
  listArguments(query, {
    ids: stringList(query.id),
    q: query.q,
    ...filterVariables('stockLocation', query),
    addressIds: stringList(query.address_id),
    salesChannelIds: stringList(query.sales_channel_id),
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
