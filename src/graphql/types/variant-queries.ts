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

const ProductVariantFilter = builder.inputType('ProductVariantFilter', {
  description: 'Criteria for product variant rows; every criterion given must hold.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these ids.', required: false }),
    q: t.string({ required: false, description: 'Case-insensitive text in the title, sku, barcode, ean or upc.' }),
    sku: t.stringList({ description: 'Stock keeping unit; unique among live rows of its kind.', required: false }),
    ean: t.stringList({ description: 'Exact EANs.', required: false }),
    upc: t.stringList({ description: 'Exact UPCs.', required: false }),
    barcode: t.stringList({ description: 'Exact barcodes.', required: false }),
    productIds: t.idList({ description: 'Only rows of these products.', required: false }),
    manageInventory: t.boolean({
      description: 'Whether its stock is tracked through inventory items.',
      required: false,
    }),
    allowBackorder: t.boolean({ description: 'Whether it may be sold beyond its stock.', required: false }),
    createdAt: t.field({ description: 'When it was created.', type: DateTimeFilter, required: false }),
    updatedAt: t.field({ description: 'When it was last changed.', type: DateTimeFilter, required: false }),
  }),
});

const ProductVariantOrderField = builder.enumType('ProductVariantOrderField', {
  description: 'A column to sort product variant rows by.',
  values: {
    ID: { value: 'id', description: 'Sort by id.' },
    CREATED_AT: { value: 'createdAt', description: 'Sort by created time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Sort by updated time.' },
    TITLE: { value: 'title', description: 'Sort by title.' },
    SKU: { value: 'sku', description: 'Sort by sku.' },
    VARIANT_RANK: { value: 'variantRank', description: 'Sort by variantRank.' },
  },
});

const ProductVariantOrder = builder.inputType('ProductVariantOrder', {
  description: 'One sort key for product variant rows.',
  fields: (t) => ({
    field: t.field({ description: 'What to sort by.', type: ProductVariantOrderField, required: true }),
    direction: t.field({
      description: 'Ascending (the default) or descending.',
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
    }),
  }),
});

type VariantFilter = typeof ProductVariantFilter.$inferInput;

export function variantWhere(filter: VariantFilter | null | undefined): Prisma.ProductVariantWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.sku ? { sku: { in: filter.sku } } : {}),
    ...(filter?.ean ? { ean: { in: filter.ean } } : {}),
    ...(filter?.upc ? { upc: { in: filter.upc } } : {}),
    ...(filter?.barcode ? { barcode: { in: filter.barcode } } : {}),
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
      description: 'The rows of this page.',
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
    count: t.int({
      description: 'How many rows match the filter, before paging.',
      resolve: (page, _args, { prisma }) => prisma.productVariant.count({ where: page.where }),
    }),
    offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
    limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
  }),
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
  productVariants: t.field({
    type: ProductVariantPage,
    args: {
      filter: t.arg({
        description: 'Only rows that match every criterion given.',
        type: ProductVariantFilter,
        required: false,
      }),
      order: t.arg({
        description: 'Sort order; ties are broken by id, so pages are stable.',
        type: [ProductVariantOrder],
        required: false,
      }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
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
      description: 'Live variants, a page by cursor (Relay connection).',
      type: 'ProductVariant',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({
          description: 'Only rows that match every criterion given.',
          type: ProductVariantFilter,
          required: false,
        }),
        order: t.arg({
          description: 'Sort order; ties are broken by id, so pages are stable.',
          type: [ProductVariantOrder],
          required: false,
        }),
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
