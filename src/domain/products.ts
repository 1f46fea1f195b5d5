import { DuplicateError, InvalidDataError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { LIVE, requireAllLive } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import type { Mutation } from '../modules/describe.js';
import { PRODUCT } from '../modules/product/description.js';
import { type WrittenFields, writtenValues } from './columns.js';
import { liveOthers, uniqueOr, violates } from './unique.js';
import { lockProductVariants } from './variant-options.js';
import { type CreateVariantInput, createVariant, deleteVariant, requireLiveProduct } from './variants.js';

export type ProductStatus = 'draft' | 'proposed' | 'published' | 'rejected';

/** The status, which the description leaves to the GraphQL enum and the domain's rules. */
interface StatusField {
  status?: ProductStatus | null;
}

/** The product's own columns, as the API names them; absent means "leave as is" on update. */
export interface ProductFields extends WrittenFields<typeof PRODUCT>, StatusField {}

export interface ProductOptionInput {
  title: string;
  values: string[];
}

export interface CreateProductInput extends WrittenFields<typeof PRODUCT, 'create'>, StatusField {
  options: ProductOptionInput[];
  variants?: CreateVariantInput[] | null;
  salesChannelIds?: string[] | null;
}

/** "Summer Tee (2025)!" becomes "summer-tee-2025", as Medusa derives handles. */
export function handleFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Creates a product with its own options (exclusive to it, as Medusa 2.21 makes them), its
 * variants and its sales channels. Medusa requires at least one option per product.
 */
export async function createProduct(tx: Tx, input: CreateProductInput): Promise<string> {
  const title = input.title.trim();
  if (!title) throw new InvalidDataError('title must not be empty', ['title']);
  const handle = input.handle?.trim() || handleFromTitle(title);
  if (!handle) throw new InvalidDataError('handle must not be empty', ['handle']);
  await assertFreeHandle(tx, handle);
  validOptions(title, input.options);
  const channelIds = [...new Set(input.salesChannelIds ?? [])];
  await requireSalesChannels(tx, channelIds);

  const product = await uniqueOr(
    tx.product.create({
      data: {
        id: newId('product'),
        ...productColumns('create', input),
        title,
        handle,
        status: input.status ?? 'draft',
      },
    }),
    (violation) => (violates(violation, 'handle') ? handleTaken(handle) : null),
  );
  for (const option of input.options) await createExclusiveOption(tx, product.id, option);
  if (channelIds.length > 0) {
    await tx.productSalesChannel.createMany({
      data: channelIds.map((salesChannelId) => ({
        id: newId('productSalesChannel'),
        productId: product.id,
        salesChannelId,
      })),
    });
  }
  for (const [index, variant] of (input.variants ?? []).entries()) {
    await createVariant(tx, product.id, variant, ['variants', String(index)]);
  }
  return product.id;
}

export async function updateProduct(tx: Tx, productId: string, input: ProductFields): Promise<string> {
  await requireLiveProduct(tx, productId, ['id']);
  if (input.title !== undefined && !input.title?.trim()) {
    throw new InvalidDataError('title must not be empty', ['title']);
  }
  if (input.handle !== undefined) {
    if (!input.handle?.trim()) throw new InvalidDataError('handle must not be empty', ['handle']);
    await assertFreeHandle(tx, input.handle.trim(), productId);
  }
  const handle = input.handle?.trim();
  await uniqueOr(
    tx.product.update({
      where: { id: productId },
      data: {
        ...productColumns('update', input),
        ...(input.title ? { title: input.title.trim() } : {}),
        ...(handle ? { handle } : {}),
        ...(input.status ? { status: input.status } : {}),
      },
    }),
    (violation) => (handle && violates(violation, 'handle') ? handleTaken(handle) : null),
  );
  return productId;
}

/**
 * Soft-deletes a product and its variants (each with its prices and links), its options' links and
 * channel links, and the options exclusive to it, with their values.
 */
export async function deleteProduct(tx: Tx, productId: string): Promise<string> {
  await requireLiveProduct(tx, productId, ['id']);
  // Before any variant row: a variant write that holds this lock may wait for those rows.
  await lockProductVariants(tx, productId);
  const variants = await tx.productVariant.findMany({ where: { productId, ...LIVE }, select: { id: true } });
  for (const variant of variants) await deleteVariant(tx, variant.id);
  const now = new Date();
  const optionLinks = await tx.productProductOption.findMany({ where: { productId, ...LIVE } });
  await tx.productProductOptionValue.updateMany({
    where: { productProductOptionId: { in: optionLinks.map((link) => link.id) }, ...LIVE },
    data: { deletedAt: now },
  });
  await tx.productProductOption.updateMany({ where: { productId, ...LIVE }, data: { deletedAt: now } });
  await deleteOrphanedExclusiveOptions(
    tx,
    optionLinks.map((link) => link.productOptionId),
    now,
  );
  await tx.productSalesChannel.updateMany({ where: { productId, ...LIVE }, data: { deletedAt: now } });
  await tx.product.update({ where: { id: productId }, data: { deletedAt: now } });
  return productId;
}

/** As Medusa does: an exclusive option that no live product uses any more goes, with its values; shared options stay. */
async function deleteOrphanedExclusiveOptions(tx: Tx, optionIds: string[], now: Date) {
  const orphans = await tx.productOption.findMany({
    where: {
      id: { in: optionIds },
      isExclusive: true,
      ...LIVE,
      productLinks: { none: LIVE },
    },
    select: { id: true },
  });
  const ids = orphans.map((option) => option.id);
  if (ids.length === 0) return;
  await tx.productOptionValue.updateMany({
    where: { optionId: { in: ids }, ...LIVE },
    data: { deletedAt: now },
  });
  await tx.productOption.updateMany({ where: { id: { in: ids } }, data: { deletedAt: now } });
}

async function assertFreeHandle(tx: Tx, handle: string, exceptProductId?: string) {
  const clash = await tx.product.findFirst({
    where: { handle, ...liveOthers(exceptProductId) },
    select: { id: true },
  });
  if (clash) throw handleTaken(handle);
}

const handleTaken = (handle: string) =>
  new DuplicateError(`Product with handle: ${handle}, already exists.`, ['handle']);

function validOptions(productTitle: string, options: ProductOptionInput[]) {
  if (options.length === 0) {
    throw new InvalidDataError(`Product options are not provided for: [${productTitle}].`, ['options']);
  }
  const titles = new Set<string>();
  for (const [index, option] of options.entries()) {
    const path = ['options', String(index)];
    const title = option.title.trim();
    if (!title) throw new InvalidDataError('An option needs a title', [...path, 'title']);
    if (titles.has(title)) throw new InvalidDataError(`Option ${title} is given more than once`, [...path, 'title']);
    titles.add(title);
    const values = option.values.map((value) => value.trim());
    if (values.length === 0 || values.some((value) => !value)) {
      throw new InvalidDataError(`Option ${title} needs at least one value, none of them empty`, [...path, 'values']);
    }
    if (new Set(values).size !== values.length) {
      throw new InvalidDataError(`Option ${title} lists a value more than once`, [...path, 'values']);
    }
  }
}

async function createExclusiveOption(tx: Tx, productId: string, input: ProductOptionInput) {
  const option = await tx.productOption.create({
    data: { id: newId('productOption'), title: input.title.trim(), isExclusive: true },
  });
  const link = await tx.productProductOption.create({
    data: { id: newId('productProductOption'), productId, productOptionId: option.id },
  });
  const values = input.values.map((value) => ({
    id: newId('productOptionValue'),
    value: value.trim(),
    optionId: option.id,
  }));
  await tx.productOptionValue.createMany({ data: values });
  await tx.productProductOptionValue.createMany({
    data: values.map((value) => ({
      id: newId('productProductOptionValue'),
      productProductOptionId: link.id,
      productOptionValueId: value.id,
    })),
  });
}

async function requireSalesChannels(tx: Tx, ids: string[]) {
  await requireAllLive(
    ids,
    (live) => tx.salesChannel.findMany({ where: { id: { in: ids }, ...live }, select: { id: true } }),
    (missing) =>
      new NotFoundError(`Sales channels with ids: ${missing.join(', ')} were not found`, ['salesChannelIds']),
  );
}

/** The plain columns of the input, checked; the title, the handle and the status have rules of their own. */
const productColumns = (mutation: Mutation, input: ProductFields) =>
  writtenValues(PRODUCT, mutation, input, [], ['title', 'handle']);
