import { LIVE, liveById } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { defineList } from '../list-fields.js';
import { plannedFind } from '../planner/annotations.js';
import { ProductStatus } from './product.js';

const products = defineList<Prisma.ProductWhereInput>({
  type: 'Product',
  model: 'product',
  label: 'product',
  plural: 'products',
  field: 'products',
  connection: true,
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the title, subtitle, handle or description.',
      columns: ['title', 'subtitle', 'handle', 'description'],
    },
    handle: { kind: 'strings', description: 'The URL-safe name; unique among live products.' },
    title: { kind: 'strings', description: 'Exact titles.' },
    externalId: { kind: 'strings', description: 'Exact ids in an external system.' },
    isGiftcard: { kind: 'boolean', description: 'Whether it is a gift card.' },
    status: { kind: 'enums', description: 'Where it is in its publishing life.', type: ProductStatus },
    salesChannelIds: {
      kind: 'link',
      description: 'Products sold in any of these sales channels.',
      where: (ids) => ({ salesChannelLinks: { some: { ...LIVE, salesChannelId: { in: ids } } } }),
    },
    typeIds: { kind: 'ids', description: 'Products of any of these product types.' },
    collectionIds: { kind: 'ids', description: 'Products in any of these collections.' },
    tagIds: {
      kind: 'link',
      description: 'Products with any of these tags.',
      // As Medusa's tag_id: a tag matches by its id, deleted or not.
      where: (ids) => ({ tagLinks: { some: { productTagId: { in: ids } } } }),
    },
    createdAt: { kind: 'dates', description: 'When it was created.' },
    updatedAt: { kind: 'dates', description: 'When it was last changed.' },
  },
  orderFields: { TITLE: 'title', HANDLE: 'handle' },
});

builder.queryFields((t) => ({
  product: t.prismaField({
    description: 'A live product by id; null when there is none.',
    type: 'Product',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.product.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  ...products.queryFields(t),
}));
