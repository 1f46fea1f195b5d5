/**
 * Ids from the demo catalog, substituted for {product}, {variant}, {item} and {location} in paths
 * and bodies; the item is stocked at the location.
 */
export interface SeedIds {
  product: string;
  variant: string;
  item: string;
  location: string;
}

export interface BadRequest {
  build(ids: SeedIds, token: string): { method: string; path: string; headers: Record<string, string>; body?: string };
}

export interface RestCase {
  name: string;
  request: BadRequest;
  status: number;
  type: string | undefined;
  message: string | RegExp;
}

export interface GraphQLCase {
  name: string;
  request: BadRequest;
  status: number;
  code: string;
  message: string | RegExp;
}

interface RequestOptions {
  /** The Authorization header, or null for none; the admin token when absent. */
  authorization?: string | null;
  contentType?: string;
  headers?: Record<string, string>;
}

const fill = (text: string, ids: SeedIds) =>
  text.replace(/\{(product|variant|item|location)\}/g, (_, name: keyof SeedIds) => ids[name]);

function request(method: string, path: string, body?: unknown, options: RequestOptions = {}): BadRequest {
  return {
    build(ids, token) {
      const headers: Record<string, string> = {};
      const authorization = options.authorization === undefined ? `Bearer ${token}` : options.authorization;
      if (authorization !== null) headers.authorization = authorization;
      if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
      Object.assign(headers, options.headers);
      const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
      return { method, path: fill(path, ids), headers, body: text === undefined ? undefined : fill(text, ids) };
    },
  };
}

const graphql = (query: string, variables?: Record<string, unknown>, options?: RequestOptions) =>
  request('POST', '/graphql', { query, variables }, options);

const rest = (
  name: string,
  method: string,
  path: string,
  body: unknown,
  status: number,
  type: string | undefined,
  message: string | RegExp,
  options?: RequestOptions,
): RestCase => ({ name, request: request(method, path, body, options), status, type, message });

const invalid = (name: string, method: string, path: string, body: unknown, message: string | RegExp) =>
  rest(name, method, path, body, 400, 'invalid_data', message);

const VARIANTS = '/admin/products/{product}/variants';
const LINKS = '/admin/products/{product}/variants/{variant}/inventory-items';
const LEVELS = '/admin/inventory-items/{item}/location-levels';
const HUGE = 7390879820021760;

export const REST_CASES: RestCase[] = [
  // Types and required fields
  invalid(
    'variant title of the wrong type',
    'POST',
    VARIANTS,
    { title: 1, prices: [] },
    "Expected type: 'string' for field 'title', got: '1'",
  ),
  invalid('variant without prices', 'POST', VARIANTS, { title: 'No prices' }, "Field 'prices' is required"),
  invalid(
    'price amount that is text',
    'POST',
    VARIANTS,
    { title: 'x', prices: [{ amount: 'abc', currency_code: 'eur' }] },
    "Expected type: 'number' for field 'prices, 0, amount', got: 'abc'",
  ),
  invalid(
    'negative price amount',
    'POST',
    VARIANTS,
    { title: 'x', prices: [{ amount: -1, currency_code: 'eur' }] },
    "Value for field 'prices, 0, amount' too small, expected at least: '0'",
  ),
  invalid(
    'price without currency',
    'POST',
    VARIANTS,
    { title: 'x', prices: [{ amount: 1 }] },
    "Field 'prices, 0, currency_code' is required",
  ),
  invalid(
    'boolean given as a word',
    'POST',
    VARIANTS,
    { title: 'x', manage_inventory: 'yes', prices: [] },
    "Expected type: 'boolean' for field 'manage_inventory', got: 'yes'",
  ),
  invalid(
    'metadata that is not an object',
    'POST',
    VARIANTS,
    { title: 'x', metadata: 's', prices: [] },
    "Expected type: 'record' for field 'metadata', got: 's'",
  ),
  invalid(
    'unknown body field',
    'POST',
    '/admin/inventory-items',
    { sku: 'x', bogus: 1 },
    "Unrecognized fields: 'bogus'",
  ),
  invalid(
    'options missing a value for every option',
    'POST',
    VARIANTS,
    { title: 'x', options: { Nope: 'v' }, prices: [] },
    /provided option values for the variant/,
  ),
  invalid('stock location without a name', 'POST', '/admin/stock-locations', {}, "Field 'name' is required"),
  invalid(
    'stock location with an empty name',
    'POST',
    '/admin/stock-locations',
    { name: '' },
    'name must not be empty',
  ),
  invalid(
    'stock location name of the wrong type',
    'POST',
    '/admin/stock-locations',
    { name: 42 },
    "Expected type: 'string' for field 'name', got: '42'",
  ),
  // Numbers
  invalid(
    'huge weight',
    'POST',
    '/admin/inventory-items',
    { sku: 'x', weight: HUGE },
    "Field 'weight' must be a whole number from -2147483648 to 2147483647",
  ),
  invalid(
    'fractional weight',
    'POST',
    '/admin/inventory-items',
    { sku: 'x', weight: 1.5 },
    "Field 'weight' must be a whole number",
  ),
  invalid(
    'huge required quantity',
    'POST',
    LINKS,
    { inventory_item_id: '{item}', required_quantity: HUGE },
    "Field 'required_quantity' must be a whole number from 1 to 2147483647",
  ),
  invalid(
    'zero required quantity',
    'POST',
    LINKS,
    { inventory_item_id: '{item}', required_quantity: 0 },
    "Field 'required_quantity' must be a whole number from 1 to 2147483647",
  ),
  invalid(
    'negative required quantity',
    'POST',
    LINKS,
    { inventory_item_id: '{item}', required_quantity: -1 },
    "Field 'required_quantity' must be a whole number from 1 to 2147483647",
  ),
  invalid(
    'fractional required quantity',
    'POST',
    LINKS,
    { inventory_item_id: '{item}', required_quantity: 1.5 },
    "Field 'required_quantity' must be a whole number from 1 to 2147483647",
  ),
  invalid(
    'fractional stocked quantity',
    'POST',
    `${LEVELS}/{location}`,
    { stocked_quantity: 1.5 },
    "Field 'stocked_quantity' must be a whole number from 0 to 2147483647",
  ),
  invalid(
    'negative stocked quantity',
    'POST',
    `${LEVELS}/{location}`,
    { stocked_quantity: -3 },
    "Value for field 'stocked_quantity' too small, expected at least: '0'",
  ),
  invalid(
    'huge incoming quantity',
    'POST',
    `${LEVELS}/{location}`,
    { incoming_quantity: HUGE },
    "Field 'incoming_quantity' must be a whole number from 0 to 2147483647",
  ),
  invalid(
    'batch level with a fractional quantity',
    'POST',
    `${LEVELS}/batch`,
    { update: [{ location_id: '{location}', stocked_quantity: 0.5 }] },
    'must be a whole number from 0 to 2147483647',
  ),
  // Query strings
  invalid(
    'negative limit',
    'GET',
    '/admin/product-variants?limit=-1',
    undefined,
    "Value for field 'limit' too small, expected at least: '0'",
  ),
  invalid(
    'limit that is not a number',
    'GET',
    '/admin/product-variants?limit=abc',
    undefined,
    "Expected type: 'number' for field 'limit', got: 'NaN'",
  ),
  invalid(
    'limit above the page cap',
    'GET',
    '/admin/product-variants?limit=500',
    undefined,
    "Value for field 'limit' too big, expected at most: '200'",
  ),
  invalid(
    'limit in exponent notation',
    'GET',
    '/admin/inventory-items?limit=1e10',
    undefined,
    "Value for field 'limit' too big",
  ),
  invalid(
    'negative offset',
    'GET',
    '/admin/stock-locations?offset=-5',
    undefined,
    "Value for field 'offset' too small, expected at least: '0'",
  ),
  invalid(
    'fields given as an array',
    'GET',
    '/admin/product-variants?fields[]=id',
    undefined,
    "Expected type: 'string' for field 'fields'",
  ),
  invalid(
    'order by an injected value',
    'GET',
    '/admin/product-variants?order=;drop%20table',
    undefined,
    /does not exist in "ProductVariantOrderField" enum/,
  ),
  invalid(
    'date filter that is not a date',
    'GET',
    '/admin/product-variants?created_at[$gt]=garbage',
    undefined,
    /DateTime cannot represent an invalid date-time-string garbage/,
  ),
  invalid(
    'date filter that is not an object',
    'GET',
    '/admin/product-variants?created_at=garbage',
    undefined,
    "Expected type: 'object' for field 'created_at', got: 'garbage'",
  ),
  invalid(
    'boolean filter given a word',
    'GET',
    '/admin/inventory-items?requires_shipping=maybe',
    undefined,
    "Expected type: 'boolean' for field 'requires_shipping', got: 'maybe'",
  ),
  invalid(
    'unknown query parameter',
    'GET',
    '/admin/inventory-items?created_at=2020',
    undefined,
    "Unrecognized fields: 'created_at'",
  ),
  // Ids
  rest(
    'unknown product',
    'POST',
    '/admin/products/prod_nope/variants',
    { title: 'x', prices: [] },
    404,
    'not_found',
    'Product with id "prod_nope" not found',
  ),
  rest(
    'unknown inventory item',
    'GET',
    '/admin/inventory-items/iitem_nope',
    undefined,
    404,
    'not_found',
    'Inventory item with id: iitem_nope was not found',
  ),
  rest(
    'unknown stock location',
    'GET',
    '/admin/stock-locations/sloc_nope',
    undefined,
    404,
    'not_found',
    'Stock location with id: sloc_nope was not found',
  ),
  rest(
    'link to an unknown inventory item',
    'POST',
    LINKS,
    { inventory_item_id: 'iitem_nope', required_quantity: 1 },
    404,
    'not_found',
    'Inventory item with id "iitem_nope" not found',
  ),
  rest(
    'level at an unknown location',
    'POST',
    LEVELS,
    { location_id: 'sloc_nope', stocked_quantity: 1 },
    404,
    'not_found',
    'Stock locations with ids: sloc_nope was not found',
  ),
  rest(
    'delete an unknown variant',
    'DELETE',
    `${VARIANTS}/variant_nope`,
    undefined,
    404,
    'not_found',
    /Variant with id "variant_nope" of product .* not found/,
  ),
  rest(
    'id that is not valid percent-encoding',
    'GET',
    '/admin/product-variants/%E0%A4%A',
    undefined,
    404,
    'not_found',
    'Cannot GET /admin/product-variants/%E0%A4%A',
  ),
  rest(
    'method the route does not have',
    'PATCH',
    '/admin/inventory-items',
    undefined,
    404,
    'not_found',
    'Cannot PATCH /admin/inventory-items',
  ),
  // Bodies
  invalid(
    'malformed JSON',
    'POST',
    '/admin/inventory-items',
    '{bad json',
    'Invalid request: the body is not valid JSON',
  ),
  invalid(
    'a JSON array as the body',
    'POST',
    '/admin/inventory-items',
    '[1,2]',
    "Expected type: 'object' for field '', got: '[1,2]'",
  ),
  invalid(
    'JSON null as the body',
    'POST',
    '/admin/inventory-items',
    'null',
    "Expected type: 'object' for field '', got: 'null'",
  ),
  invalid(
    'a JSON string as the body',
    'POST',
    '/admin/inventory-items',
    '"str"',
    "Expected type: 'object' for field '', got: 'str'",
  ),
  rest(
    'oversized body',
    'POST',
    '/admin/inventory-items',
    { sku: 'x'.repeat(1_100_000) },
    413,
    'invalid_data',
    /Request body larger than \d+ bytes/,
  ),
  // Authentication
  rest('no credentials', 'GET', '/admin/product-variants', undefined, 401, undefined, 'Unauthorized', {
    authorization: null,
  }),
  rest(
    'a token signed with another secret',
    'GET',
    '/admin/product-variants',
    undefined,
    401,
    undefined,
    'Unauthorized',
    {
      authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl9pZCI6InUiLCJhY3Rvcl90eXBlIjoidXNlciJ9.c2lnbmF0dXJl',
    },
  ),
  rest('a secret API key nobody issued', 'GET', '/admin/product-variants', undefined, 401, undefined, 'Unauthorized', {
    authorization: `Basic sk_${'0'.repeat(64)}`,
  }),
  rest(
    'an unknown API key, base64-encoded with its colon',
    'GET',
    '/admin/product-variants',
    undefined,
    401,
    undefined,
    'Unauthorized',
    { authorization: `Basic ${Buffer.from('sk_nope:').toString('base64')}` },
  ),
  rest(
    'a secret API key sent as a Bearer token',
    'GET',
    '/admin/product-variants',
    undefined,
    401,
    undefined,
    /Secret API keys must be sent using HTTP Basic authentication/,
    { authorization: `Bearer sk_${'0'.repeat(64)}` },
  ),
  // Limits and retries
  invalid(
    'fields whose query costs more than the maximum',
    'GET',
    '/admin/products?limit=200&fields=*variants.inventory_items.inventory.location_levels.stock_locations.address',
    undefined,
    /^Invalid request: Query cost \d+ exceeds the maximum of 1000000/,
  ),
  rest(
    'an Idempotency-Key longer than 255 characters',
    'POST',
    '/admin/stock-locations',
    { name: 'Retried' },
    400,
    'invalid_data',
    'Idempotency key must be 1 to 255 printable ASCII characters (got 300 character(s))',
    { headers: { 'idempotency-key': 'k'.repeat(300) } },
  ),
  invalid(
    'text holding a NUL character',
    'POST',
    '/admin/inventory-items',
    { sku: 'a\u0000b' },
    /holds a NUL character or an unpaired surrogate, which cannot be stored/,
  ),
];

export const GRAPHQL_CASES: GraphQLCase[] = [
  // Documents
  {
    name: 'syntax error',
    request: graphql('{ productVariants { nodes { id } '),
    status: 200,
    code: 'GRAPHQL_PARSE_FAILED',
    message: /^Syntax Error: /,
  },
  {
    name: 'unknown field',
    request: graphql('{ productVariants { nodes { nope } } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "nope" on type "ProductVariant".',
  },
  {
    name: 'argument of the wrong type',
    request: graphql('{ productVariants(limit: "x") { nodes { id } } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Int cannot represent non-integer value: "x"',
  },
  {
    name: 'missing required argument',
    request: graphql('{ productVariant { id } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /argument "id" of type "ID!" is required/,
  },
  {
    name: 'unknown argument',
    request: graphql('{ productVariants(bogus: 1) { nodes { id } } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Unknown argument "bogus" on field "Query.productVariants".',
  },
  {
    name: 'mutation input with an unknown field',
    request: graphql('mutation { createStockLocation(input: { name: "x", bogus: 1 }) { __typename } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Field "bogus" is not defined by type "CreateStockLocationInput"/,
  },
  {
    name: 'null for a required input field',
    request: graphql('mutation { createStockLocation(input: { name: null }) { __typename } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /Expected value of type "String!", found null/,
  },
  {
    name: 'fractional Int literal',
    request: graphql('mutation { createInventoryItem(input: { sku: "x", weight: 1.5 }) { __typename } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Int cannot represent non-integer value: 1.5',
  },
  {
    name: 'huge Int variable',
    request: graphql('mutation($w: Int) { createInventoryItem(input: { sku: "x", weight: $w }) { __typename } }', {
      w: HUGE,
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message:
      'Variable "$w" got invalid value 7390879820021760; Int cannot represent non 32-bit signed integer value: 7390879820021760',
  },
  {
    name: 'string for a Boolean variable',
    request: graphql(
      'mutation($b: Boolean) { createInventoryItem(input: { sku: "x", requiresShipping: $b }) { __typename } }',
      { b: 'yes' },
    ),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /Boolean cannot represent a non boolean value: "yes"/,
  },
  {
    name: 'undeclared variable',
    request: graphql('{ productVariant(id: $id) { id } }'),
    status: 200,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Variable "$id" is not defined.',
  },
  {
    name: 'page size above the cap',
    request: graphql('{ productVariants(limit: 500) { nodes { id } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /200/,
  },
  // Requests
  {
    name: 'body that is not JSON',
    request: request('POST', '/graphql', 'nonsense'),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'POST body sent invalid JSON.',
  },
  {
    name: 'body without a query',
    request: request('POST', '/graphql', { quer: 1 }),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Unexpected parameter "quer" in the request body.',
  },
  {
    name: 'query that is not a string',
    request: request('POST', '/graphql', { query: 5 }),
    status: 400,
    code: 'BAD_REQUEST',
    message: /query/,
  },
  {
    name: 'mutation over GET',
    request: request(
      'GET',
      `/graphql?query=${encodeURIComponent('mutation { deleteProduct(input: { id: "{product}" }) { __typename } }')}`,
    ),
    status: 405,
    code: 'BAD_REQUEST',
    message: 'Can only perform a mutation operation from a POST request.',
  },
  {
    name: 'no credentials',
    request: graphql('{ productVariants { nodes { id } } }', undefined, { authorization: null }),
    status: 401,
    code: 'UNAUTHENTICATED',
    message: /^Unauthorized/,
  },
  // Domain rules (typed errors)
  {
    name: 'update of an unknown inventory item',
    request: graphql(
      'mutation { updateInventoryItem(input: { id: "iitem_nope", sku: "x" }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'NOT_FOUND',
    message: 'InventoryItem with id "iitem_nope" not found',
  },
  {
    name: 'metadata that is not an object',
    request: graphql(
      'mutation { createInventoryItem(input: { sku: "x", metadata: 5 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: 'metadata must be a JSON object or null',
  },
  {
    name: 'variant metadata that is not an object',
    request: graphql(
      'mutation { updateProductVariant(input: { id: "{variant}", metadata: ["a"] }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: 'metadata must be a JSON object or null',
  },
  {
    name: 'product metadata that is not an object',
    request: graphql(
      'mutation { updateProduct(input: { id: "{product}", metadata: "note" }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: 'metadata must be a JSON object or null',
  },
  {
    name: 'zero required quantity',
    request: graphql(
      'mutation { createVariantInventoryItem(input: { variantId: "{variant}", inventoryItemId: "{item}", requiredQuantity: 0 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: /requiredQuantity/,
  },
  {
    name: 'negative stocked quantity',
    request: graphql(
      'mutation { updateInventoryLevel(input: { inventoryItemId: "{item}", locationId: "{location}", stockedQuantity: -1 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: /stockedQuantity/,
  },
  {
    name: 'variant for an unknown product',
    request: graphql(
      'mutation { createProductVariant(input: { productId: "prod_nope", title: "x" }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'NOT_FOUND',
    message: /prod_nope/,
  },
  {
    name: 'duplicate sku',
    request: graphql(
      'mutation { createInventoryItem(input: { sku: "TEE-BLACK-S" }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'DUPLICATE',
    message: /TEE-BLACK-S/,
  },
  {
    name: 'stock location with an empty name',
    request: graphql('mutation { createStockLocation(input: { name: "" }) { ... on MutationError { code message } } }'),
    status: 200,
    code: 'INVALID_DATA',
    message: 'name must not be empty',
  },
  {
    name: 'level at an unknown location',
    request: graphql(
      'mutation { createInventoryLevel(input: { inventoryItemId: "{item}", locationId: "sloc_nope" }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'NOT_FOUND',
    message: /sloc_nope/,
  },
  {
    name: 'an unknown secret API key',
    request: graphql('{ __typename }', undefined, { authorization: 'Basic sk_nope' }),
    status: 401,
    code: 'UNAUTHENTICATED',
    message: /^Unauthorized/,
  },
  // Limits
  {
    name: 'a query deeper than the maximum',
    request: graphql(`{ productVariants { nodes { ${'product { variants { '.repeat(5)}id${' } }'.repeat(5)} } } }`),
    status: 200,
    code: 'MAX_DEPTH_EXCEEDED',
    message: 'Query depth limit of 10 exceeded, found 13.',
  },
  {
    name: 'more aliases than the maximum',
    request: graphql(`{ ${Array.from({ length: 301 }, (_, i) => `a${i}: products { count }`).join(' ')} }`),
    status: 200,
    code: 'MAX_ALIASES_EXCEEDED',
    message: 'Aliases limit of 300 exceeded, found 301.',
  },
  {
    name: 'a document of more tokens than the maximum',
    request: graphql(`{ productVariants { nodes { ${'id '.repeat(3100)}} } }`),
    status: 200,
    code: 'MAX_TOKENS_EXCEEDED',
    message: 'Token limit of 3000 exceeded.',
  },
  {
    name: 'a wide query costing more than the maximum',
    request: graphql(
      '{ products(limit: 200) { nodes { variants { inventoryItems { inventory { locationLevels { location { salesChannels { id } } } } } } } } }',
    ),
    status: 200,
    code: 'MAX_COST_EXCEEDED',
    message: /^Query cost \d+ exceeds the maximum of 1000000/,
  },
  {
    name: 'a batch of operations while batching is off (the default)',
    request: request(
      'POST',
      '/graphql',
      Array.from({ length: 2 }, () => ({ query: '{ __typename }' })),
    ),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Batching is not supported.',
  },
  {
    name: 'a body larger than the maximum',
    request: graphql('mutation($t: String!) { createStockLocation(input: { name: $t }) { __typename } }', {
      t: 'x'.repeat(1_100_000),
    }),
    status: 413,
    code: 'REQUEST_ENTITY_TOO_LARGE',
    message: 'Request body too large',
  },
  {
    name: 'an idempotency key that is blank',
    request: graphql(
      'mutation { createStockLocation(input: { name: "Retried" }, idempotencyKey: " ") { __typename } }',
    ),
    status: 200,
    code: 'BAD_USER_INPUT',
    message: /^Idempotency key must be 1 to 255 printable ASCII characters/,
  },
  {
    name: 'text holding an unpaired surrogate',
    request: graphql('mutation($t: String!) { createStockLocation(input: { name: $t }) { __typename } }', {
      t: '\ud800',
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    message: /holds a NUL character or an unpaired surrogate/,
  },
  // Stock writes
  {
    name: 'adjusting a level that does not exist',
    request: graphql(
      'mutation { adjustInventoryLevel(input: { inventoryItemId: "{item}", locationId: "sloc_nope", delta: 1 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'NOT_FOUND',
    message: /is not stocked at location sloc_nope/,
  },
  {
    name: 'adjusting with a stale expected quantity',
    request: graphql(
      'mutation { adjustInventoryLevel(input: { inventoryItemId: "{item}", locationId: "{location}", delta: 1, changeFromQuantity: 2147483647 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'CONFLICT',
    message: /2147483647/,
  },
  {
    name: 'adjusting beyond the integer range',
    request: graphql(
      'mutation { adjustInventoryLevel(input: { inventoryItemId: "{item}", locationId: "{location}", delta: 2147483647 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: /2147483647/,
  },
  {
    name: 'setting a negative stocked quantity',
    request: graphql(
      'mutation { setInventoryLevel(input: { inventoryItemId: "{item}", locationId: "{location}", stockedQuantity: -1 }) { ... on MutationError { code message } } }',
    ),
    status: 200,
    code: 'INVALID_DATA',
    message: /./,
  },
];
