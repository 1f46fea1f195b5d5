import { LIVE } from '../../core/live.js';
import { IMAGE } from '../../modules/image/description.js';
import { PRODUCT } from '../../modules/product/description.js';
import { builder } from '../builder.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';
import { plannedColumn, plannedLiveRelation } from '../planner/annotations.js';
import { throughLinks } from '../through-links.js';
import { ProductOption } from './option.js';
import { liveOrNull, ProductCollection, ProductTag, ProductType } from './product-taxonomy.js';
import { SALES_CHANNEL_LINKS, SalesChannel } from './sales-channel.js';

export const ProductStatus = builder.enumType('ProductStatus', {
  description: 'Where a product is in its publishing life.',
  values: {
    DRAFT: { value: 'draft', description: 'Being written; not for sale.' },
    PROPOSED: { value: 'proposed', description: 'Proposed for publishing.' },
    PUBLISHED: { value: 'published', description: 'For sale.' },
    REJECTED: { value: 'rejected', description: 'Refused for publishing.' },
  },
});

export const Product = builder.prismaNode('Product', {
  description:
    'A product of the catalog, with its options and variants (Medusa: product). Deleted products are soft-deleted and never shown.',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, PRODUCT, { node: true }),
    status: t.field({
      extensions: plannedColumn('status'),
      description: 'Where it is in its publishing life.',
      type: ProductStatus,
      resolve: (product) => product.status as 'draft',
    }),
    options: throughLinks(t, {
      type: ProductOption,
      description: 'Its options.',
      links: 'optionLinks',
      where: { ...LIVE, option: LIVE },
      orderBy: { id: 'asc' },
      to: 'option',
    }),
    variants: t.relation('variants', {
      description: 'Its live variants.',
      query: { where: LIVE, orderBy: [{ variantRank: 'asc' }, { id: 'asc' }] },
    }),
    images: t.relation('images', {
      description: 'Its images, in rank order.',
      query: { where: LIVE, orderBy: [{ rank: 'asc' }, { id: 'asc' }] },
    }),
    type: t.field({
      description: 'Its product type; null when it has none, or when that type is deleted.',
      type: ProductType,
      nullable: true,
      extensions: plannedLiveRelation(),
      select: (_args, _ctx, nestedSelection) => ({ type: nestedSelection(true) }),
      resolve: (product) => liveOrNull(product.type),
    }),
    collection: t.field({
      description: 'Its collection; null when it is in none, or when that collection is deleted.',
      type: ProductCollection,
      nullable: true,
      extensions: plannedLiveRelation(),
      select: (_args, _ctx, nestedSelection) => ({ collection: nestedSelection(true) }),
      resolve: (product) => liveOrNull(product.collection),
    }),
    tags: throughLinks(t, {
      type: ProductTag,
      description: 'Its live tags.',
      // Medusa's product_tags link rows are not soft-deleted: only the tag is.
      links: 'tagLinks',
      where: { tag: LIVE },
      orderBy: { productTagId: 'asc' },
      to: 'tag',
    }),
    salesChannels: throughLinks(t, {
      type: SalesChannel,
      description: 'The live sales channels it is in.',
      ...SALES_CHANNEL_LINKS,
    }),
  }),
});

export const Image = builder.prismaObject('Image', {
  // Not `Image`: generated client code would shadow the browser's global `Image` constructor.
  name: 'ProductImage',
  description: 'An image of a product, by URL.',
  fields: (t) => ({
    ...columnFields(t, IMAGE),
  }),
});
