import { LIVE, liveById } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { defineList } from '../list-fields.js';
import { plannedFind } from '../planner/annotations.js';

const inventoryItems = defineList<Prisma.InventoryItemWhereInput>({
  type: 'InventoryItem',
  model: 'inventoryItem',
  label: 'inventory item',
  plural: 'inventory items',
  field: 'inventoryItems',
  connection: true,
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the sku, title or description.',
      columns: ['sku', 'title', 'description'],
    },
    sku: { kind: 'strings', description: 'Stock keeping unit; unique among live rows of its kind.' },
    originCountry: { kind: 'strings', description: 'Exact countries of origin.' },
    midCode: { kind: 'strings', description: 'Exact manufacturer identification codes.' },
    hsCode: { kind: 'strings', description: 'Exact Harmonized System codes.' },
    material: { kind: 'strings', description: 'Exact materials.' },
    locationIds: {
      kind: 'link',
      description: 'Items stocked (with a live level) at any of these.',
      where: (ids) => ({ locationLevels: { some: { ...LIVE, locationId: { in: ids } } } }),
    },
    requiresShipping: { kind: 'boolean', description: 'Whether it is shipped.' },
    createdAt: { kind: 'dates', description: 'When it was created.' },
    updatedAt: { kind: 'dates', description: 'When it was last changed.' },
  },
  orderFields: { SKU: 'sku', TITLE: 'title' },
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
  ...inventoryItems.queryFields(t),
}));
