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

const ProductVariantFilter = builder.inputType('ProductVariantFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: 'Case-insensitive text in the title, sku, barcode, ean or upc.' }),
    sku: t.stringList({ required: false }),
    productIds: t.idList({ required: false }),
    manageInventory: t.boolean({ required: false }),
    allowBackorder: t.boolean({ required: false }),
    createdAt: t.field({ type: DateTimeFilter, required: false }),
    updatedAt: t.field({ type: DateTimeFilter, required: false }),
  }),
});

const ProductVariantOrderField = builder.enumType('ProductVariantOrderField', {
  values: {
    ID: { value: 'id' },
    CREATED_AT: { value: 'createdAt' },
    UPDATED_AT: { value: 'updatedAt' },
    TITLE: { value: 'title' },
    SKU: { value: 'sku' },
    VARIANT_RANK: { value: 'variantRank' },
  },
});

const ProductVariantOrder = builder.inputType('ProductVariantOrder', {
  fields: (t) => ({
    field: t.field({ type: ProductVariantOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: 'asc' }),
  }),
});

type VariantFilter = typeof ProductVariantFilter.$inferInput;

export function variantWhere(filter: VariantFilter | null | undefined): Prisma.ProductVariantWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.sku ? { sku: { in: filter.sku } } : {}),
    ...(filter?.productIds ? { productId: { in: filter.productIds } } : {}),
    ...(typeof filter?.manageInventory === 'boolean' ? { manageInventory: filter.manageInventory } : {}),
    ...(typeof filter?.allowBackorder === 'boolean' ? { allowBackorder: filter.allowBackorder } : {}),
    createdAt: dateTimeWhere(filter?.createdAt),
    updatedAt: dateTimeWhere(filter?.updatedAt),
    OR: searchWhere(filter?.q, ['title', 'sku', 'barcode', 'ean', 'upc'] as const),
  };
}

interface VariantPage extends PageWindow {
  where: Prisma.ProductVariantWhereInput;
  orderBy: Prisma.ProductVariantOrderByWithRelationInput[];
}

const ProductVariantPage = builder.objectRef<VariantPage>('ProductVariantPage').implement({
  description: 'A page of variants by offset, with the total count before paging.',
  fields: (t) => ({
    nodes: t.prismaField({
      type: ['ProductVariant'],
      resolve: (query, page, _args, { prisma }) =>
        prisma.productVariant.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.offset,
          take: page.limit,
        }),
    }),
    count: t.int({ resolve: (page, _args, { prisma }) => prisma.productVariant.count({ where: page.where }) }),
    offset: t.exposeInt('offset'),
    limit: t.exposeInt('limit'),
  }),
});

builder.queryFields((t) => ({
  productVariant: t.prismaField({
    type: 'ProductVariant',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, { prisma }) =>
      prisma.productVariant.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  productVariants: t.field({
    type: ProductVariantPage,
    args: {
      filter: t.arg({ type: ProductVariantFilter, required: false }),
      order: t.arg({ type: [ProductVariantOrder], required: false }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({
      ...pageWindow(args),
      where: variantWhere(args.filter),
      orderBy: orderBy(args.order),
    }),
  }),
  productVariantsConnection: t.prismaConnection(
    {
      type: 'ProductVariant',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({ type: ProductVariantFilter, required: false }),
        order: t.arg({ type: [ProductVariantOrder], required: false }),
      },
      extensions: plannedConnection({
        where: (args: { filter?: Parameters<typeof variantWhere>[0] }) => variantWhere(args.filter),
        orderBy: (args: { order?: Parameters<typeof orderBy>[0] }) => orderBy(args.order),
      }),
      totalCount: (_parent, args, { prisma }) => prisma.productVariant.count({ where: variantWhere(args.filter) }),
      resolve: (query, _root, args, { prisma }) =>
        prisma.productVariant.findMany({ ...query, where: variantWhere(args.filter), orderBy: orderBy(args.order) }),
    },
    { name: 'ProductVariantConnection' },
    { name: 'ProductVariantEdge' },
  ),
}));
