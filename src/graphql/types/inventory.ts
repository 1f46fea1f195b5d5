import { LIVE, liveById } from '../../core/live.js';
import { levelTotals } from '../../domain/stock.js';
import { builder } from '../builder.js';
import { toNumber } from '../decimal.js';
import { plannedColumn, plannedSql } from '../planner/annotations.js';
import { availableAtLevel, levelTotal } from '../planner/computed.js';
import { ALL_LIVE_LEVELS, LEVEL_ORDER, LIVE_LEVEL_QUANTITIES } from '../stock-selections.js';
import { ProductVariant } from './variant.js';

export const InventoryItem = builder.prismaNode('InventoryItem', {
  description: 'A stock-kept thing: its stock is kept per location in inventory levels (Medusa: inventory_item).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    sku: t.exposeString('sku', {
      description: 'Stock keeping unit; unique among live rows of its kind.',
      nullable: true,
    }),
    title: t.exposeString('title', { description: 'Its name, as people read it.', nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    thumbnail: t.exposeString('thumbnail', { description: 'The URL of an image.', nullable: true }),
    originCountry: t.exposeString('originCountry', {
      description: 'Country of origin, as customs documents want it.',
      nullable: true,
    }),
    hsCode: t.exposeString('hsCode', { description: 'Harmonized System code, for customs.', nullable: true }),
    midCode: t.exposeString('midCode', {
      description: "Manufacturer's identification code, for customs.",
      nullable: true,
    }),
    material: t.exposeString('material', { description: 'What it is made of.', nullable: true }),
    weight: t.exposeInt('weight', { description: 'Weight, in the unit the shop uses.', nullable: true }),
    length: t.exposeInt('length', { description: 'Length, in the unit the shop uses.', nullable: true }),
    height: t.exposeInt('height', { description: 'Height, in the unit the shop uses.', nullable: true }),
    width: t.exposeInt('width', { description: 'Width, in the unit the shop uses.', nullable: true }),
    requiresShipping: t.exposeBoolean('requiresShipping', { description: 'Whether it is shipped.' }),
    unitOfMeasure: t.exposeString('unitOfMeasure', {
      description: 'What one unit is, e.g. "piece" or "kg".',
      nullable: true,
    }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
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
      description: 'Its live stock levels, one per location.',
      args: { locationIds: t.arg.idList({ description: 'Only these stock locations.', required: false }) },
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
    reservationItems: t.relation('reservationItems', {
      description: 'Its live reservations.',
      query: { where: LIVE, orderBy: { id: 'asc' } },
    }),
  }),
});

export const InventoryLevel = builder.prismaNode('InventoryLevel', {
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  description: 'The stock of one inventory item at one location.',
  fields: (t) => ({
    inventoryItemId: t.exposeID('inventoryItemId', { description: 'The id of the inventory item.' }),
    locationId: t.exposeID('locationId', { description: 'The id of the stock location.' }),
    stockedQuantity: t.float({
      extensions: plannedColumn('stockedQuantity'),
      description: 'Units on hand.',
      resolve: (level) => toNumber(level.stockedQuantity),
    }),
    reservedQuantity: t.float({
      extensions: plannedColumn('reservedQuantity'),
      description: 'Units held for orders.',
      resolve: (level) => toNumber(level.reservedQuantity),
    }),
    incomingQuantity: t.float({
      extensions: plannedColumn('incomingQuantity'),
      description: 'Units on their way.',
      resolve: (level) => toNumber(level.incomingQuantity),
    }),
    availableQuantity: t.float({
      description: 'Stocked minus reserved; incoming units are not available yet.',
      extensions: plannedSql(availableAtLevel),
      resolve: (level) => toNumber(level.stockedQuantity.minus(level.reservedQuantity)),
    }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    inventoryItem: t.relation('inventoryItem', { description: 'The inventory item.' }),
    location: t.relation('location', { description: 'The stock location.' }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});

export const ReservationItem = builder.prismaNode('ReservationItem', {
  description: 'Units of an inventory item held at a location for an order (Medusa: reservation_item).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    inventoryItemId: t.exposeID('inventoryItemId', { description: 'The id of the inventory item.' }),
    locationId: t.exposeID('locationId', { description: 'The id of the stock location.' }),
    quantity: t.float({
      extensions: plannedColumn('quantity'),
      description: 'Units.',
      resolve: (reservation) => toNumber(reservation.quantity),
    }),
    lineItemId: t.exposeString('lineItemId', {
      description: 'The order line the reservation is for, if any.',
      nullable: true,
    }),
    externalId: t.exposeString('externalId', { description: 'Its id in another system.', nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    createdBy: t.exposeString('createdBy', { description: 'Who made it, as Medusa records it.', nullable: true }),
    allowBackorder: t.exposeBoolean('allowBackorder', {
      description: 'Whether it may be sold beyond its stock.',
      nullable: true,
    }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    inventoryItem: t.relation('inventoryItem', { description: 'The inventory item.' }),
    location: t.relation('location', { description: 'The stock location.' }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});
