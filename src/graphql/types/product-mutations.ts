import { DuplicateError, InvalidDataError, NotFoundError } from '../../core/errors.js';
import { createProduct, deleteProduct, updateProduct } from '../../domain/products.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder, type SchemaTypes } from '../builder.js';
import { raises } from '../errors.js';
import { ProductStatus } from './product.js';
import { NewProductVariantInput } from './variant-mutations.js';

const ProductOptionInput = builder.inputType('ProductOptionInput', {
  description: 'An option of a new product with all its values, e.g. Size with S, M and L.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Not blank; unique among the options of the product.' }),
    values: t.stringList({ required: true, description: 'At least one, none blank, none repeated.' }),
  }),
});

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

/** The columns both create and update take; on update every one is optional. */
const productColumnFields = (t: InputFields) => ({
  subtitle: t.string({ required: false, description: 'A second line under the title.' }),
  description: t.string({ required: false, description: 'Free text shown with the product.' }),
  thumbnail: t.string({ required: false, description: 'The URL of an image.' }),
  isGiftcard: t.boolean({ required: false, description: 'Whether the product is a gift card; defaults to false.' }),
  discountable: t.boolean({ required: false, description: 'Whether discounts apply to it; defaults to true.' }),
  weight: t.float({ required: false, description: 'In the unit the shop uses.' }),
  length: t.float({ required: false, description: 'In the unit the shop uses.' }),
  height: t.float({ required: false, description: 'In the unit the shop uses.' }),
  width: t.float({ required: false, description: 'In the unit the shop uses.' }),
  originCountry: t.string({ required: false, description: 'Country of origin, as customs documents want it.' }),
  hsCode: t.string({ required: false, description: 'Harmonized System code, for customs.' }),
  midCode: t.string({ required: false, description: "Manufacturer's identification code, for customs." }),
  material: t.string({ required: false, description: 'What it is made of.' }),
  externalId: t.string({ required: false, description: 'The id of the product in another system.' }),
  metadata: t.field({ type: 'JSON', required: false, description: 'Any JSON; null clears it.' }),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  description: 'A new product with its options, variants and sales channels.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Not blank; stored trimmed.' }),
    handle: t.string({
      required: false,
      description: 'Unique among live products; derived from the title when absent.',
    }),
    status: t.field({ type: ProductStatus, required: false, description: 'Defaults to DRAFT.' }),
    ...productColumnFields(t),
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
    title: t.string({ required: false, description: 'Not blank; stored trimmed.' }),
    handle: t.string({ required: false, description: 'Not blank; unique among live products.' }),
    status: t.field({ type: ProductStatus, required: false, description: 'Null leaves it.' }),
    ...productColumnFields(t),
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
    args: { input: t.arg({ type: CreateProductInput, required: true, description: 'Everything the mutation needs.' }) },
    resolve: async (_root, { input }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => createProduct(tx, input)),
    }),
  }),
  updateProduct: t.field({
    type: ProductPayload,
    description:
      'Changes the given fields of a product; its options, variants and channels have mutations of their own.',
    errors: raises(NotFoundError, InvalidDataError, DuplicateError),
    args: { input: t.arg({ type: UpdateProductInput, required: true, description: 'Everything the mutation needs.' }) },
    resolve: async (_root, { input: { id, ...input } }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => updateProduct(tx, id, input)),
    }),
  }),
  deleteProduct: t.field({
    type: DeleteProductPayload,
    description: 'Deletes a product and its variants (softly, as Medusa does).',
    errors: raises(NotFoundError),
    args: { input: t.arg({ type: DeleteProductInput, required: true, description: 'Everything the mutation needs.' }) },
    resolve: async (_root, { input }, { prisma }) => ({
      productId: await inTransaction(prisma, (tx) => deleteProduct(tx, input.id)),
    }),
  }),
}));
