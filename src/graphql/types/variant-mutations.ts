import { inTransaction } from '../../domain/transaction.js';
import { batchVariants, createVariant, deleteVariant, updateVariant } from '../../domain/variants.js';
import { builder, type SchemaTypes } from '../builder.js';

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

const VariantOptionInput = builder.inputType('VariantOptionInput', {
  description:
    'One option of a variant: a product option, by its title (or, as Medusa v1 did, its id), and one of its values, e.g. Size = M.',
  fields: (t) => ({
    option: t.string({ required: false, description: 'The option’s title.' }),
    optionId: t.id({ required: false, description: 'The option’s id, instead of its title.' }),
    value: t.string({ required: true }),
  }),
});

const PriceRuleInput = builder.inputType('PriceRuleInput', {
  description: 'A condition for a price, e.g. attribute "region_id" with value "reg_...".',
  fields: (t) => ({
    attribute: t.string({ required: true }),
    value: t.string({ required: true }),
  }),
});

const VariantPriceInput = builder.inputType('VariantPriceInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'On update: the price to change. Without it, a new price.' }),
    currencyCode: t.string({ required: true }),
    amount: t.float({ required: true, description: '0 or more, in the currency’s main unit as Medusa stores it.' }),
    minQuantity: t.int({ required: false }),
    maxQuantity: t.int({ required: false }),
    rules: t.field({ type: [PriceRuleInput], required: false }),
  }),
});

const VariantInventoryItemRefInput = builder.inputType('VariantInventoryItemRefInput', {
  fields: (t) => ({
    inventoryItemId: t.id({ required: true }),
    requiredQuantity: t.int({ required: true, description: '1 to 2147483647.' }),
  }),
});

/** The columns both create and update take; on update every one is optional. */
const variantColumnFields = (t: InputFields) => ({
  sku: t.string({ required: false, description: 'Unique among live variants.' }),
  ean: t.string({ required: false, description: 'Unique among live variants.' }),
  upc: t.string({ required: false, description: 'Unique among live variants.' }),
  barcode: t.string({ required: false, description: 'Unique among live variants.' }),
  hsCode: t.string({ required: false }),
  midCode: t.string({ required: false }),
  originCountry: t.string({ required: false }),
  material: t.string({ required: false }),
  allowBackorder: t.boolean({ required: false }),
  manageInventory: t.boolean({ required: false }),
  variantRank: t.int({ required: false }),
  weight: t.float({ required: false }),
  length: t.float({ required: false }),
  height: t.float({ required: false }),
  width: t.float({ required: false }),
  thumbnail: t.string({ required: false }),
  metadata: t.field({ type: 'JSON', required: false }),
  options: t.field({
    type: [VariantOptionInput],
    required: false,
    description: 'One value for every option of the product; no other live variant may have the same combination.',
  }),
});

export const CreateProductVariantInput = builder.inputType('CreateProductVariantInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    ...variantColumnFields(t),
    prices: t.field({ type: [VariantPriceInput], required: false }),
    inventoryItems: t.field({
      type: [VariantInventoryItemRefInput],
      required: false,
      description:
        'The inventory items the variant consumes. With inventory managed (the default) and none listed, an inventory item is made from the variant.',
    }),
  }),
});

const updateFields = (t: InputFields) => ({
  title: t.string({ required: false }),
  ...variantColumnFields(t),
  prices: t.field({
    type: [VariantPriceInput],
    required: false,
    description: 'The complete new list: prices with an id are updated, without one created, and the rest deleted.',
  }),
});

const UpdateProductVariantInput = builder.inputType('UpdateProductVariantInput', {
  fields: (t) => ({
    ...updateFields(t),
    inventoryQuantity: t.int({
      required: false,
      description:
        "Medusa v1 compatibility: sets the stock of the variant's only inventory item (needed once per unit) at its only location; refused with NOT_ALLOWED otherwise.",
    }),
  }),
});

const BatchUpdateProductVariantInput = builder.inputType('BatchUpdateProductVariantInput', {
  fields: (t) => ({ id: t.id({ required: true }), ...updateFields(t) }),
});

interface VariantPayloadShape {
  variantId: string;
  productId: string | null;
}

const ProductVariantPayload = builder.objectRef<VariantPayloadShape>('ProductVariantPayload').implement({
  fields: (t) => ({
    variant: t.prismaField({
      type: 'ProductVariant',
      resolve: (query, { variantId }, _args, { prisma }) =>
        prisma.productVariant.findUniqueOrThrow({ ...query, where: { id: variantId } }),
    }),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      resolve: (query, { productId }, _args, { prisma }) =>
        productId ? prisma.product.findUnique({ ...query, where: { id: productId } }) : null,
    }),
  }),
});

const DeleteProductVariantPayload = builder.objectRef<VariantPayloadShape>('DeleteProductVariantPayload').implement({
  fields: (t) => ({
    id: t.id({ resolve: ({ variantId }) => variantId }),
    deleted: t.boolean({ resolve: () => true }),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      resolve: (query, { productId }, _args, { prisma }) =>
        productId ? prisma.product.findUnique({ ...query, where: { id: productId } }) : null,
    }),
  }),
});

interface BatchShape {
  productId: string;
  created: string[];
  updated: string[];
  deleted: string[];
}

const BatchProductVariantsPayload = builder.objectRef<BatchShape>('BatchProductVariantsPayload').implement({
  fields: (t) => ({
    created: t.prismaField({
      type: ['ProductVariant'],
      resolve: async (query, { created }, _args, { prisma }) =>
        inOrder(created, await prisma.productVariant.findMany({ ...query, where: { id: { in: created } } })),
    }),
    updated: t.prismaField({
      type: ['ProductVariant'],
      resolve: async (query, { updated }, _args, { prisma }) =>
        inOrder(updated, await prisma.productVariant.findMany({ ...query, where: { id: { in: updated } } })),
    }),
    deletedIds: t.idList({ resolve: ({ deleted }) => deleted }),
    product: t.prismaField({
      type: 'Product',
      resolve: (query, { productId }, _args, { prisma }) =>
        prisma.product.findUniqueOrThrow({ ...query, where: { id: productId } }),
    }),
  }),
});

function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const productIdOf = async (prisma: Parameters<typeof inTransaction>[0], variantId: string) =>
  (await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId }, select: { productId: true } })).productId;

builder.mutationFields((t) => ({
  createProductVariant: t.field({
    type: ProductVariantPayload,
    description: "Adds a variant to a product, with its prices, options and inventory, following Medusa's rules.",
    errors: {},
    args: {
      productId: t.arg.id({ required: true }),
      input: t.arg({ type: CreateProductVariantInput, required: true }),
    },
    resolve: async (_root, { productId, input }, { prisma }) => ({
      variantId: await inTransaction(prisma, (tx) => createVariant(tx, productId, input, ['input'])),
      productId,
    }),
  }),
  updateProductVariant: t.field({
    type: ProductVariantPayload,
    description: 'Changes the given fields of a variant; options are checked again and prices replaced when given.',
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      productId: t.arg.id({ required: false, description: 'When given, the variant must belong to this product.' }),
      input: t.arg({ type: UpdateProductVariantInput, required: true }),
    },
    resolve: async (_root, { id, productId, input }, { prisma }) => {
      const variantId = await inTransaction(prisma, (tx) => updateVariant(tx, id, input, ['input'], productId));
      return { variantId, productId: await productIdOf(prisma, variantId) };
    },
  }),
  deleteProductVariant: t.field({
    type: DeleteProductVariantPayload,
    description:
      'Deletes a variant (softly, as Medusa does) with its prices and inventory links, and the inventory item made for it if no other variant uses it.',
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      productId: t.arg.id({ required: false, description: 'When given, the variant must belong to this product.' }),
    },
    resolve: async (_root, { id, productId }, { prisma }) => {
      const variantId = await inTransaction(prisma, (tx) => deleteVariant(tx, id, productId));
      return { variantId, productId: await productIdOf(prisma, variantId) };
    },
  }),
  batchProductVariants: t.field({
    type: BatchProductVariantsPayload,
    description: 'Deletes, updates and creates variants of a product in one transaction: all of it, or nothing.',
    errors: {},
    args: {
      productId: t.arg.id({ required: true }),
      create: t.arg({ type: [CreateProductVariantInput], required: false }),
      update: t.arg({ type: [BatchUpdateProductVariantInput], required: false }),
      delete: t.arg.idList({ required: false }),
    },
    resolve: async (_root, args, { prisma }) => {
      const batch = { create: args.create ?? [], update: args.update ?? [], delete: args.delete ?? [] };
      const result = await inTransaction(prisma, (tx) => batchVariants(tx, args.productId, batch));
      return { productId: args.productId, ...result };
    },
  }),
}));
