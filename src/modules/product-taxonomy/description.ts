import { type Column, type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

/*
 * A product's type, collection and tags, read from Medusa's product module tables. The gateway
 * only reads them; they are created and changed through Medusa's own admin routes.
 */

const externalId = {
  field: 'externalId',
  type: 'String',
  nullable: true,
  description: 'Its id in another system.',
} as const satisfies Column;

/** A kind of product, e.g. Shirt (Medusa: product_type). */
export const PRODUCT_TYPE = {
  name: 'productType',
  model: 'ProductType',
  type: 'ProductType',
  keys: [
    ID,
    { field: 'value', type: 'String', description: 'Its name; unique among live product types.' },
    externalId,
    METADATA,
    ...timestamps(),
  ],
} as const satisfies EntityDescription;

/** A collection products are presented in (Medusa: product_collection). */
export const PRODUCT_COLLECTION = {
  name: 'productCollection',
  model: 'ProductCollection',
  type: 'ProductCollection',
  keys: [
    ID,
    { field: 'title', type: 'String', description: 'Its name, as people read it.' },
    { field: 'handle', type: 'String', description: 'The URL-safe name; unique among live collections.' },
    externalId,
    METADATA,
    ...timestamps(),
  ],
} as const satisfies EntityDescription;

/** A word products are labelled with (Medusa: product_tag). */
export const PRODUCT_TAG = {
  name: 'productTag',
  model: 'ProductTag',
  type: 'ProductTag',
  keys: [
    ID,
    { field: 'value', type: 'String', description: 'The word; unique among live tags.' },
    externalId,
    METADATA,
    ...timestamps(),
  ],
} as const satisfies EntityDescription;
