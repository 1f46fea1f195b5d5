import { inTransaction } from '../../domain/transaction.js';
import {
  batchInventoryItemLinks,
  linkInventoryItem,
  unlinkInventoryItem,
  updateInventoryItemLink,
} from '../../domain/variant-links.js';
import { builder } from '../builder.js';

interface LinkPayloadShape {
  variantId: string;
  inventoryItemId: string;
}

const VariantInventoryItemPayload = builder.objectRef<LinkPayloadShape>('VariantInventoryItemPayload').implement({
  fields: (t) => ({
    link: t.prismaField({
      type: 'ProductVariantInventoryItem',
      resolve: (query, { variantId, inventoryItemId }, _args, { prisma }) =>
        prisma.productVariantInventoryItem.findUniqueOrThrow({
          ...query,
          where: { variantId_inventoryItemId: { variantId, inventoryItemId } },
        }),
    }),
    variant: t.prismaField({
      type: 'ProductVariant',
      resolve: (query, { variantId }, _args, { prisma }) =>
        prisma.productVariant.findUniqueOrThrow({ ...query, where: { id: variantId } }),
    }),
    inventoryItem: t.prismaField({
      type: 'InventoryItem',
      resolve: (query, { inventoryItemId }, _args, { prisma }) =>
        prisma.inventoryItem.findUniqueOrThrow({ ...query, where: { id: inventoryItemId } }),
    }),
  }),
});

const VariantInventoryItemInput = builder.inputType('VariantInventoryItemInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    inventoryItemId: t.id({ required: true }),
    productId: t.id({ required: false, description: 'When given, the variant must belong to this product.' }),
    requiredQuantity: t.int({
      required: true,
      description: 'Units of the item one unit of the variant needs: 1 to 2147483647.',
    }),
  }),
});

const VariantInventoryItemKeyInput = builder.inputType('VariantInventoryItemKeyInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    inventoryItemId: t.id({ required: true }),
    productId: t.id({ required: false, description: 'When given, the variant must belong to this product.' }),
  }),
});

const BatchVariantInventoryItemsPayload = builder
  .objectRef<{ created: LinkPayloadShape[]; updated: LinkPayloadShape[]; deleted: LinkPayloadShape[] }>(
    'BatchVariantInventoryItemsPayload',
  )
  .implement({
    fields: (t) => ({
      created: t.field({ type: [VariantInventoryItemPayload], resolve: (batch) => batch.created }),
      updated: t.field({ type: [VariantInventoryItemPayload], resolve: (batch) => batch.updated }),
      deleted: t.field({ type: [VariantInventoryItemPayload], resolve: (batch) => batch.deleted }),
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
    errors: {},
    args: { input: t.arg({ type: VariantInventoryItemInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => linkInventoryItem(tx, input)).then(payloadOf),
  }),
  updateVariantInventoryItem: t.field({
    type: VariantInventoryItemPayload,
    description: 'Changes the quantity of an existing link.',
    errors: {},
    args: { input: t.arg({ type: VariantInventoryItemInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateInventoryItemLink(tx, input)).then(payloadOf),
  }),
  deleteVariantInventoryItem: t.field({
    type: VariantInventoryItemPayload,
    description: 'Removes the link (a soft delete, as Medusa does).',
    errors: {},
    args: { input: t.arg({ type: VariantInventoryItemKeyInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => unlinkInventoryItem(tx, input)).then(payloadOf),
  }),
  batchVariantInventoryItems: t.field({
    type: BatchVariantInventoryItemsPayload,
    description: 'Creates, updates and deletes links in one transaction: all of them, or none.',
    errors: {},
    args: {
      create: t.arg({ type: [VariantInventoryItemInput], required: false }),
      update: t.arg({ type: [VariantInventoryItemInput], required: false }),
      delete: t.arg({ type: [VariantInventoryItemKeyInput], required: false }),
    },
    resolve: async (_root, args, { prisma }) => {
      const batch = await inTransaction(prisma, (tx) =>
        batchInventoryItemLinks(tx, {
          create: args.create ?? [],
          update: args.update ?? [],
          delete: args.delete ?? [],
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
