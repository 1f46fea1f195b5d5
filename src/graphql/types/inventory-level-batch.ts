import { batchInventoryLevels } from '../../domain/inventory-level-batch.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder } from '../builder.js';

interface BatchShape {
  inventoryItemId: string;
  created: string[];
  updated: string[];
  deleted: string[];
}

const BatchInventoryLevelsPayload = builder.objectRef<BatchShape>('BatchInventoryLevelsPayload').implement({
  fields: (t) => ({
    created: t.prismaField({
      type: ['InventoryLevel'],
      resolve: async (query, { created }, _args, { prisma }) =>
        inOrder(created, await prisma.inventoryLevel.findMany({ ...query, where: { id: { in: created } } })),
    }),
    updated: t.prismaField({
      type: ['InventoryLevel'],
      resolve: async (query, { updated }, _args, { prisma }) =>
        inOrder(updated, await prisma.inventoryLevel.findMany({ ...query, where: { id: { in: updated } } })),
    }),
    deletedIds: t.idList({ description: 'The ids of the deleted levels.', resolve: ({ deleted }) => deleted }),
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      description: 'The item after the batch.',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const quantity = (what: string, absent: string) =>
  `${what}: a whole number from 0 to 2147483647. Absent or null: ${absent}.`;

const BatchCreateInventoryLevelInput = builder.inputType('BatchCreateInventoryLevelInput', {
  description: "A level to create for the batch's item.",
  fields: (t) => ({
    locationId: t.id({ required: true, description: 'A live stock location where the item is not stocked yet.' }),
    stockedQuantity: t.int({ required: false, description: quantity('Units on hand', '0') }),
    incomingQuantity: t.int({ required: false, description: quantity('Units on their way', '0') }),
  }),
});

const BatchUpdateInventoryLevelInput = builder.inputType('BatchUpdateInventoryLevelInput', {
  description: "A change to the batch's item's level at a location.",
  fields: (t) => ({
    id: t.id({ required: false, description: 'The level at locationId, if given; it is found by location anyway.' }),
    locationId: t.id({ required: true }),
    stockedQuantity: t.int({ required: false, description: quantity('Units on hand', 'unchanged') }),
    incomingQuantity: t.int({ required: false, description: quantity('Units on their way', 'unchanged') }),
  }),
});

builder.mutationFields((t) => ({
  batchInventoryLevels: t.field({
    type: BatchInventoryLevelsPayload,
    description:
      'Deletes, updates and creates levels of one inventory item in one transaction: all of it, or nothing. Levels with reserved or incoming units are never deleted, levels with stocked units only when forced.',
    errors: {},
    args: {
      inventoryItemId: t.arg.id({ required: true }),
      create: t.arg({ type: [BatchCreateInventoryLevelInput], required: false }),
      update: t.arg({ type: [BatchUpdateInventoryLevelInput], required: false }),
      delete: t.arg.idList({ required: false, description: 'Ids of levels of the item.' }),
      force: t.arg.boolean({ required: false, defaultValue: false }),
    },
    resolve: async (_root, args, { prisma }) => {
      const batch = {
        inventoryItemId: args.inventoryItemId,
        create: args.create ?? [],
        update: args.update ?? [],
        delete: args.delete ?? [],
        force: args.force ?? false,
      };
      const result = await inTransaction(prisma, (tx) => batchInventoryLevels(tx, batch));
      return {
        inventoryItemId: args.inventoryItemId,
        created: result.created.map((level) => level.id),
        updated: result.updated.map((level) => level.id),
        deleted: result.deleted,
      };
    },
  }),
}));
