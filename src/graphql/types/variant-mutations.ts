import { DuplicateError, InvalidDataError, NotAllowedError, NotFoundError } from '../../core/errors.js';
import { inTransaction } from '../../domain/transaction.js';
import { batchVariants, createVariant, deleteVariant, updateVariant } from '../../domain/variants.js';
import { VARIANT } from '../../modules/variant/description.js';
import { builder, type SchemaTypes } from '../builder.js';
import { writtenFields } from '../describe/input-fields.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

const VariantOptionInput = builder.inputType('VariantOptionInput', {
  description:
    'One option of a variant: a product option, by its title (or, as Medusa v1 did, its id), and one of its values, e.g. Size = M.',
  fields: (t) => ({
    option: t.string({ required: false, description: 'The option’s title.' }),
    optionId: t.id({ required: false, description: 'The option’s id, instead of its title.' }),
    value: t.string({ required: true, description: 'One of the option’s values.' }),
  }),
});

const PriceRuleInput = builder.inputType('PriceRuleInput', {
  description: 'A condition for a price, e.g. attribute "region_id" with value "reg_...".',
  fields: (t) => ({
    attribute: t.string({
      required: true,
      description: 'What the rule looks at, e.g. "region_id" or "customer_group_id".',
    }),
    value: t.string({ required: true, description: 'The value the attribute must have for the price to apply.' }),
  }),
});

const VariantPriceInput = builder.inputType('VariantPriceInput', {
  description: 'A price of a variant in one currency, optionally for a quantity range and under rules.',
  fields: (t) => ({
    id: t.id({ required: false, description: 'On update: the price to change. Without it, a new price.' }),
    currencyCode: t.string({ required: true, description: 'A three-letter ISO 4217 code, e.g. "eur".' }),
    amount: t.float({ required: true, description: '0 or more, in the currency’s main unit as Medusa stores it.' }),
    minQuantity: t.int({ required: false, description: 'The smallest quantity the price applies to; absent: any.' }),
    maxQuantity: t.int({
      required: false,
      description: 'The largest quantity the price applies to; not below minQuantity.',
    }),
    rules: t.field({ type: [PriceRuleInput], required: false, description: 'Conditions; all must hold.' }),
  }),
});

const VariantInventoryItemRefInput = builder.inputType('VariantInventoryItemRefInput', {
  description: 'An inventory item a new variant consumes.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'A live inventory item, listed once.' }),
    requiredQuantity: t.int({
      required: true,
      description: 'Units of the item one unit of the variant needs: 1 to 2147483647.',
    }),
  }),
});

const optionsField = (t: InputFields) =>
  t.field({
    type: [VariantOptionInput],
    required: false,
    description: 'One value for every option of the product; no other live variant may have the same combination.',
  });

const newVariantFields = (t: InputFields) => ({
  ...writtenFields(t, VARIANT, 'create'),
  options: optionsField(t),
  prices: t.field({ type: [VariantPriceInput], required: false, description: 'Its prices; none is allowed.' }),
  inventoryItems: t.field({
    type: [VariantInventoryItemRefInput],
    required: false,
    description:
      'The inventory items the variant consumes. With inventory managed (the default) and none listed, an inventory item is made from the variant.',
  }),
});

/** A variant made with its product, or in a batch of the product's variants. */
export const NewProductVariantInput = builder.inputType('NewProductVariantInput', {
  description: 'A new variant of the product the mutation is about.',
  fields: (t) => newVariantFields(t),
});

const CreateProductVariantInput = builder.inputType('CreateProductVariantInput', {
  description: 'A new variant of an existing product.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The live product to add the variant to.' }),
    ...newVariantFields(t),
  }),
});

const updateFields = (t: InputFields) => ({
  ...writtenFields(t, VARIANT, 'update'),
  options: optionsField(t),
  prices: t.field({
    type: [VariantPriceInput],
    required: false,
    description: 'The complete new list: prices with an id are updated, without one created, and the rest deleted.',
  }),
});

const owningProduct = (t: InputFields) =>
  t.id({ required: false, description: 'When given, the variant must belong to this product.' });

const UpdateProductVariantInput = builder.inputType('UpdateProductVariantInput', {
  description: 'Changes to a variant: fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The live variant to change.' }),
    productId: owningProduct(t),
    ...updateFields(t),
    inventoryQuantity: t.int({
      required: false,
      description:
        "Medusa v1 compatibility: sets the stock of the variant's only inventory item (needed once per unit) at its only location; refused with NOT_ALLOWED otherwise.",
    }),
  }),
});

const BatchUpdateProductVariantInput = builder.inputType('BatchUpdateProductVariantInput', {
  description: "Changes to one of the batch's product's variants: fields left out stay as they are.",
  fields: (t) => ({ id: t.id({ required: true, description: 'A live variant of the product.' }), ...updateFields(t) }),
});

const DeleteProductVariantInput = builder.inputType('DeleteProductVariantInput', {
  description: 'The variant to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A live variant.' }),
    productId: owningProduct(t),
  }),
});

const BatchProductVariantsInput = builder.inputType('BatchProductVariantsInput', {
  description: 'Changes to the variants of one product, applied deletes first, then updates, then creates.',
  fields: (t) => ({
    productId: t.id({ required: true, description: 'The live product whose variants change.' }),
    create: t.field({ type: [NewProductVariantInput], required: false, description: 'Variants to create.' }),
    update: t.field({ type: [BatchUpdateProductVariantInput], required: false, description: 'Variants to change.' }),
    delete: t.idList({ required: false, description: 'Ids of variants of the product to delete (softly).' }),
  }),
});

interface VariantPayloadShape {
  variantId: string;
  productId: string | null;
}

const ProductVariantPayload = builder.objectRef<VariantPayloadShape>('ProductVariantPayload').implement({
  description: 'What createProductVariant and updateProductVariant answer.',
  fields: (t) => ({
    variant: t.prismaField({
      type: 'ProductVariant',
      description: 'The variant as it now is.',
      resolve: (query, { variantId }, _args, { prisma }) =>
        prisma.productVariant.findUniqueOrThrow({ ...query, where: { id: variantId } }),
    }),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      description: 'The product of the variant; null for a variant without one.',
      resolve: (query, { productId }, _args, { prisma }) =>
        productId ? prisma.product.findUnique({ ...query, where: { id: productId } }) : null,
    }),
  }),
});

const DeleteProductVariantPayload = builder.objectRef<VariantPayloadShape>('DeleteProductVariantPayload').implement({
  description: 'What deleteProductVariant answers.',
  fields: (t) => ({
    id: t.id({ description: 'The id of the deleted variant.', resolve: ({ variantId }) => variantId }),
    deleted: t.boolean({ description: 'Always true: the variant is (softly) deleted.', resolve: () => true }),
    product: t.prismaField({
      type: 'Product',
      nullable: true,
      description: 'The product the variant belonged to, without it.',
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
  description: 'What batchProductVariants answers.',
  fields: (t) => ({
    created: t.prismaField({
      type: ['ProductVariant'],
      description: 'The variants created, in the order of `create`.',
      resolve: async (query, { created }, _args, { prisma }) =>
        inOrder(created, await prisma.productVariant.findMany({ ...query, where: { id: { in: created } } })),
    }),
    updated: t.prismaField({
      type: ['ProductVariant'],
      description: 'The variants updated, in the order of `update`.',
      resolve: async (query, { updated }, _args, { prisma }) =>
        inOrder(updated, await prisma.productVariant.findMany({ ...query, where: { id: { in: updated } } })),
    }),
    deletedIds: t.idList({ description: 'The ids of the deleted variants.', resolve: ({ deleted }) => deleted }),
    product: t.prismaField({
      type: 'Product',
      description: 'The product after the batch.',
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
    errors: raises(NotFoundError, InvalidDataError, DuplicateError),
    args: inputArgs(t, CreateProductVariantInput),
    resolve: async (_root, { input: { productId, ...input } }, { prisma }) => ({
      variantId: await inTransaction(prisma, (tx) => createVariant(tx, productId, input, [])),
      productId,
    }),
  }),
  updateProductVariant: t.field({
    type: ProductVariantPayload,
    description: 'Changes the given fields of a variant; options are checked again and prices replaced when given.',
    errors: raises(NotFoundError, InvalidDataError, DuplicateError, NotAllowedError),
    args: inputArgs(t, UpdateProductVariantInput),
    resolve: async (_root, { input: { id, productId, ...input } }, { prisma }) => {
      const variantId = await inTransaction(prisma, (tx) => updateVariant(tx, id, input, [], productId));
      return { variantId, productId: await productIdOf(prisma, variantId) };
    },
  }),
  deleteProductVariant: t.field({
    type: DeleteProductVariantPayload,
    description:
      'Deletes a variant (softly, as Medusa does) with its prices and inventory links, and the inventory item made for it if no other variant uses it.',
    errors: raises(NotFoundError),
    args: inputArgs(t, DeleteProductVariantInput),
    resolve: async (_root, { input: { id, productId } }, { prisma }) => {
      const variantId = await inTransaction(prisma, (tx) => deleteVariant(tx, id, productId));
      return { variantId, productId: await productIdOf(prisma, variantId) };
    },
  }),
  batchProductVariants: t.field({
    type: BatchProductVariantsPayload,
    description: 'Deletes, updates and creates variants of a product in one transaction: all of it, or nothing.',
    errors: raises(NotFoundError, InvalidDataError, DuplicateError),
    args: inputArgs(t, BatchProductVariantsInput),
    resolve: async (_root, { input }, { prisma }) => {
      const batch = { create: input.create ?? [], update: input.update ?? [], delete: input.delete ?? [] };
      const result = await inTransaction(prisma, (tx) => batchVariants(tx, input.productId, batch));
      return { productId: input.productId, ...result };
    },
  }),
}));
