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
import { LIVE, liveById } from '../live.js';
import { plannedConnection, plannedFind, plannedPage } from '../planner/annotations.js';
import { ProductStatus } from './product.js';

const ProductFilter = builder.inputType('ProductFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({
      required: false,
      description: 'Case-insensitive text in the title, subtitle, handle or description.',
    }),
    handle: t.stringList({ required: false }),
    status: t.field({ type: [ProductStatus], required: false }),
    salesChannelIds: t.idList({ required: false, description: 'Products sold in any of these sales channels.' }),
    createdAt: t.field({ type: DateTimeFilter, required: false }),
    updatedAt: t.field({ type: DateTimeFilter, required: false }),
  }),
});

const ProductOrderField = builder.enumType('ProductOrderField', {
  values: {
    ID: { value: 'id' },
    CREATED_AT: { value: 'createdAt' },
    UPDATED_AT: { value: 'updatedAt' },
    TITLE: { value: 'title' },
    HANDLE: { value: 'handle' },
  },
});

const ProductOrder = builder.inputType('ProductOrder', {
  fields: (t) => ({
    field: t.field({ type: ProductOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: 'asc' }),
  }),
});

function productWhere(filter: typeof ProductFilter.$inferInput | null | undefined): Prisma.ProductWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.handle ? { handle: { in: filter.handle } } : {}),
    ...(filter?.status ? { status: { in: filter.status } } : {}),
    ...(filter?.salesChannelIds
      ? { salesChannelLinks: { some: { ...LIVE, salesChannelId: { in: filter.salesChannelIds } } } }
      : {}),
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
    count: t.int({ resolve: (page, _args, { prisma }) => prisma.product.count({ where: page.where }) }),
    offset: t.exposeInt('offset'),
    limit: t.exposeInt('limit'),
  }),
});

builder.queryFields((t) => ({
  product: t.prismaField({
    type: 'Product',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.product.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  products: t.field({
    type: ProductPageRef,
    args: {
      filter: t.arg({ type: ProductFilter, required: false }),
      order: t.arg({ type: [ProductOrder], required: false }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({ ...pageWindow(args), where: productWhere(args.filter), orderBy: orderBy(args.order) }),
  }),
  productsConnection: t.prismaConnection(
    {
      type: 'Product',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({ type: ProductFilter, required: false }),
        order: t.arg({ type: [ProductOrder], required: false }),
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
