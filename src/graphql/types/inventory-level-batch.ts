import { DuplicateError, InvalidDataError, NotAllowedError, NotFoundError } from '../../core/errors.js';
import { batchInventoryLevels } from '../../domain/inventory-level-batch.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder } from '../builder.js';
import { raises } from '../errors.js';

interface BatchShape {
  inventoryItemId: string;
  created: string[];
  updated: string[];
  deleted: string[];
}

const BatchInventoryLevelsPayload = builder.objectRef<BatchShape>('BatchInventoryLevelsPayload').implement({
  description: 'What batchInventoryLevels answers.',
  fields: (t) => ({
    created: t.prismaField({
      type: ['InventoryLevel'],
      description: 'The levels created, in the order of `create`.',
      resolve: async (query, { created }, _args, { prisma }) =>
        inOrder(created, await prisma.inventoryLevel.findMany({ ...query, where: { id: { in: created } } })),
    }),
    updated: t.prismaField({
      type: ['InventoryLevel'],
      description: 'The levels updated, in the order of `update`.',
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
    locationId: t.id({ required: true, description: 'The stock location of the level to change.' }),
    stockedQuantity: t.int({ required: false, description: quantity('Units on hand', 'unchanged') }),
    incomingQuantity: t.int({ required: false, description: quantity('Units on their way', 'unchanged') }),
  }),
});

const BatchInventoryLevelsInput = builder.inputType('BatchInventoryLevelsInput', {
  description: 'Changes to the levels of one inventory item, applied deletes first, then updates, then creates.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'The live inventory item whose levels change.' }),
    create: t.field({ type: [BatchCreateInventoryLevelInput], required: false, description: 'Levels to create.' }),
    update: t.field({ type: [BatchUpdateInventoryLevelInput], required: false, description: 'Levels to change.' }),
    delete: t.idList({ required: false, description: 'Ids of levels of the item to delete (softly).' }),
    force: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Delete levels even though units are stocked there (never while reserved or incoming).',
    }),
  }),
});

builder.mutationFields((t) => ({
  batchInventoryLevels: t.field({
    type: BatchInventoryLevelsPayload,
    description:
      'Deletes, updates and creates levels of one inventory item in one transaction: all of it, or nothing. Levels with reserved or incoming units are never deleted, levels with stocked units only when forced.',
    errors: raises(NotFoundError, NotAllowedError, InvalidDataError, DuplicateError),
    args: {
      input: t.arg({ type: BatchInventoryLevelsInput, required: true, description: 'Everything the mutation needs.' }),
    },
    resolve: async (_root, { input }, { prisma }) => {
      const batch = {
        inventoryItemId: input.inventoryItemId,
        create: input.create ?? [],
        update: input.update ?? [],
        delete: input.delete ?? [],
        force: input.force ?? false,
      };
      const result = await inTransaction(prisma, (tx) => batchInventoryLevels(tx, batch));
      return {
        inventoryItemId: input.inventoryItemId,
        created: result.created.map((level) => level.id),
        updated: result.updated.map((level) => level.id),
        deleted: result.deleted,
      };
    },
  }),
}));
