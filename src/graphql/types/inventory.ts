import { LIVE } from '../../core/live.js';
import { levelTotals } from '../../domain/stock.js';
import { INVENTORY_ITEM } from '../../modules/inventory-item/description.js';
import { INVENTORY_LEVEL } from '../../modules/inventory-level/description.js';
import { builder } from '../builder.js';
import { toNumber } from '../decimal.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';
import { plannedColumn, plannedSql } from '../planner/annotations.js';
import { availableAtLevel, levelTotal } from '../planner/computed.js';
import { ALL_LIVE_LEVELS, LEVEL_ORDER, LIVE_LEVEL_QUANTITIES } from '../stock-selections.js';
import { throughLinks } from '../through-links.js';
import { ProductVariant } from './variant.js';

/** An item's links to variants that count: live links to live variants. */
const LIVE_VARIANT_LINKS = { where: { ...LIVE, variant: LIVE }, orderBy: { id: 'asc' } } as const;

export const InventoryItem = builder.prismaNode('InventoryItem', {
  description: 'A stock-kept thing: its stock is kept per location in inventory levels (Medusa: inventory_item).',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, INVENTORY_ITEM, { node: true }),
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
    variants: throughLinks(t, {
      type: ProductVariant,
      description: 'The live variants linked to this item.',
      links: 'variantLinks',
      where: LIVE_VARIANT_LINKS.where,
      orderBy: LIVE_VARIANT_LINKS.orderBy,
      to: 'variant',
    }),
    variantLinks: t.relation('variantLinks', {
      description: 'The links to the live variants, with the quantity each needs.',
      query: LIVE_VARIANT_LINKS,
    }),
    reservationItems: t.relation('reservationItems', {
      description: 'Its live reservations.',
      query: { where: LIVE, orderBy: { id: 'asc' } },
    }),
  }),
});

export const InventoryLevel = builder.prismaNode('InventoryLevel', {
  ...liveNode,
  description: 'The stock of one inventory item at one location.',
  fields: (t) => ({
    ...columnFields(t, INVENTORY_LEVEL, { node: true }),
    availableQuantity: t.float({
      description: 'Stocked minus reserved; incoming units are not available yet.',
      extensions: plannedSql(availableAtLevel),
      resolve: (level) => toNumber(level.stockedQuantity.minus(level.reservedQuantity)),
    }),
    inventoryItem: t.relation('inventoryItem', { description: 'The inventory item.' }),
    location: t.relation('location', { description: 'The stock location.' }),
  }),
});

export const ReservationItem = builder.prismaNode('ReservationItem', {
  description: 'Units of an inventory item held at a location for an order (Medusa: reservation_item).',
  ...liveNode,
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
