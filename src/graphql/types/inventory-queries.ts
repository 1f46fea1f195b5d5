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

const InventoryItemFilter = builder.inputType('InventoryItemFilter', {
  description: 'Criteria for inventory item rows; every criterion given must hold.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these ids.', required: false }),
    q: t.string({ required: false, description: 'Case-insensitive text in the sku, title or description.' }),
    sku: t.stringList({ description: 'Stock keeping unit; unique among live rows of its kind.', required: false }),
    originCountry: t.stringList({ description: 'Exact countries of origin.', required: false }),
    midCode: t.stringList({ description: 'Exact manufacturer identification codes.', required: false }),
    hsCode: t.stringList({ description: 'Exact Harmonized System codes.', required: false }),
    material: t.stringList({ description: 'Exact materials.', required: false }),
    locationIds: t.idList({ required: false, description: 'Items stocked (with a live level) at any of these.' }),
    requiresShipping: t.boolean({ description: 'Whether it is shipped.', required: false }),
    createdAt: t.field({ description: 'When it was created.', type: DateTimeFilter, required: false }),
    updatedAt: t.field({ description: 'When it was last changed.', type: DateTimeFilter, required: false }),
  }),
});

const InventoryItemOrderField = builder.enumType('InventoryItemOrderField', {
  description: 'A column to sort inventory item rows by.',
  values: {
    ID: { value: 'id', description: 'Sort by id.' },
    CREATED_AT: { value: 'createdAt', description: 'Sort by created time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Sort by updated time.' },
    SKU: { value: 'sku', description: 'Sort by sku.' },
    TITLE: { value: 'title', description: 'Sort by title.' },
  },
});

const InventoryItemOrder = builder.inputType('InventoryItemOrder', {
  description: 'One sort key for inventory item rows.',
  fields: (t) => ({
    field: t.field({ description: 'What to sort by.', type: InventoryItemOrderField, required: true }),
    direction: t.field({
      description: 'Ascending (the default) or descending.',
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
    }),
  }),
});

type ItemFilter = typeof InventoryItemFilter.$inferInput;

export function inventoryItemWhere(filter: ItemFilter | null | undefined): Prisma.InventoryItemWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.sku ? { sku: { in: filter.sku } } : {}),
    ...(filter?.originCountry ? { originCountry: { in: filter.originCountry } } : {}),
    ...(filter?.midCode ? { midCode: { in: filter.midCode } } : {}),
    ...(filter?.hsCode ? { hsCode: { in: filter.hsCode } } : {}),
    ...(filter?.material ? { material: { in: filter.material } } : {}),
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
      description: 'The rows of this page.',
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
    count: t.int({
      description: 'How many rows match the filter, before paging.',
      resolve: (page, _args, { prisma }) => prisma.inventoryItem.count({ where: page.where }),
    }),
    offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
    limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
  }),
});

builder.queryFields((t) => ({
  inventoryItem: t.prismaField({
    description: 'A live inventory item by id; null when there is none.',
    type: 'InventoryItem',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.inventoryItem.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  inventoryItems: t.field({
    type: InventoryItemPage,
    args: {
      filter: t.arg({
        description: 'Only rows that match every criterion given.',
        type: InventoryItemFilter,
        required: false,
      }),
      order: t.arg({
        description: 'Sort order; ties are broken by id, so pages are stable.',
        type: [InventoryItemOrder],
        required: false,
      }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
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
      description: 'Live inventory items, a page by cursor (Relay connection).',
      type: 'InventoryItem',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({
          description: 'Only rows that match every criterion given.',
          type: InventoryItemFilter,
          required: false,
        }),
        order: t.arg({
          description: 'Sort order; ties are broken by id, so pages are stable.',
          type: [InventoryItemOrder],
          required: false,
        }),
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
