import {
  createInventoryItem,
  createInventoryLevel,
  deleteInventoryItem,
  deleteInventoryLevel,
  updateInventoryItem,
  updateInventoryLevel,
} from '../../domain/inventory.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder } from '../builder.js';

const InventoryItemPayload = builder.objectRef<{ inventoryItemId: string }>('InventoryItemPayload').implement({
  fields: (t) => ({
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

const DeleteInventoryItemPayload = builder.objectRef<{ id: string }>('DeleteInventoryItemPayload').implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The id of the deleted item.' }),
    deleted: t.boolean({ resolve: () => true }),
  }),
});

interface LevelPayloadShape {
  inventoryItemId: string;
  inventoryLevelId: string;
}

export const InventoryLevelPayload = builder.objectRef<LevelPayloadShape>('InventoryLevelPayload').implement({
  fields: (t) => ({
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
    inventoryLevel: t.prismaField({
      type: 'InventoryLevel',
      resolve: (query, { inventoryLevelId }, _args, { prisma }) =>
        prisma.inventoryLevel.findUniqueOrThrow({ ...query, where: { id: inventoryLevelId } }),
    }),
  }),
});

const DeleteInventoryLevelPayload = builder.objectRef<LevelPayloadShape>('DeleteInventoryLevelPayload').implement({
  fields: (t) => ({
    id: t.exposeID('inventoryLevelId', { description: 'The id of the deleted level.' }),
    deleted: t.boolean({ resolve: () => true }),
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
    locationId: t.id({ required: true, description: 'A live stock location.' }),
    stockedQuantity: t.int({ required: false, description: quantityDescription('Units on hand') }),
    incomingQuantity: t.int({ required: false, description: quantityDescription('Units on their way') }),
  }),
});

const CreateInventoryItemInput = builder.inputType('CreateInventoryItemInput', {
  fields: (t) => ({
    sku: t.string({ required: false, description: 'Unique among live items.' }),
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    thumbnail: t.string({ required: false }),
    originCountry: t.string({ required: false }),
    hsCode: t.string({ required: false }),
    midCode: t.string({ required: false }),
    material: t.string({ required: false }),
    weight: t.int({ required: false }),
    length: t.int({ required: false }),
    height: t.int({ required: false }),
    width: t.int({ required: false }),
    requiresShipping: t.boolean({ required: false, description: 'Defaults to true.' }),
    unitOfMeasure: t.string({ required: false }),
    metadata: t.field({ type: 'JSON', required: false, description: 'A JSON object.' }),
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
    id: t.id({ required: true }),
    sku: t.string({ required: false, description: 'Unique among live items.' }),
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    thumbnail: t.string({ required: false }),
    originCountry: t.string({ required: false }),
    hsCode: t.string({ required: false }),
    midCode: t.string({ required: false }),
    material: t.string({ required: false }),
    weight: t.int({ required: false }),
    length: t.int({ required: false }),
    height: t.int({ required: false }),
    width: t.int({ required: false }),
    requiresShipping: t.boolean({ required: false }),
    unitOfMeasure: t.string({ required: false }),
    metadata: t.field({ type: 'JSON', required: false, description: 'A JSON object; replaces the stored one.' }),
  }),
});

const DeleteInventoryItemInput = builder.inputType('DeleteInventoryItemInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const InventoryLevelInput = builder.inputType('InventoryLevelInput', {
  description: 'The stock of one item at one location.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true }),
    locationId: t.id({ required: true }),
    stockedQuantity: t.int({ required: false, description: quantityDescription('Units on hand') }),
    incomingQuantity: t.int({ required: false, description: quantityDescription('Units on their way') }),
  }),
});

const DeleteInventoryLevelInput = builder.inputType('DeleteInventoryLevelInput', {
  fields: (t) => ({
    inventoryItemId: t.id({ required: true }),
    locationId: t.id({ required: true }),
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
    errors: {},
    args: { input: t.arg({ type: CreateInventoryItemInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => createInventoryItem(tx, input)).then((item) => ({ inventoryItemId: item.id })),
  }),
  updateInventoryItem: t.field({
    type: InventoryItemPayload,
    description: 'Changes the fields given of an inventory item.',
    errors: {},
    args: { input: t.arg({ type: UpdateInventoryItemInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateInventoryItem(tx, input)).then((item) => ({ inventoryItemId: item.id })),
  }),
  deleteInventoryItem: t.field({
    type: DeleteInventoryItemPayload,
    description:
      'Deletes an inventory item with its levels and variant links (a soft delete, as Medusa does); refused while it has reservations.',
    errors: {},
    args: { input: t.arg({ type: DeleteInventoryItemInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => deleteInventoryItem(tx, input.id)).then((item) => ({ id: item.id })),
  }),
  createInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description: 'Stocks an inventory item at a location where it is not stocked yet.',
    errors: {},
    args: { input: t.arg({ type: InventoryLevelInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => createInventoryLevel(tx, input)).then(levelPayload),
  }),
  updateInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description: 'Sets the stocked and/or incoming units of an item at a location.',
    errors: {},
    args: { input: t.arg({ type: InventoryLevelInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateInventoryLevel(tx, input)).then(levelPayload),
  }),
  deleteInventoryLevel: t.field({
    type: DeleteInventoryLevelPayload,
    description:
      'Removes an item from a location (a soft delete); refused while units are reserved or incoming there, and while units are stocked unless forced.',
    errors: {},
    args: { input: t.arg({ type: DeleteInventoryLevelInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => deleteInventoryLevel(tx, input)).then(levelPayload),
  }),
}));
