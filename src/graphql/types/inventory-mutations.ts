import { DuplicateError, InvalidDataError, NotAllowedError, NotFoundError } from '../../core/errors.js';
import {
  createInventoryItem,
  createInventoryLevel,
  deleteInventoryItem,
  deleteInventoryLevel,
  updateInventoryItem,
  updateInventoryLevel,
} from '../../domain/inventory.js';
import { inTransaction } from '../../domain/transaction.js';
import { INVENTORY_ITEM } from '../../modules/inventory-item/description.js';
import { builder } from '../builder.js';
import { writtenFields } from '../describe/input-fields.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';

const InventoryItemPayload = builder.objectRef<{ inventoryItemId: string }>('InventoryItemPayload').implement({
  description: 'What createInventoryItem and updateInventoryItem answer.',
  fields: (t) => ({
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      description: 'The item as it now is.',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

const DeleteInventoryItemPayload = builder.objectRef<{ id: string }>('DeleteInventoryItemPayload').implement({
  description: 'What deleteInventoryItem answers.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The id of the deleted item.' }),
    deleted: t.boolean({ description: 'Always true: the item is (softly) deleted.', resolve: () => true }),
  }),
});

interface LevelPayloadShape {
  inventoryItemId: string;
  inventoryLevelId: string;
}

export const InventoryLevelPayload = builder.objectRef<LevelPayloadShape>('InventoryLevelPayload').implement({
  description: 'What the mutations of one inventory level answer.',
  fields: (t) => ({
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      description: 'The item of the level, with its totals after the change.',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
    inventoryLevel: t.prismaField({
      type: 'InventoryLevel',
      description: 'The level as it now is.',
      resolve: (query, { inventoryLevelId }, _args, { prisma }) =>
        prisma.inventoryLevel.findUniqueOrThrow({ ...query, where: { id: inventoryLevelId } }),
    }),
  }),
});

const DeleteInventoryLevelPayload = builder.objectRef<LevelPayloadShape>('DeleteInventoryLevelPayload').implement({
  description: 'What deleteInventoryLevel answers.',
  fields: (t) => ({
    id: t.exposeID('inventoryLevelId', { description: 'The id of the deleted level.' }),
    deleted: t.boolean({ description: 'Always true: the level is (softly) deleted.', resolve: () => true }),
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      description: 'The item the level belonged to, without it.',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

const quantityDescription = (what: string) =>
  `${what}: a whole number from 0 to 2147483647. Absent or null: 0 on create, unchanged on update.`;

const InventoryItemLevelInput = builder.inputType('InventoryItemLevelInput', {
  description: 'A level to create with a new item.',
  fields: (t) => ({
    locationId: t.id({ required: true, description: 'A live stock location; at most one level per location.' }),
    stockedQuantity: t.int({ required: false, description: quantityDescription('Units on hand') }),
    incomingQuantity: t.int({ required: false, description: quantityDescription('Units on their way') }),
  }),
});

const CreateInventoryItemInput = builder.inputType('CreateInventoryItemInput', {
  description: 'A new inventory item: a stock-kept thing that variants consume.',
  fields: (t) => ({
    ...writtenFields(t, INVENTORY_ITEM, 'create'),
    locationLevels: t.field({
      type: [InventoryItemLevelInput],
      required: false,
      description: 'At most one level per location.',
    }),
  }),
});

const UpdateInventoryItemInput = builder.inputType('UpdateInventoryItemInput', {
  description: 'Fields left out stay as they are; null clears a field (requiresShipping ignores null).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The live item to change.' }),
    ...writtenFields(t, INVENTORY_ITEM, 'update'),
  }),
});

const DeleteInventoryItemInput = builder.inputType('DeleteInventoryItemInput', {
  description: 'The inventory item to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'A live inventory item.' }) }),
});

const InventoryLevelInput = builder.inputType('InventoryLevelInput', {
  description: 'The stock of one item at one location.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'A live inventory item.' }),
    locationId: t.id({ required: true, description: 'A live stock location.' }),
    stockedQuantity: t.int({ required: false, description: quantityDescription('Units on hand') }),
    incomingQuantity: t.int({ required: false, description: quantityDescription('Units on their way') }),
  }),
});

const DeleteInventoryLevelInput = builder.inputType('DeleteInventoryLevelInput', {
  description: 'The level to delete: an item at a location.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'The inventory item.' }),
    locationId: t.id({ required: true, description: 'The stock location the item is stocked at.' }),
    force: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Delete even though units are stocked there (never while reserved or incoming).',
    }),
  }),
});

export const levelPayload = (level: { id: string; inventoryItemId: string }): LevelPayloadShape => ({
  inventoryItemId: level.inventoryItemId,
  inventoryLevelId: level.id,
});

builder.mutationFields((t) => ({
  createInventoryItem: t.field({
    type: InventoryItemPayload,
    description: 'Creates an inventory item, optionally stocked at some locations.',
    errors: raises(InvalidDataError, NotFoundError, DuplicateError),
    args: inputArgs(t, CreateInventoryItemInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => createInventoryItem(tx, input)).then((item) => ({ inventoryItemId: item.id })),
  }),
  updateInventoryItem: t.field({
    type: InventoryItemPayload,
    description: 'Changes the fields given of an inventory item.',
    errors: raises(InvalidDataError, NotFoundError, DuplicateError),
    args: inputArgs(t, UpdateInventoryItemInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateInventoryItem(tx, input)).then((item) => ({ inventoryItemId: item.id })),
  }),
  deleteInventoryItem: t.field({
    type: DeleteInventoryItemPayload,
    description:
      'Deletes an inventory item with its levels and variant links (a soft delete, as Medusa does); refused while it has reservations.',
    errors: raises(NotFoundError, InvalidDataError),
    args: inputArgs(t, DeleteInventoryItemInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => deleteInventoryItem(tx, input.id)).then((item) => ({ id: item.id })),
  }),
  createInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description: 'Stocks an inventory item at a location where it is not stocked yet.',
    errors: raises(InvalidDataError, NotFoundError, DuplicateError),
    args: inputArgs(t, InventoryLevelInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => createInventoryLevel(tx, input)).then(levelPayload),
  }),
  updateInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description: 'Sets the stocked and/or incoming units of an item at a location.',
    errors: raises(InvalidDataError, NotFoundError),
    args: inputArgs(t, InventoryLevelInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateInventoryLevel(tx, input)).then(levelPayload),
  }),
  deleteInventoryLevel: t.field({
    type: DeleteInventoryLevelPayload,
    description:
      'Removes an item from a location (a soft delete); refused while units are reserved or incoming there, and while units are stocked unless forced.',
    errors: raises(NotFoundError, NotAllowedError),
    args: inputArgs(t, DeleteInventoryLevelInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => deleteInventoryLevel(tx, input)).then(levelPayload),
  }),
}));
