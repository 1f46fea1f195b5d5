import { LIVE } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { PRODUCT } from '../../modules/product/description.js';
import { builder } from '../builder.js';
import { columnFilters } from '../describe/filters.js';
import { defineList } from '../list-fields.js';
import { ProductStatus } from './product.js';

const products = defineList<Prisma.ProductWhereInput>({
  type: 'Product',
  model: 'product',
  label: 'product',
  plural: 'products',
  field: 'products',
  connection: true,
  find: { field: 'product', description: 'A live product by id; null when there is none.' },
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the title, subtitle, handle or description.',
      columns: ['title', 'subtitle', 'handle', 'description'],
    },
    ...columnFilters(PRODUCT),
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
  },
  orderFields: { TITLE: 'title', HANDLE: 'handle' },
});

builder.queryFields((t) => products.queryFields(t));
