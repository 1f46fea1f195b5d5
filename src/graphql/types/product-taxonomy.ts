import { PRODUCT_COLLECTION, PRODUCT_TAG, PRODUCT_TYPE } from '../../modules/product-taxonomy/description.js';
import { builder } from '../builder.js';
import { columnFields } from '../describe/object-fields.js';

/*
 * A product's type, collection and tags, read from Medusa's product module tables. The gateway
 * only reads them; they are created and changed through Medusa's own admin routes.
 */

export const ProductType = builder.prismaObject('ProductType', {
  description: 'A kind of product, e.g. Shirt, that products are grouped by (Medusa: product_type).',
  fields: (t) => columnFields(t, PRODUCT_TYPE),
});

export const ProductCollection = builder.prismaObject('ProductCollection', {
  description: 'A collection products are presented in, e.g. Summer 2026 (Medusa: product_collection).',
  fields: (t) => columnFields(t, PRODUCT_COLLECTION),
});

export const ProductTag = builder.prismaObject('ProductTag', {
  description: 'A word products are labelled with, e.g. organic (Medusa: product_tag).',
  fields: (t) => columnFields(t, PRODUCT_TAG),
});

/** A related row as Medusa shows it: a soft-deleted one is gone, though the product still names it. */
export const liveOrNull = <Row extends { deletedAt: Date | null }>(row: Row | null): Row | null =>
  row && row.deletedAt === null ? row : null;
