import { LIVE, liveById } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import {
  connectionPageCap,
  DateTimeFilter,
  dateTimeWhere,
  OrderDirection,
  orderBy,
  type PageWindow,
  pageWindow,
  searchWhere,
} from '../lists.js';
import { plannedConnection, plannedFind, plannedPage } from '../planner/annotations.js';
import { ProductStatus } from './product.js';

const ProductFilter = builder.inputType('ProductFilter', {
  description: 'Criteria for product rows; every criterion given must hold.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these ids.', required: false }),
    q: t.string({
      required: false,
      description: 'Case-insensitive text in the title, subtitle, handle or description.',
    }),
    handle: t.stringList({ description: 'The URL-safe name; unique among live products.', required: false }),
    title: t.stringList({ description: 'Exact titles.', required: false }),
    externalId: t.stringList({ description: 'Exact ids in an external system.', required: false }),
    isGiftcard: t.boolean({ description: 'Whether it is a gift card.', required: false }),
    status: t.field({ description: 'Where it is in its publishing life.', type: [ProductStatus], required: false }),
    salesChannelIds: t.idList({ required: false, description: 'Products sold in any of these sales channels.' }),
    typeIds: t.idList({ required: false, description: 'Products of any of these product types.' }),
    collectionIds: t.idList({ required: false, description: 'Products in any of these collections.' }),
    tagIds: t.idList({ required: false, description: 'Products with any of these tags.' }),
    createdAt: t.field({ description: 'When it was created.', type: DateTimeFilter, required: false }),
    updatedAt: t.field({ description: 'When it was last changed.', type: DateTimeFilter, required: false }),
  }),
});

const ProductOrderField = builder.enumType('ProductOrderField', {
  description: 'A column to sort product rows by.',
  values: {
    ID: { value: 'id', description: 'Sort by id.' },
    CREATED_AT: { value: 'createdAt', description: 'Sort by created time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Sort by updated time.' },
    TITLE: { value: 'title', description: 'Sort by title.' },
    HANDLE: { value: 'handle', description: 'Sort by handle.' },
  },
});

const ProductOrder = builder.inputType('ProductOrder', {
  description: 'One sort key for product rows.',
  fields: (t) => ({
    field: t.field({ description: 'What to sort by.', type: ProductOrderField, required: true }),
    direction: t.field({
      description: 'Ascending (the default) or descending.',
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
    }),
  }),
});

function productWhere(filter: typeof ProductFilter.$inferInput | null | undefined): Prisma.ProductWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.handle ? { handle: { in: filter.handle } } : {}),
    ...(filter?.title ? { title: { in: filter.title } } : {}),
    ...(filter?.externalId ? { externalId: { in: filter.externalId } } : {}),
    ...(typeof filter?.isGiftcard === 'boolean' ? { isGiftcard: filter.isGiftcard } : {}),
    ...(filter?.status ? { status: { in: filter.status } } : {}),
    ...(filter?.salesChannelIds
      ? { salesChannelLinks: { some: { ...LIVE, salesChannelId: { in: filter.salesChannelIds } } } }
      : {}),
    ...(filter?.typeIds ? { typeId: { in: filter.typeIds } } : {}),
    ...(filter?.collectionIds ? { collectionId: { in: filter.collectionIds } } : {}),
    // As Medusa's tag_id: a tag matches by its id, deleted or not.
    ...(filter?.tagIds ? { tagLinks: { some: { productTagId: { in: filter.tagIds } } } } : {}),
    createdAt: dateTimeWhere(filter?.createdAt),
    updatedAt: dateTimeWhere(filter?.updatedAt),
    OR: searchWhere(filter?.q, ['title', 'subtitle', 'handle', 'description'] as const),
  };
}

interface ProductPage extends PageWindow {
  where: Prisma.ProductWhereInput;
  orderBy: Prisma.ProductOrderByWithRelationInput[];
}

const ProductPageRef = builder.objectRef<ProductPage>('ProductPage').implement({
  description: 'A page of products by offset, with the total count before paging.',
  fields: (t) => ({
    nodes: t.prismaField({
      description: 'The rows of this page.',
      type: ['Product'],
      resolve: (query, page, _args, { prisma }) =>
        prisma.product.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.offset,
          take: page.limit,
        }),
    }),
    count: t.int({
      description: 'How many rows match the filter, before paging.',
      resolve: (page, _args, { prisma }) => prisma.product.count({ where: page.where }),
    }),
    offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
    limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
  }),
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
  products: t.field({
    type: ProductPageRef,
    args: {
      filter: t.arg({
        description: 'Only rows that match every criterion given.',
        type: ProductFilter,
        required: false,
      }),
      order: t.arg({
        description: 'Sort order; ties are broken by id, so pages are stable.',
        type: [ProductOrder],
        required: false,
      }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({ ...pageWindow(args), where: productWhere(args.filter), orderBy: orderBy(args.order) }),
  }),
  productsConnection: t.prismaConnection(
    {
      description: 'Live products, a page by cursor (Relay connection).',
      type: 'Product',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({
          description: 'Only rows that match every criterion given.',
          type: ProductFilter,
          required: false,
        }),
        order: t.arg({
          description: 'Sort order; ties are broken by id, so pages are stable.',
          type: [ProductOrder],
          required: false,
        }),
      },
      extensions: plannedConnection({
        where: (args: { filter?: Parameters<typeof productWhere>[0] }) => productWhere(args.filter),
        orderBy: (args: { order?: Parameters<typeof orderBy>[0] }) => orderBy(args.order),
      }),
      totalCount: (_parent, args, { prisma }) => prisma.product.count({ where: productWhere(args.filter) }),
      resolve: (query, _root, args, { prisma }) =>
        prisma.product.findMany({ ...query, where: productWhere(args.filter), orderBy: orderBy(args.order) }),
    },
    { name: 'ProductConnection' },
    { name: 'ProductEdge' },
  ),
}));
