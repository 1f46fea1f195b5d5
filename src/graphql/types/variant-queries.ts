import type { Prisma } from '../../generated/prisma/client.js';
import { VARIANT } from '../../modules/variant/description.js';
import { builder } from '../builder.js';
import { columnFilters } from '../describe/filters.js';
import { defineList } from '../list-fields.js';

const variants = defineList<Prisma.ProductVariantWhereInput>({
  type: 'ProductVariant',
  model: 'productVariant',
  label: 'product variant',
  plural: 'variants',
  field: 'productVariants',
  connection: true,
  find: { field: 'productVariant', description: 'A live variant by id; null when there is none.' },
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the title, sku, barcode, ean or upc.',
      columns: ['title', 'sku', 'barcode', 'ean', 'upc'],
    },
    ...columnFilters(VARIANT),
    productIds: { kind: 'ids', description: 'Only rows of these products.' },
  },
  orderFields: { TITLE: 'title', SKU: 'sku', VARIANT_RANK: 'variantRank' },
});

builder.queryFields((t) => variants.queryFields(t));
