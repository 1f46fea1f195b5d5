import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { OrderDirection, orderBy, type PageWindow, pageWindow } from '../lists.js';
import { LIVE } from '../live.js';
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
  fields: (t) => ({
    ids: t.idList({ required: false }),
    inventoryItemIds: t.idList({ required: false }),
    locationIds: t.idList({ required: false }),
  }),
});

const InventoryLevelOrderField = builder.enumType('InventoryLevelOrderField', {
  values: {
    ID: { value: 'id' },
    CREATED_AT: { value: 'createdAt' },
    UPDATED_AT: { value: 'updatedAt' },
    LOCATION_ID: { value: 'locationId' },
    STOCKED_QUANTITY: { value: 'stockedQuantity' },
    RESERVED_QUANTITY: { value: 'reservedQuantity' },
    INCOMING_QUANTITY: { value: 'incomingQuantity' },
  },
});

const InventoryLevelOrder = builder.inputType('InventoryLevelOrder', {
  fields: (t) => ({
    field: t.field({ type: InventoryLevelOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: false, defaultValue: 'asc' }),
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
    count: t.int({ resolve: (page, _args, { prisma }) => prisma.inventoryLevel.count({ where: page.where }) }),
    offset: t.exposeInt('offset'),
    limit: t.exposeInt('limit'),
  }),
});

builder.queryFields((t) => ({
  inventoryLevels: t.field({
    type: InventoryLevelPage,
    description: 'Stock of items at locations, one level per item and location.',
    args: {
      filter: t.arg({ type: InventoryLevelFilter, required: false }),
      order: t.arg({ type: [InventoryLevelOrder], required: false }),
      limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
      offset: t.arg.int({ required: false }),
    },
    extensions: plannedPage(),
    resolve: (_root, args) => ({
      ...pageWindow(args),
      where: inventoryLevelWhere(args.filter),
      orderBy: orderBy(args.order),
    }),
  }),
}));
