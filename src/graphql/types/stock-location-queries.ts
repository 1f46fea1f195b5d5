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

const StockLocationFilter = builder.inputType('StockLocationFilter', {
  description: 'Criteria for stock location rows; every criterion given must hold.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these ids.', required: false }),
    q: t.string({ required: false, description: 'Case-insensitive text in the name.' }),
    name: t.stringList({ required: false, description: 'Exact names.' }),
    addressIds: t.idList({ required: false, description: 'Locations at these addresses.' }),
    salesChannelIds: t.idList({ required: false, description: 'Locations linked to any of these sales channels.' }),
    createdAt: t.field({ description: 'When it was created.', type: DateTimeFilter, required: false }),
    updatedAt: t.field({ description: 'When it was last changed.', type: DateTimeFilter, required: false }),
  }),
});

const StockLocationOrderField = builder.enumType('StockLocationOrderField', {
  description: 'A column to sort stock location rows by.',
  values: {
    ID: { value: 'id', description: 'Sort by id.' },
    CREATED_AT: { value: 'createdAt', description: 'Sort by created time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Sort by updated time.' },
    NAME: { value: 'name', description: 'Sort by name.' },
  },
});

const StockLocationOrder = builder.inputType('StockLocationOrder', {
  description: 'One sort key for stock location rows.',
  fields: (t) => ({
    field: t.field({ description: 'What to sort by.', type: StockLocationOrderField, required: true }),
    direction: t.field({
      description: 'Ascending (the default) or descending.',
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
    }),
  }),
});

export function stockLocationWhere(
  filter: typeof StockLocationFilter.$inferInput | null | undefined,
): Prisma.StockLocationWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.name ? { name: { in: filter.name } } : {}),
    ...(filter?.addressIds ? { addressId: { in: filter.addressIds } } : {}),
    // The same links StockLocation.salesChannels shows: live, to a live channel.
    ...(filter?.salesChannelIds
      ? { salesChannelLinks: { some: { ...LIVE, salesChannelId: { in: filter.salesChannelIds }, salesChannel: LIVE } } }
      : {}),
    createdAt: dateTimeWhere(filter?.createdAt),
    updatedAt: dateTimeWhere(filter?.updatedAt),
    OR: searchWhere(filter?.q, ['name'] as const),
  };
}

interface StockLocationPageShape extends PageWindow {
  where: Prisma.StockLocationWhereInput;
  orderBy: Prisma.StockLocationOrderByWithRelationInput[];
}

const StockLocationPage = builder.objectRef<StockLocationPageShape>('StockLocationPage').implement({
  description: 'A page of stock locations by offset, with the total count before paging.',
  fields: (t) => ({
    nodes: t.prismaField({
      description: 'The rows of this page.',
      type: ['StockLocation'],
      resolve: (query, page, _args, { prisma }) =>
        prisma.stockLocation.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.offset,
          take: page.limit,
        }),
    }),
    count: t.int({
      description: 'How many rows match the filter, before paging.',
      resolve: (page, _args, { prisma }) => prisma.stockLocation.count({ where: page.where }),
    }),
    offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
    limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
  }),
});

const SalesChannelFilter = builder.inputType('SalesChannelFilter', {
  description: 'Criteria for sales channel rows; every criterion given must hold.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these ids.', required: false }),
    q: t.string({ required: false, description: 'Case-insensitive text in the name or description.' }),
    isDisabled: t.boolean({ description: 'Whether the channel is switched off.', required: false }),
  }),
});

const SalesChannelOrderField = builder.enumType('SalesChannelOrderField', {
  description: 'A column to sort sales channel rows by.',
  values: {
    ID: { value: 'id', description: 'Sort by id.' },
    CREATED_AT: { value: 'createdAt', description: 'Sort by created time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Sort by updated time.' },
    NAME: { value: 'name', description: 'Sort by name.' },
  },
});

const SalesChannelOrder = builder.inputType('SalesChannelOrder', {
  description: 'One sort key for sales channel rows.',
  fields: (t) => ({
    field: t.field({ description: 'What to sort by.', type: SalesChannelOrderField, required: true }),
    direction: t.field({
      description: 'Ascending (the default) or descending.',
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
    }),
  }),
});

export function salesChannelWhere(
  filter: typeof SalesChannelFilter.$inferInput | null | undefined,
): Prisma.SalesChannelWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(typeof filter?.isDisabled === 'boolean' ? { isDisabled: filter.isDisabled } : {}),
    OR: searchWhere(filter?.q, ['name', 'description'] as const),
  };
}

interface SalesChannelPageShape extends PageWindow {
  where: Prisma.SalesChannelWhereInput;
  orderBy: Prisma.SalesChannelOrderByWithRelationInput[];
}

const SalesChannelPage = builder.objectRef<SalesChannelPageShape>('SalesChannelPage').implement({
  description: 'A page of sales channels by offset, with the total count before paging.',
  fields: (t) => ({
    nodes: t.prismaField({
      description: 'The rows of this page.',
      type: ['SalesChannel'],
      resolve: (query, page, _args, { prisma }) =>
        prisma.salesChannel.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.offset,
          take: page.limit,
        }),
    }),
    count: t.int({
      description: 'How many rows match the filter, before paging.',
      resolve: (page, _args, { prisma }) => prisma.salesChannel.count({ where: page.where }),
    }),
    offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
    limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
  }),
});

builder.queryFields((t) => ({
  stockLocation: t.prismaField({
    description: 'A live stock location by id; null when there is none.',
    type: 'StockLocation',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.stockLocation.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  stockLocations: t.field({
    type: StockLocationPage,
    args: {
      filter: t.arg({
        description: 'Only rows that match every criterion given.',
        type: StockLocationFilter,
        required: false,
      }),
      order: t.arg({
        description: 'Sort order; ties are broken by id, so pages are stable.',
        type: [StockLocationOrder],
        required: false,
      }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({
      ...pageWindow(args),
      where: stockLocationWhere(args.filter),
      orderBy: orderBy(args.order),
    }),
  }),
  stockLocationsConnection: t.prismaConnection(
    {
      description: 'Live stock locations, a page by cursor (Relay connection).',
      type: 'StockLocation',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({
          description: 'Only rows that match every criterion given.',
          type: StockLocationFilter,
          required: false,
        }),
        order: t.arg({
          description: 'Sort order; ties are broken by id, so pages are stable.',
          type: [StockLocationOrder],
          required: false,
        }),
      },
      extensions: plannedConnection({
        where: (args: { filter?: Parameters<typeof stockLocationWhere>[0] }) => stockLocationWhere(args.filter),
        orderBy: (args: { order?: Parameters<typeof orderBy>[0] }) => orderBy(args.order),
      }),
      totalCount: (_parent, args, { prisma }) => prisma.stockLocation.count({ where: stockLocationWhere(args.filter) }),
      resolve: (query, _root, args, { prisma }) =>
        prisma.stockLocation.findMany({
          ...query,
          where: stockLocationWhere(args.filter),
          orderBy: orderBy(args.order),
        }),
    },
    { name: 'StockLocationConnection' },
    { name: 'StockLocationEdge' },
  ),
  salesChannel: t.prismaField({
    description: 'A live sales channel by id; null when there is none.',
    type: 'SalesChannel',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.salesChannel.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  salesChannels: t.field({
    type: SalesChannelPage,
    args: {
      filter: t.arg({
        description: 'Only rows that match every criterion given.',
        type: SalesChannelFilter,
        required: false,
      }),
      order: t.arg({
        description: 'Sort order; ties are broken by id, so pages are stable.',
        type: [SalesChannelOrder],
        required: false,
      }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({
      ...pageWindow(args),
      where: salesChannelWhere(args.filter),
      orderBy: orderBy(args.order),
    }),
  }),
  salesChannelsConnection: t.prismaConnection(
    {
      description: 'Live sales channels, a page by cursor (Relay connection).',
      type: 'SalesChannel',
      cursor: 'id',
      maxSize: connectionPageCap,
      args: {
        filter: t.arg({
          description: 'Only rows that match every criterion given.',
          type: SalesChannelFilter,
          required: false,
        }),
        order: t.arg({
          description: 'Sort order; ties are broken by id, so pages are stable.',
          type: [SalesChannelOrder],
          required: false,
        }),
      },
      extensions: plannedConnection({
        where: (args: { filter?: Parameters<typeof salesChannelWhere>[0] }) => salesChannelWhere(args.filter),
        orderBy: (args: { order?: Parameters<typeof orderBy>[0] }) => orderBy(args.order),
      }),
      totalCount: (_parent, args, { prisma }) => prisma.salesChannel.count({ where: salesChannelWhere(args.filter) }),
      resolve: (query, _root, args, { prisma }) =>
        prisma.salesChannel.findMany({
          ...query,
          where: salesChannelWhere(args.filter),
          orderBy: orderBy(args.order),
        }),
    },
    { name: 'SalesChannelConnection' },
    { name: 'SalesChannelEdge' },
  ),
}));
