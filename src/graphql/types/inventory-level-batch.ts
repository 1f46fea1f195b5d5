import { DuplicateError, InvalidDataError, NotAllowedError, NotFoundError } from '../../core/errors.js';
import { batchInventoryLevels, batchLevelsOfItems } from '../../domain/inventory-level-batch.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder, type SchemaTypes } from '../builder.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';

/** What a level batch did, by level id. */
interface LevelsShape {
  created: string[];
  updated: string[];
  deleted: string[];
}

interface BatchShape extends LevelsShape {
  inventoryItemId: string;
}

/** The fields both level batches answer. */
function levelFields<Shape extends LevelsShape>(t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Shape>) {
  return {
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
  };
}

const BatchInventoryLevelsPayload = builder.objectRef<BatchShape>('BatchInventoryLevelsPayload').implement({
  description: 'What batchInventoryLevels answers.',
  fields: (t) => ({
    ...levelFields(t),
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      description: 'The item after the batch.',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

const BatchInventoryItemLevelsPayload = builder.objectRef<LevelsShape>('BatchInventoryItemLevelsPayload').implement({
  description: 'What batchInventoryItemLevels answers.',
  fields: (t) => levelFields(t),
});

function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const byId = (result: { created: { id: string }[]; updated: { id: string }[]; deleted: string[] }) => ({
  created: result.created.map((level) => level.id),
  updated: result.updated.map((level) => level.id),
  deleted: result.deleted,
});

const quantity = (what: string, absent: string) =>
  `${what}: a whole number from 0 to 2147483647. Absent or null: ${absent}.`;

const FORCE = 'Delete levels even though units are stocked there (never while reserved or incoming).';

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
    force: t.boolean({ required: false, defaultValue: false, description: FORCE }),
  }),
});

const BatchCreateItemLevelInput = builder.inputType('BatchCreateItemLevelInput', {
  description: 'A level to create: a live inventory item at a live stock location where it is not stocked yet.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'The live inventory item to stock.' }),
    locationId: t.id({ required: true, description: 'The live stock location to stock it at.' }),
    stockedQuantity: t.int({ required: false, description: quantity('Units on hand', '0') }),
    incomingQuantity: t.int({ required: false, description: quantity('Units on their way', '0') }),
  }),
});

const BatchUpdateItemLevelInput = builder.inputType('BatchUpdateItemLevelInput', {
  description: "A change to an item's level at a location.",
  fields: (t) => ({
    id: t.id({ required: false, description: 'The level, if given; it is found by item and location anyway.' }),
    inventoryItemId: t.id({ required: true, description: 'The inventory item of the level to change.' }),
    locationId: t.id({ required: true, description: 'The stock location of the level to change.' }),
    stockedQuantity: t.int({ required: false, description: quantity('Units on hand', 'unchanged') }),
    incomingQuantity: t.int({ required: false, description: quantity('Units on their way', 'unchanged') }),
  }),
});

const BatchInventoryItemLevelsInput = builder.inputType('BatchInventoryItemLevelsInput', {
  description: 'Changes to the levels of any inventory items, applied deletes first, then updates, then creates.',
  fields: (t) => ({
    create: t.field({ type: [BatchCreateItemLevelInput], required: false, description: 'Levels to create.' }),
    update: t.field({ type: [BatchUpdateItemLevelInput], required: false, description: 'Levels to change.' }),
    delete: t.idList({ required: false, description: 'Ids of levels to delete (softly), of any items.' }),
    force: t.boolean({ required: false, defaultValue: false, description: FORCE }),
  }),
});

const BATCH_ERRORS = raises(NotFoundError, NotAllowedError, InvalidDataError, DuplicateError);

builder.mutationFields((t) => ({
  batchInventoryLevels: t.field({
    type: BatchInventoryLevelsPayload,
    description:
      'Deletes, updates and creates levels of one inventory item in one transaction: all of it, or nothing. Levels with reserved or incoming units are never deleted, levels with stocked units only when forced.',
    errors: BATCH_ERRORS,
    args: inputArgs(t, BatchInventoryLevelsInput),
    resolve: async (_root, { input }, { prisma }) => {
      const batch = {
        inventoryItemId: input.inventoryItemId,
        create: input.create ?? [],
        update: input.update ?? [],
        delete: input.delete ?? [],
        force: input.force ?? false,
      };
      const result = await inTransaction(prisma, (tx) => batchInventoryLevels(tx, batch));
      return { inventoryItemId: input.inventoryItemId, ...byId(result) };
    },
  }),
  batchInventoryItemLevels: t.field({
    type: BatchInventoryItemLevelsPayload,
    description:
      'Deletes, updates and creates levels of any inventory items in one transaction: all of it, or nothing. Levels with reserved or incoming units are never deleted, levels with stocked units only when forced.',
    errors: BATCH_ERRORS,
    args: inputArgs(t, BatchInventoryItemLevelsInput),
    resolve: async (_root, { input }, { prisma }) => {
      const batch = {
        create: input.create ?? [],
        update: input.update ?? [],
        delete: input.delete ?? [],
        force: input.force ?? false,
      };
      return byId(await inTransaction(prisma, (tx) => batchLevelsOfItems(tx, batch)));
    },
  }),
}));
