import { LIVE } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { INVENTORY_ITEM } from '../../modules/inventory-item/description.js';
import { builder } from '../builder.js';
import { columnFilters } from '../describe/filters.js';
import { defineList } from '../list-fields.js';

const inventoryItems = defineList<Prisma.InventoryItemWhereInput>({
  type: 'InventoryItem',
  model: 'inventoryItem',
  label: 'inventory item',
  plural: 'inventory items',
  field: 'inventoryItems',
  connection: true,
  find: { field: 'inventoryItem', description: 'A live inventory item by id; null when there is none.' },
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the sku, title or description.',
      columns: ['sku', 'title', 'description'],
    },
    ...columnFilters(INVENTORY_ITEM),
    locationIds: {
      kind: 'link',
      description: 'Items stocked (with a live level) at any of these.',
      where: (ids) => ({ locationLevels: { some: { ...LIVE, locationId: { in: ids } } } }),
    },
  },
  orderFields: { SKU: 'sku', TITLE: 'title' },
});

builder.queryFields((t) => inventoryItems.queryFields(t));
