import { LIVE, liveById } from '../../core/live.js';
import { builder } from '../builder.js';
import { plannedColumn, plannedLiveRelation } from '../planner/annotations.js';
import { ProductOption } from './option.js';
import { liveOrNull, ProductCollection, ProductTag, ProductType } from './product-taxonomy.js';
import { SalesChannel } from './sales-channel.js';

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
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its name, as people read it.' }),
    handle: t.exposeString('handle', { description: 'The URL-safe name; unique among live products.' }),
    subtitle: t.exposeString('subtitle', { description: 'A second line under the title.', nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    status: t.field({
      extensions: plannedColumn('status'),
      description: 'Where it is in its publishing life.',
      type: ProductStatus,
      resolve: (product) => product.status as 'draft',
    }),
    isGiftcard: t.exposeBoolean('isGiftcard', { description: 'Whether it is a gift card.' }),
    discountable: t.exposeBoolean('discountable', { description: 'Whether discounts apply to it.' }),
    thumbnail: t.exposeString('thumbnail', { description: 'The URL of an image.', nullable: true }),
    weight: t.exposeFloat('weight', { description: 'Weight, in the unit the shop uses.', nullable: true }),
    length: t.exposeFloat('length', { description: 'Length, in the unit the shop uses.', nullable: true }),
    height: t.exposeFloat('height', { description: 'Height, in the unit the shop uses.', nullable: true }),
    width: t.exposeFloat('width', { description: 'Width, in the unit the shop uses.', nullable: true }),
    originCountry: t.exposeString('originCountry', {
      description: 'Country of origin, as customs documents want it.',
      nullable: true,
    }),
    hsCode: t.exposeString('hsCode', { description: 'Harmonized System code, for customs.', nullable: true }),
    midCode: t.exposeString('midCode', {
      description: "Manufacturer's identification code, for customs.",
      nullable: true,
    }),
    material: t.exposeString('material', { description: 'What it is made of.', nullable: true }),
    collectionId: t.exposeString('collectionId', {
      description: 'The id of its product collection in Medusa, if any.',
      nullable: true,
    }),
    typeId: t.exposeString('typeId', { description: 'The id of its product type in Medusa, if any.', nullable: true }),
    externalId: t.exposeString('externalId', { description: 'Its id in another system.', nullable: true }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
    options: t.field({
      description: 'Its options.',
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
    tags: t.field({
      description: 'Its live tags.',
      type: [ProductTag],
      select: (_args, _ctx, nestedSelection) => ({
        tagLinks: {
          where: { tag: LIVE },
          orderBy: { productTagId: 'asc' },
          select: { tag: nestedSelection(true) },
        },
      }),
      resolve: (product) => product.tagLinks.map((link) => link.tag),
    }),
    salesChannels: t.field({
      description: 'The live sales channels it is in.',
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
  // Not `Image`: generated client code would shadow the browser's global `Image` constructor.
  name: 'ProductImage',
  description: 'An image of a product, by URL.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Medusa id; its prefix names the type.' }),
    url: t.exposeString('url', { description: 'Where the image is.' }),
    rank: t.exposeInt('rank', { description: 'Its place in the list, 0 first.' }),
    productId: t.exposeID('productId', { description: 'The id of the product it is an image of.' }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});
