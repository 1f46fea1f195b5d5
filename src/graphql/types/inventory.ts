import { levelTotals } from '../../domain/stock.js';
import { builder } from '../builder.js';
import { LIVE, liveById, toNumber } from '../live.js';
import { plannedColumn, plannedSql } from '../planner/annotations.js';
import { availableAtLevel, levelTotal } from '../planner/computed.js';
import { ALL_LIVE_LEVELS, LEVEL_ORDER, LIVE_LEVEL_QUANTITIES } from '../stock-selections.js';
import { ProductVariant } from './variant.js';

export const InventoryItem = builder.prismaNode('InventoryItem', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    sku: t.exposeString('sku', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    thumbnail: t.exposeString('thumbnail', { nullable: true }),
    originCountry: t.exposeString('originCountry', { nullable: true }),
    hsCode: t.exposeString('hsCode', { nullable: true }),
    midCode: t.exposeString('midCode', { nullable: true }),
    material: t.exposeString('material', { nullable: true }),
    weight: t.exposeInt('weight', { nullable: true }),
    length: t.exposeInt('length', { nullable: true }),
    height: t.exposeInt('height', { nullable: true }),
    width: t.exposeInt('width', { nullable: true }),
    requiresShipping: t.exposeBoolean('requiresShipping'),
    unitOfMeasure: t.exposeString('unitOfMeasure', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    stockedQuantity: t.float({
      nullable: true,
      description: 'Units on hand over all locations; null when the item has no level anywhere.',
      extensions: plannedSql(levelTotal('stocked_quantity')),
      select: LIVE_LEVEL_QUANTITIES,
      resolve: (item) => levelTotals(item.locationLevels).stocked,
    }),
    reservedQuantity: t.float({
      nullable: true,
      description: 'Units reserved over all locations; null when the item has no level anywhere.',
      extensions: plannedSql(levelTotal('reserved_quantity')),
      select: LIVE_LEVEL_QUANTITIES,
      resolve: (item) => levelTotals(item.locationLevels).reserved,
    }),
    locationLevels: t.relation('locationLevels', {
      args: { locationIds: t.arg.idList({ required: false }) },
      query: (args) =>
        args.locationIds
          ? { where: { ...LIVE, locationId: { in: args.locationIds } }, orderBy: LEVEL_ORDER }
          : ALL_LIVE_LEVELS,
    }),
    variants: t.field({
      type: [ProductVariant],
      description: 'The live variants linked to this item.',
      select: (_args, _ctx, nestedSelection) => ({
        variantLinks: {
          where: { ...LIVE, variant: LIVE },
          orderBy: { id: 'asc' },
          select: { variant: nestedSelection(true) },
        },
      }),
      resolve: (item) => item.variantLinks.map((link) => link.variant),
    }),
    variantLinks: t.relation('variantLinks', {
      description: 'The links to the live variants, with the quantity each needs.',
      query: { where: { ...LIVE, variant: LIVE }, orderBy: { id: 'asc' } },
    }),
    reservationItems: t.relation('reservationItems', { query: { where: LIVE, orderBy: { id: 'asc' } } }),
  }),
});

export const InventoryLevel = builder.prismaNode('InventoryLevel', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  description: 'The stock of one inventory item at one location.',
  fields: (t) => ({
    inventoryItemId: t.exposeID('inventoryItemId'),
    locationId: t.exposeID('locationId'),
    stockedQuantity: t.float({
      extensions: plannedColumn('stockedQuantity'),
      resolve: (level) => toNumber(level.stockedQuantity),
    }),
    reservedQuantity: t.float({
      extensions: plannedColumn('reservedQuantity'),
      resolve: (level) => toNumber(level.reservedQuantity),
    }),
    incomingQuantity: t.float({
      extensions: plannedColumn('incomingQuantity'),
      resolve: (level) => toNumber(level.incomingQuantity),
    }),
    availableQuantity: t.float({
      description: 'Stocked minus reserved; incoming units are not available yet.',
      extensions: plannedSql(availableAtLevel),
      resolve: (level) => toNumber(level.stockedQuantity.minus(level.reservedQuantity)),
    }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    inventoryItem: t.relation('inventoryItem'),
    location: t.relation('location'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const ReservationItem = builder.prismaNode('ReservationItem', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    inventoryItemId: t.exposeID('inventoryItemId'),
    locationId: t.exposeID('locationId'),
    quantity: t.float({
      extensions: plannedColumn('quantity'),
      resolve: (reservation) => toNumber(reservation.quantity),
    }),
    lineItemId: t.exposeString('lineItemId', { nullable: true }),
    externalId: t.exposeString('externalId', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    createdBy: t.exposeString('createdBy', { nullable: true }),
    allowBackorder: t.exposeBoolean('allowBackorder', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    inventoryItem: t.relation('inventoryItem'),
    location: t.relation('location'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
