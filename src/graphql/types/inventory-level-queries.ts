import { LIVE } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { OrderDirection, orderBy, type PageWindow, pageWindow } from '../lists.js';
import { plannedPage } from '../planner/annotations.js';
import { InventoryLevel } from './inventory.js';

const rawDescription = (column: string) =>
  `Medusa's ${column}: the exact quantity as {value, precision}, as Medusa stores it next to the number.`;

// Medusa's responses carry these twins of the quantities (`*location_levels`), so its clients may read them.
builder.prismaObjectFields(InventoryLevel, (t) => ({
  rawStockedQuantity: t.expose('rawStockedQuantity', {
    type: 'JSON',
    nullable: true,
    description: rawDescription('raw_stocked_quantity'),
  }),
  rawReservedQuantity: t.expose('rawReservedQuantity', {
    type: 'JSON',
    nullable: true,
    description: rawDescription('raw_reserved_quantity'),
  }),
  rawIncomingQuantity: t.expose('rawIncomingQuantity', {
    type: 'JSON',
    nullable: true,
    description: rawDescription('raw_incoming_quantity'),
  }),
}));

const InventoryLevelFilter = builder.inputType('InventoryLevelFilter', {
  description: 'Criteria for inventory level rows; every criterion given must hold.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these ids.', required: false }),
    inventoryItemIds: t.idList({ description: 'Only rows of these inventory items.', required: false }),
    locationIds: t.idList({ description: 'Only rows at these stock locations.', required: false }),
  }),
});

const InventoryLevelOrderField = builder.enumType('InventoryLevelOrderField', {
  description: 'A column to sort inventory level rows by.',
  values: {
    ID: { value: 'id', description: 'Sort by id.' },
    CREATED_AT: { value: 'createdAt', description: 'Sort by created time.' },
    UPDATED_AT: { value: 'updatedAt', description: 'Sort by updated time.' },
    LOCATION_ID: { value: 'locationId', description: 'Sort by location id.' },
    STOCKED_QUANTITY: { value: 'stockedQuantity', description: 'Sort by stocked quantity.' },
    RESERVED_QUANTITY: { value: 'reservedQuantity', description: 'Sort by reserved quantity.' },
    INCOMING_QUANTITY: { value: 'incomingQuantity', description: 'Sort by incoming quantity.' },
  },
});

const InventoryLevelOrder = builder.inputType('InventoryLevelOrder', {
  description: 'One sort key for inventory level rows.',
  fields: (t) => ({
    field: t.field({ description: 'What to sort by.', type: InventoryLevelOrderField, required: true }),
    direction: t.field({
      description: 'Ascending (the default) or descending.',
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
    }),
  }),
});

type LevelFilter = typeof InventoryLevelFilter.$inferInput;

/** Live levels; a deleted item's levels are deleted with it, so they need no check of their own. */
export function inventoryLevelWhere(filter: LevelFilter | null | undefined): Prisma.InventoryLevelWhereInput {
  return {
    ...LIVE,
    ...(filter?.ids ? { id: { in: filter.ids } } : {}),
    ...(filter?.inventoryItemIds ? { inventoryItemId: { in: filter.inventoryItemIds } } : {}),
    ...(filter?.locationIds ? { locationId: { in: filter.locationIds } } : {}),
  };
}

interface LevelPage extends PageWindow {
  where: Prisma.InventoryLevelWhereInput;
  orderBy: Prisma.InventoryLevelOrderByWithRelationInput[];
}

const InventoryLevelPage = builder.objectRef<LevelPage>('InventoryLevelPage').implement({
  description: 'A page of inventory levels by offset, with the total count before paging.',
  fields: (t) => ({
    nodes: t.prismaField({
      description: 'The rows of this page.',
      type: ['InventoryLevel'],
      resolve: (query, page, _args, { prisma }) =>
        prisma.inventoryLevel.findMany({
          ...query,
          where: page.where,
          orderBy: page.orderBy,
          skip: page.offset,
          take: page.limit,
        }),
    }),
    count: t.int({
      description: 'How many rows match the filter, before paging.',
      resolve: (page, _args, { prisma }) => prisma.inventoryLevel.count({ where: page.where }),
    }),
    offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
    limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
  }),
});

builder.queryFields((t) => ({
  inventoryLevels: t.field({
    type: InventoryLevelPage,
    description: 'Stock of items at locations, one level per item and location.',
    args: {
      filter: t.arg({
        description: 'Only rows that match every criterion given.',
        type: InventoryLevelFilter,
        required: false,
      }),
      order: t.arg({
        description: 'Sort order; ties are broken by id, so pages are stable.',
        type: [InventoryLevelOrder],
        required: false,
      }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({
      ...pageWindow(args),
      where: inventoryLevelWhere(args.filter),
      orderBy: orderBy(args.order),
    }),
  }),
}));
