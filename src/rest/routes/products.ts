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
} from '../route.js';
import { booleanString, nullish } from '../validation.js';
import { PRODUCT_FIELDS } from './products-fields.js';
import { createVariantItem, variantInput } from './variants.js';

/** Medusa's product statuses; GraphQL spells the same enum in capitals. */
const status = z.enum(['draft', 'proposed', 'published', 'rejected']);
type Status = z.infer<typeof status>;

const graphQLStatus = (value: Status) => value.toUpperCase();

const idOrIds = z.union([z.string(), z.array(z.string())]);

/** Medusa 2.21 takes `type_id`, `collection_id` and `tag_id` as given: one id, or ids repeated, never split on commas. */
const idList = (value: string | string[] | undefined) => (value === undefined ? undefined : [value].flat());

/** `status=a,b`, `status[]=a,b` and `status[]=a&status[]=b` alike: Medusa splits list parameters on commas. */
const statusList = z.preprocess(
  (value) =>
    typeof value === 'string' || Array.isArray(value)
      ? [value].flat().flatMap((item) => String(item).split(','))
      : value,
  z.array(status),
);

/**
 * A Medusa key for data the gateway does not write (product types, collections and tags, which it
 * only reads; categories, images, shipping profiles): Medusa clients send it empty, so empty
 * passes; anything else would be dropped without a word, so it is refused.
 */
const unsupported = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .refine((value) => value == null || (Array.isArray(value) && value.length === 0), {
      message: "Field '{field}' is not supported by this gateway; send it empty or leave it out",
    });

const UNSUPPORTED_KEYS = {
  type_id: unsupported(z.string()),
  collection_id: unsupported(z.string()),
  shipping_profile_id: unsupported(z.string()),
  categories: unsupported(z.array(z.object({ id: z.string() }))),
  tags: unsupported(z.array(z.object({ id: z.string() }))),
  images: unsupported(z.array(z.object({ url: z.string() }))),
};

/** The columns both create and update take, as Medusa's CreateProduct/UpdateProduct name them. */
const productColumns = {
  subtitle: nullish(z.string()),
  description: nullish(z.string()),
  handle: nullish(z.string()),
  status: nullish(status),
  is_giftcard: booleanString.optional(),
  discountable: booleanString.optional(),
  thumbnail: nullish(z.string()),
  external_id: nullish(z.string()),
  weight: nullish(z.number()),
  length: nullish(z.number()),
  height: nullish(z.number()),
  width: nullish(z.number()),
  hs_code: nullish(z.string()),
  mid_code: nullish(z.string()),
  origin_country: nullish(z.string()),
  material: nullish(z.string()),
  metadata: nullish(z.record(z.string(), z.unknown())),
  // Medusa hands it to workflow hooks and stores nothing; the gateway has no hooks, so it is ignored.
  additional_data: nullish(z.record(z.string(), z.unknown())),
  ...UNSUPPORTED_KEYS,
};

const createProductBody = z
  .object({
    title: z.string(),
    ...productColumns,
    options: z.array(z.object({ title: z.string(), values: z.array(z.string()) }).strict()).optional(),
    variants: z.array(createVariantItem.strict()).optional(),
    sales_channels: z.array(z.object({ id: z.string() }).strict()).optional(),
  })
  .strict();

/**
 * Medusa's update also upserts options and variants and replaces sales channels. The gateway's
 * updateProduct changes columns only, so these keys are refused rather than ignored.
 */
const notOnUpdate = (hint: string) =>
  z.unknown().refine((value) => value === undefined, {
    message: `Field '{field}' cannot be changed by updating the product here; ${hint}`,
  });

const updateProductBody = z
  .object({
    title: z.string().optional(),
    ...productColumns,
    options: notOnUpdate('options are set when the product is created').optional(),
    variants: notOnUpdate('use /admin/products/:id/variants').optional(),
    sales_channels: notOnUpdate('sales channels are set when the product is created').optional(),
  })
  .strict();

type CreateProductBody = z.infer<typeof createProductBody>;
type UpdateProductBody = z.infer<typeof updateProductBody>;

/** The columns of a product body as GraphQL's CreateProductInput/UpdateProductInput name them. */
function columnsInput(body: CreateProductBody | UpdateProductBody) {
  const {
    status: bodyStatus,
    options: _options,
    variants: _variants,
    sales_channels: _salesChannels,
    additional_data: _additionalData,
    type_id: _typeId,
    collection_id: _collectionId,
    shipping_profile_id: _shippingProfileId,
    categories: _categories,
    tags: _tags,
    images: _images,
    ...columns
  } = body;
  return { ...camelKeys(columns), ...(bodyStatus ? { status: graphQLStatus(bodyStatus) } : {}) };
}

function createInput(body: CreateProductBody) {
  return {
    ...columnsInput(body),
    // GraphQL requires the list; an empty one gets the domain's "at least one option" error.
    options: body.options ?? [],
    variants: body.variants?.map(variantInput),
    salesChannelIds: body.sales_channels?.map((channel) => channel.id),
  };
}

const productListQuery = z.object({
  ...listQuery(50),
  handle: idOrIds.optional(),
  status: statusList.optional(),
  sales_channel_id: idOrIds.optional(),
  type_id: idOrIds.optional(),
  collection_id: idOrIds.optional(),
  tag_id: idOrIds.optional(),
  created_at: dateFilter,
  updated_at: dateFilter,
  title: idOrIds.optional(),
  external_id: idOrIds.optional(),
  is_giftcard: booleanString.optional(),
  // Medusa reads it here (and on no other list): deleted products are not served, so only false passes.
  with_deleted: booleanString.optional().refine((value) => value !== true, {
    message: "Field '{field}' is not supported by this gateway: deleted products are not served",
  }),
  // Medusa filters the gateway cannot apply: refusing them beats answering with unfiltered rows.
  option_id: unsupported(idOrIds),
  option_value_id: unsupported(idOrIds),
  category_id: unsupported(idOrIds),
  price_list_id: unsupported(idOrIds),
  deleted_at: unsupported(z.unknown()),
  variants: unsupported(z.unknown()),
});
// Not strict: Medusa's product list query is a transformed schema that drops unknown parameters.

type ProductListQuery = z.infer<typeof productListQuery>;

const listVariables = (query: ProductListQuery) => ({
  filter: {
    ids: stringList(query.id),
    q: query.q,
    handle: stringList(query.handle),
    // A title may hold commas: taken whole, as Medusa takes a plain string.
    title: query.title === undefined ? undefined : [query.title].flat(),
    externalId: stringList(query.external_id),
    isGiftcard: query.is_giftcard,
    status: query.status?.map(graphQLStatus),
    salesChannelIds: stringList(query.sales_channel_id),
    typeIds: idList(query.type_id),
    collectionIds: idList(query.collection_id),
    tagIds: idList(query.tag_id),
    createdAt: dateRange(query.created_at),
    updatedAt: dateRange(query.updated_at),
  },
  order: orderArgument(query.order),
  limit: query.limit,
  offset: query.offset,
});

const productResult = (mutation: string, args: string) => (selection: string) =>
  `mutation Product(${args}) { result: ${mutation} { __typename ${ERROR_SELECTION} ... on ProductPayload { product ${selection} } } }`;

const productResponse = (data: JsonObject, view: (value: Json) => Json) => ({
  product: view(payload(data).product),
});

export const productRoutes: Route[] = [
  route({
    method: 'GET',
    path: '/admin/products',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: productListQuery,
    document: listDocument('ProductList', 'products', 'ProductFilter', 'ProductOrder'),
    variables: ({ query }) => listVariables(query),
    respond: (data, view) => pageEnvelope('products', data, view),
  }),
  route({
    method: 'POST',
    path: '/admin/products',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    body: createProductBody,
    document: productResult('createProduct(input: $input)', '$input: CreateProductInput!'),
    variables: ({ body }) => ({ input: createInput(body) }),
    respond: productResponse,
  }),
  route({
    method: 'GET',
    path: '/admin/products/:id',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    document: (selection) => `query Product($id: ID!) { product(id: $id) ${selection} }`,
    variables: ({ params }) => ({ id: params.id }),
    respond: (data, view) => {
      // Medusa's wording for this route; its update route names the id (`Product with id "X" not found`).
      if (!data.product) throw notFound('Product not found');
      return { product: view(data.product) };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/products/:id',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    body: updateProductBody,
    document: productResult('updateProduct(input: $input)', '$input: UpdateProductInput!'),
    variables: ({ params, body }) => ({ input: { id: params.id, ...columnsInput(body) } }),
    respond: productResponse,
  }),
  route({
    method: 'DELETE',
    path: '/admin/products/:id',
    entity: 'product',
    defaults: PRODUCT_FIELDS,
    query: FIELDS_ONLY,
    document: () => `mutation DeleteProduct($input: DeleteProductInput!) {
      result: deleteProduct(input: $input) { __typename ${ERROR_SELECTION} ... on DeleteProductPayload { id } }
    }`,
    variables: ({ params }) => ({ input: { id: params.id } }),
    respond: (data) => ({ id: payload(data).id, object: 'product', deleted: true }),
  }),
] as Route[];
