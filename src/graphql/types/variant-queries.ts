import { LIVE, liveById } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { VARIANT } from '../../modules/variant/description.js';
import { builder } from '../builder.js';
import { columnFilters } from '../describe/filters.js';
import { defineList } from '../list-fields.js';
import { plannedFind } from '../planner/annotations.js';

const variants = defineList<Prisma.ProductVariantWhereInput>({
  type: 'ProductVariant',
  model: 'productVariant',
  label: 'product variant',
  plural: 'variants',
  field: 'productVariants',
  connection: true,
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

builder.queryFields((t) => ({
  productVariant: t.prismaField({
    description: 'A live variant by id; null when there is none.',
    type: 'ProductVariant',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) =>
      prisma.productVariant.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  ...variants.queryFields(t),
}));
