import { LIVE, liveById } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
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
    sku: { kind: 'strings', description: 'Stock keeping unit; unique among live rows of its kind.' },
    ean: { kind: 'strings', description: 'Exact EANs.' },
    upc: { kind: 'strings', description: 'Exact UPCs.' },
    barcode: { kind: 'strings', description: 'Exact barcodes.' },
    productIds: { kind: 'ids', description: 'Only rows of these products.' },
    manageInventory: { kind: 'boolean', description: 'Whether its stock is tracked through inventory items.' },
    allowBackorder: { kind: 'boolean', description: 'Whether it may be sold beyond its stock.' },
    createdAt: { kind: 'dates', description: 'When it was created.' },
    updatedAt: { kind: 'dates', description: 'When it was last changed.' },
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
