import { builder } from '../builder.js';
import { LIVE, liveById } from '../live.js';
import { plannedColumn } from '../planner/annotations.js';
import { ProductOption } from './option.js';
import { SalesChannel } from './sales-channel.js';

export const ProductStatus = builder.enumType('ProductStatus', {
  values: {
    DRAFT: { value: 'draft' },
    PROPOSED: { value: 'proposed' },
    PUBLISHED: { value: 'published' },
    REJECTED: { value: 'rejected' },
  },
});

export const Product = builder.prismaNode('Product', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title'),
    handle: t.exposeString('handle'),
    subtitle: t.exposeString('subtitle', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    status: t.field({
      type: ProductStatus,
      extensions: plannedColumn('status'),
      resolve: (product) => product.status as 'draft',
    }),
    isGiftcard: t.exposeBoolean('isGiftcard'),
    discountable: t.exposeBoolean('discountable'),
    thumbnail: t.exposeString('thumbnail', { nullable: true }),
    weight: t.exposeFloat('weight', { nullable: true }),
    length: t.exposeFloat('length', { nullable: true }),
    height: t.exposeFloat('height', { nullable: true }),
    width: t.exposeFloat('width', { nullable: true }),
    originCountry: t.exposeString('originCountry', { nullable: true }),
    hsCode: t.exposeString('hsCode', { nullable: true }),
    midCode: t.exposeString('midCode', { nullable: true }),
    material: t.exposeString('material', { nullable: true }),
    collectionId: t.exposeString('collectionId', { nullable: true }),
    typeId: t.exposeString('typeId', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    options: t.field({
      type: [ProductOption],
      select: (_args, _ctx, nestedSelection) => ({
        optionLinks: {
          where: { ...LIVE, option: LIVE },
          orderBy: { id: 'asc' },
          select: { option: nestedSelection(true) },
        },
      }),
      resolve: (product) => product.optionLinks.map((link) => link.option),
    }),
    variants: t.relation('variants', {
      query: { where: LIVE, orderBy: [{ variantRank: 'asc' }, { id: 'asc' }] },
    }),
    images: t.relation('images', { query: { where: LIVE, orderBy: [{ rank: 'asc' }, { id: 'asc' }] } }),
    salesChannels: t.field({
      type: [SalesChannel],
      select: (_args, _ctx, nestedSelection) => ({
        salesChannelLinks: {
          where: { ...LIVE, salesChannel: LIVE },
          orderBy: { id: 'asc' },
          select: { salesChannel: nestedSelection(true) },
        },
      }),
      resolve: (product) => product.salesChannelLinks.map((link) => link.salesChannel),
    }),
  }),
});

export const Image = builder.prismaObject('Image', {
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    rank: t.exposeInt('rank'),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
