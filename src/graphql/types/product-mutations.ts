import { createProduct, deleteProduct, updateProduct } from '../../domain/products.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder, type SchemaTypes } from '../builder.js';
import { ProductStatus } from './product.js';
import { CreateProductVariantInput } from './variant-mutations.js';

const ProductOptionInput = builder.inputType('ProductOptionInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    values: t.stringList({ required: true }),
  }),
});

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

/** The columns both create and update take; on update every one is optional. */
const productColumnFields = (t: InputFields) => ({
  subtitle: t.string({ required: false }),
  description: t.string({ required: false }),
  thumbnail: t.string({ required: false }),
  isGiftcard: t.boolean({ required: false }),
  discountable: t.boolean({ required: false }),
  weight: t.float({ required: false }),
  length: t.float({ required: false }),
  height: t.float({ required: false }),
  width: t.float({ required: false }),
  originCountry: t.string({ required: false }),
  hsCode: t.string({ required: false }),
  midCode: t.string({ required: false }),
  material: t.string({ required: false }),
  externalId: t.string({ required: false }),
  metadata: t.field({ type: 'JSON', required: false }),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    handle: t.string({
      required: false,
      description: 'Unique among live products; derived from the title when absent.',
    }),
    status: t.field({ type: ProductStatus, required: false, description: 'Defaults to DRAFT.' }),
    ...productColumnFields(t),
    options: t.field({ type: [ProductOptionInput], required: true, description: 'At least one, as Medusa requires.' }),
    variants: t.field({ type: [CreateProductVariantInput], required: false }),
    salesChannelIds: t.idList({ required: false }),
  }),
});

const UpdateProductInput = builder.inputType('UpdateProductInput', {
  fields: (t) => ({
    title: t.string({ required: false }),
    handle: t.string({ required: false }),
    status: t.field({ type: ProductStatus, required: false }),
    ...productColumnFields(t),
  }),
});

const ProductPayload = builder.objectRef<{ productId: string }>('ProductPayload').implement({
  fields: (t) => ({
    product: t.prismaField({
      type: 'Product',
      resolve: (query, { productId }, _args, { prisma }) =>
        prisma.product.findUniqueOrThrow({ ...query, where: { id: productId } }),
    }),
  }),
});

const DeleteProductPayload = builder.objectRef<{ productId: string }>('DeleteProductPayload').implement({
  fields: (t) => ({
    id: t.id({ resolve: ({ productId }) => productId }),
    deleted: t.boolean({ resolve: () => true }),
  }),
});

builder.mutationFields((t) => ({
  createProduct: t.field({
    type: ProductPayload,
    description: 'Creates a product with its options (and their values), variants and sales channels.',
    errors: {},
    args: { input: t.arg({ type: CreateProductInput, required: true }) },
    resolve: async (_root, { input }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => createProduct(tx, input)),
    }),
  }),
  updateProduct: t.field({
    type: ProductPayload,
    errors: {},
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProductInput, required: true }) },
    resolve: async (_root, { id, input }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => updateProduct(tx, id, input)),
    }),
  }),
  deleteProduct: t.field({
    type: DeleteProductPayload,
    description: 'Deletes a product and its variants (softly, as Medusa does).',
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => deleteProduct(tx, id)),
    }),
  }),
}));
