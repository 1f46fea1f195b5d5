import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { defineList } from '../list-fields.js';

/** Live levels; a deleted item's levels are deleted with it, so they need no check of their own. */
const inventoryLevels = defineList<Prisma.InventoryLevelWhereInput>({
  type: 'InventoryLevel',
  model: 'inventoryLevel',
  label: 'inventory level',
  plural: 'inventory levels',
  field: 'inventoryLevels',
  description: 'Stock of items at locations, one level per item and location.',
  connection: false,
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    inventoryItemIds: { kind: 'ids', description: 'Only rows of these inventory items.' },
    locationIds: { kind: 'ids', description: 'Only rows at these stock locations.' },
  },
  orderFields: {
    LOCATION_ID: ['locationId', 'location id'],
    STOCKED_QUANTITY: ['stockedQuantity', 'stocked quantity'],
    RESERVED_QUANTITY: ['reservedQuantity', 'reserved quantity'],
    INCOMING_QUANTITY: ['incomingQuantity', 'incoming quantity'],
  },
});

builder.queryFields((t) => inventoryLevels.queryFields(t));
