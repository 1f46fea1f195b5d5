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

const InventoryItemFilter = builder.inputType('InventoryItemFilter', {
  fields: (t) => ({
    ids: t.idList({ required: false }),
    q: t.string({ required: false, description: 'Case-insensitive text in the sku, title or description.' }),
    sku: t.stringList({ required: false }),
    locationIds: t.idList({ required: false, description: 'Items stocked (with a live level) at any of these.' }),
    requiresShipping: t.boolean({ required: false }),
    createdAt: t.field({ type: DateTimeFilter, required: false }),
    updatedAt: t.field({ type: DateTimeFilter, required: false }),
  }),
});

const InventoryItemOrderField = builder.enumType('InventoryItemOrderField', {
  values: {
    ID: { value: 'id' },
    CREATED_AT: { value: 'createdAt' },
    UPDATED_AT: { value: 'updatedAt' },
    SKU: { value: 'sku' },
    TITLE: { value: 'title' },
  },
});

const InventoryItemOrder = builder.inputType('InventoryItemOrder', {
  fields: (t) => ({
    field: t.field({ type: InventoryItemOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: 'asc' }),
  }),
});

type ItemFilter = typeof InventoryItemFilter.$inferInput;

export function inventoryItemWhere(filter: ItemFilter | null | undefined): Prisma.InventoryItemWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.sku ? { sku: { in: filter.sku } } : {}),
    ...(filter?.locationIds ? { locationLevels: { some: { ...LIVE, locationId: { in: filter.locationIds } } } } : {}),
    ...(typeof filter?.requiresShipping === 'boolean' ? { requiresShipping: filter.requiresShipping } : {}),
    createdAt: dateTimeWhere(filter?.createdAt),
    updatedAt: dateTimeWhere(filter?.updatedAt),
    OR: searchWhere(filter?.q, ['sku', 'title', 'description'] as const),
  };
}

interface ItemPage extends PageWindow {
  where: Prisma.InventoryItemWhereInput;
  orderBy: Prisma.InventoryItemOrderByWithRelationInput[];
}

const InventoryItemPage = builder.objectRef<ItemPage>('InventoryItemPage').implement({
  description: 'A page of inventory items by offset, with the total count before paging.',
  fields: (t) => ({
    nodes: t.prismaField({
      type: ['InventoryItem'],
      resolve: (query, page, _args, { prisma }) =>
        prisma.inventoryItem.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.offset,
          take: page.limit,
        }),
    }),
    count: t.int({ resolve: (page, _args, { prisma }) => prisma.inventoryItem.count({ where: page.where }) }),
    offset: t.exposeInt('offset'),
    limit: t.exposeInt('limit'),
  }),
});

builder.queryFields((t) => ({
  inventoryItem: t.prismaField({
    type: 'InventoryItem',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.inventoryItem.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  inventoryItems: t.field({
    type: InventoryItemPage,
    args: {
      filter: t.arg({ type: InventoryItemFilter, required: false }),
      order: t.arg({ type: [InventoryItemOrder], required: false }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({
      ...pageWindow(args),
      where: inventoryItemWhere(args.filter),
      orderBy: orderBy(args.order),
    }),
  }),
  inventoryItemsConnection: t.prismaConnection(
    {
      type: 'InventoryItem',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({ type: InventoryItemFilter, required: false }),
        order: t.arg({ type: [InventoryItemOrder], required: false }),
      },
      extensions: plannedConnection({
        where: (args: { filter?: Parameters<typeof inventoryItemWhere>[0] }) => inventoryItemWhere(args.filter),
        orderBy: (args: { order?: Parameters<typeof orderBy>[0] }) => orderBy(args.order),
      }),
      totalCount: (_parent, args, { prisma }) => prisma.inventoryItem.count({ where: inventoryItemWhere(args.filter) }),
      resolve: (query, _root, args, { prisma }) =>
        prisma.inventoryItem.findMany({
          ...query,
          where: inventoryItemWhere(args.filter),
          orderBy: orderBy(args.order),
        }),
    },
    { name: 'InventoryItemConnection' },
    { name: 'InventoryItemEdge' },
  ),
}));
