import { InvalidDataError, NotFoundError } from '../../core/errors.js';
import { inTransaction } from '../../domain/transaction.js';
import {
  batchInventoryItemLinks,
  linkInventoryItem,
  unlinkInventoryItem,
  updateInventoryItemLink,
} from '../../domain/variant-links.js';
import { builder } from '../builder.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';

interface LinkPayloadShape {
  variantId: string;
  inventoryItemId: string;
}

const VariantInventoryItemPayload = builder.objectRef<LinkPayloadShape>('VariantInventoryItemPayload').implement({
  description: 'A link between a variant and an inventory item, with both ends, as a link mutation leaves them.',
  fields: (t) => ({
    link: t.prismaField({
      type: 'ProductVariantInventoryItem',
      description: 'The link itself (after a delete: as it was).',
      resolve: (query, { variantId, inventoryItemId }, _args, { prisma }) =>
        prisma.productVariantInventoryItem.findUniqueOrThrow({
          ...query,
          where: { variantId_inventoryItemId: { variantId, inventoryItemId } },
        }),
    }),
    variant: t.prismaField({
      type: 'ProductVariant',
      description: 'The variant, with its inventory quantity after the change.',
      resolve: (query, { variantId }, _args, { prisma }) =>
        prisma.productVariant.findUniqueOrThrow({ ...query, where: { id: variantId } }),
    }),
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      description: 'The inventory item.',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

const VariantInventoryItemInput = builder.inputType('VariantInventoryItemInput', {
  description: 'A link between a variant and an inventory item, with its quantity.',
  fields: (t) => ({
    variantId: t.id({ required: true, description: 'A live variant.' }),
    inventoryItemId: t.id({ required: true, description: 'A live inventory item.' }),
    productId: t.id({ required: false, description: 'When given, the variant must belong to this product.' }),
    requiredQuantity: t.int({
      required: true,
      description: 'Units of the item one unit of the variant needs: 1 to 2147483647.',
    }),
  }),
});

const VariantInventoryItemKeyInput = builder.inputType('VariantInventoryItemKeyInput', {
  description: 'The link between a variant and an inventory item.',
  fields: (t) => ({
    variantId: t.id({ required: true, description: 'The variant.' }),
    inventoryItemId: t.id({ required: true, description: 'The inventory item.' }),
    productId: t.id({ required: false, description: 'When given, the variant must belong to this product.' }),
  }),
});

const BatchVariantInventoryItemsPayload = builder
  .objectRef<{ created: LinkPayloadShape[]; updated: LinkPayloadShape[]; deleted: LinkPayloadShape[] }>(
    'BatchVariantInventoryItemsPayload',
  )
  .implement({
    description: 'What batchVariantInventoryItems answers.',
    fields: (t) => ({
      created: t.field({
        type: [VariantInventoryItemPayload],
        description: 'The links created (or revived), in the order of `create`.',
        resolve: (batch) => batch.created,
      }),
      updated: t.field({
        type: [VariantInventoryItemPayload],
        description: 'The links updated, in the order of `update`.',
        resolve: (batch) => batch.updated,
      }),
      deleted: t.field({
        type: [VariantInventoryItemPayload],
        description: 'The links deleted, in the order of `delete`.',
        resolve: (batch) => batch.deleted,
      }),
    }),
  });

const BatchVariantInventoryItemsInput = builder.inputType('BatchVariantInventoryItemsInput', {
  description: 'Links to create, update and delete together.',
  fields: (t) => ({
    create: t.field({ type: [VariantInventoryItemInput], required: false, description: 'Links to create or revive.' }),
    update: t.field({ type: [VariantInventoryItemInput], required: false, description: 'Links to change.' }),
    delete: t.field({ type: [VariantInventoryItemKeyInput], required: false, description: 'Links to remove.' }),
  }),
});

const payloadOf = (link: LinkPayloadShape): LinkPayloadShape => ({
  variantId: link.variantId,
  inventoryItemId: link.inventoryItemId,
});

builder.mutationFields((t) => ({
  createVariantInventoryItem: t.field({
    type: VariantInventoryItemPayload,
    description:
      'Links an inventory item to a variant with the quantity one unit of the variant needs. An existing link is updated, a deleted one revived.',
    errors: raises(InvalidDataError, NotFoundError),
    args: inputArgs(t, VariantInventoryItemInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => linkInventoryItem(tx, input)).then(payloadOf),
  }),
  updateVariantInventoryItem: t.field({
    type: VariantInventoryItemPayload,
    description: 'Changes the quantity of an existing link.',
    errors: raises(InvalidDataError, NotFoundError),
    args: inputArgs(t, VariantInventoryItemInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateInventoryItemLink(tx, input)).then(payloadOf),
  }),
  deleteVariantInventoryItem: t.field({
    type: VariantInventoryItemPayload,
    description: 'Removes the link (a soft delete, as Medusa does).',
    errors: raises(NotFoundError),
    args: inputArgs(t, VariantInventoryItemKeyInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => unlinkInventoryItem(tx, input)).then(payloadOf),
  }),
  batchVariantInventoryItems: t.field({
    type: BatchVariantInventoryItemsPayload,
    description: 'Creates, updates and deletes links in one transaction: all of them, or none.',
    errors: raises(InvalidDataError, NotFoundError),
    args: inputArgs(t, BatchVariantInventoryItemsInput),
    resolve: async (_root, { input }, { prisma }) => {
      const batch = await inTransaction(prisma, (tx) =>
        batchInventoryItemLinks(tx, {
          create: input.create ?? [],
          update: input.update ?? [],
          delete: input.delete ?? [],
        }),
      );
      return {
        created: batch.created.map(payloadOf),
        updated: batch.updated.map(payloadOf),
        deleted: batch.deleted.map(payloadOf),
      };
    },
  }),
}));
