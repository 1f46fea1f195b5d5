import { DuplicateError, InvalidDataError, NotFoundError } from '../../core/errors.js';
import { createProduct, deleteProduct, updateProduct } from '../../domain/products.js';
import { inTransaction } from '../../domain/transaction.js';
import { PRODUCT } from '../../modules/product/description.js';
import { builder } from '../builder.js';
import { writtenFields } from '../describe/input-fields.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';
import { ProductStatus } from './product.js';
import { NewProductVariantInput } from './variant-mutations.js';

const ProductOptionInput = builder.inputType('ProductOptionInput', {
  description: 'An option of a new product with all its values, e.g. Size with S, M and L.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Not blank; unique among the options of the product.' }),
    values: t.stringList({ required: true, description: 'At least one, none blank, none repeated.' }),
  }),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  description: 'A new product with its options, variants and sales channels.',
  fields: (t) => ({
    ...writtenFields(t, PRODUCT, 'create'),
    status: t.field({ type: ProductStatus, required: false, description: 'Defaults to DRAFT.' }),
    options: t.field({ type: [ProductOptionInput], required: true, description: 'At least one, as Medusa requires.' }),
    variants: t.field({
      type: [NewProductVariantInput],
      required: false,
      description: 'Variants to create with the product; their options name the options above.',
    }),
    salesChannelIds: t.idList({ required: false, description: 'Live sales channels to sell the product in.' }),
  }),
});

const UpdateProductInput = builder.inputType('UpdateProductInput', {
  description: 'Changes to a product: fields left out stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The live product to change.' }),
    ...writtenFields(t, PRODUCT, 'update'),
    status: t.field({ type: ProductStatus, required: false, description: 'Null leaves it.' }),
  }),
});

const DeleteProductInput = builder.inputType('DeleteProductInput', {
  description: 'The product to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'A live product.' }) }),
});

const ProductPayload = builder.objectRef<{ productId: string }>('ProductPayload').implement({
  description: 'What createProduct and updateProduct answer.',
  fields: (t) => ({
    product: t.prismaField({
      type: 'Product',
      description: 'The product as it now is.',
      resolve: (query, { productId }, _args, { prisma }) =>
        prisma.product.findUniqueOrThrow({ ...query, where: { id: productId } }),
    }),
  }),
});

const DeleteProductPayload = builder.objectRef<{ productId: string }>('DeleteProductPayload').implement({
  description: 'What deleteProduct answers.',
  fields: (t) => ({
    id: t.id({ description: 'The id of the deleted product.', resolve: ({ productId }) => productId }),
    deleted: t.boolean({ description: 'Always true: the product is (softly) deleted.', resolve: () => true }),
  }),
});

builder.mutationFields((t) => ({
  createProduct: t.field({
    type: ProductPayload,
    description: 'Creates a product with its options (and their values), variants and sales channels.',
    errors: raises(InvalidDataError, NotFoundError, DuplicateError),
    args: inputArgs(t, CreateProductInput),
    resolve: async (_root, { input }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => createProduct(tx, input)),
    }),
  }),
  updateProduct: t.field({
    type: ProductPayload,
    description:
      'Changes the given fields of a product; its options, variants and channels have mutations of their own.',
    errors: raises(NotFoundError, InvalidDataError, DuplicateError),
    args: inputArgs(t, UpdateProductInput),
    resolve: async (_root, { input: { id, ...input } }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => updateProduct(tx, id, input)),
    }),
  }),
  deleteProduct: t.field({
    type: DeleteProductPayload,
    description: 'Deletes a product and its variants (softly, as Medusa does).',
    errors: raises(NotFoundError),
    args: inputArgs(t, DeleteProductInput),
    resolve: async (_root, { input }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => deleteProduct(tx, input.id)),
    }),
  }),
}));
