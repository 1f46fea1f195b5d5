import { InvalidDataError } from '../core/errors.js';
import { LIVE } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import { liveOthers } from './unique.js';

/** One option of a variant: the option, by title (Medusa v2) or by id (Medusa v1), and the value. */
export interface OptionChoice {
  option?: string | null;
  optionId?: string | null;
  value: string;
}

/**
 * The option value ids a variant's choices name, checked as Medusa checks them: one choice per
 * product option, each naming an option of the product and one of its values for this product.
 */
export async function resolveOptionChoices(
  tx: Tx,
  productId: string,
  choices: OptionChoice[],
  variantTitle: string | undefined,
  path: string[],
): Promise<string[]> {
  const links = await tx.productProductOption.findMany({
    where: { productId, ...LIVE, option: LIVE },
    include: {
      option: { include: { values: { where: LIVE } } },
      valueLinks: { where: { ...LIVE, optionValue: LIVE }, include: { optionValue: true } },
    },
  });
  if (choices.length !== links.length) {
    throw new InvalidDataError(
      `Product has ${links.length} but there were ${choices.length} provided option values for the variant: ${variantTitle}.`,
      path,
    );
  }
  const seen = new Set<string>();
  return choices.map((choice, index) => {
    if (!choice.option === !choice.optionId) {
      throw new InvalidDataError('Name the option either by its title (option) or by its id (optionId)', [
        ...path,
        String(index),
      ]);
    }
    const link = links.find((candidate) =>
      choice.optionId ? candidate.option.id === choice.optionId : candidate.option.title === choice.option,
    );
    const name = link?.option.title ?? choice.option ?? choice.optionId ?? '';
    if (seen.has(name)) {
      throw new InvalidDataError(`Option ${name} is given more than once`, [...path, String(index), 'option']);
    }
    seen.add(name);
    // Values enabled for this product; an option shared without per-product values offers all of its own.
    const values =
      link && (link.valueLinks.length > 0 ? link.valueLinks.map((v) => v.optionValue) : link.option.values);
    const value = values?.find((candidate) => candidate.value === choice.value);
    if (!value) {
      throw new InvalidDataError(`Option value ${choice.value} does not exist for option ${name}`, [
        ...path,
        String(index),
      ]);
    }
    return value.id;
  });
}

/**
 * No two live variants of a product may have the same combination of option values. No index
 * can say so, so the check runs under the product's lock (see lockProductVariants): two variants
 * racing for one combination are checked one after the other, and the second one is refused.
 */
export async function assertNewCombination(
  tx: Tx,
  productId: string,
  valueIds: string[],
  path: string[],
  exceptVariantId?: string,
): Promise<void> {
  if (valueIds.length === 0) return;
  await lockProductVariants(tx, productId);
  const combination = [...valueIds].sort().join(',');
  const siblings = await tx.productVariant.findMany({
    where: { productId, ...liveOthers(exceptVariantId) },
    select: { title: true, optionValueLinks: { select: { optionValueId: true } } },
  });
  const clash = siblings.find(
    (sibling) =>
      sibling.optionValueLinks
        .map((link) => link.optionValueId)
        .sort()
        .join(',') === combination,
  );
  if (clash) throw new InvalidDataError(`Variant (${clash.title}) with provided options already exists.`, path);
}

/**
 * Holds the product's row until the transaction ends, so that writes that check its variants
 * together run one at a time per product, in every process. FOR NO KEY UPDATE does not wait for
 * the key-share locks that inserting a variant (its foreign key) takes on the product.
 */
export async function lockProductVariants(tx: Tx, productId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM product WHERE id = ${productId} FOR NO KEY UPDATE`;
}
