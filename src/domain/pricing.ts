import type { Prisma } from '../generated/prisma/client.js';

export interface PriceContext {
  currencyCode: string;
  regionId?: string | null;
  quantity?: number | null;
}

interface RuledPrice {
  currencyCode: string;
  amount: Prisma.Decimal;
  minQuantity: Prisma.Decimal | null;
  maxQuantity: Prisma.Decimal | null;
  rules: { attribute: string; operator: string; value: string }[];
}

/**
 * The price that applies in a context: same currency, every rule satisfied by the context, and
 * the quantity within the price's range. The most specific price (most rules) wins, then the lowest.
 */
export function bestPrice<P extends RuledPrice>(prices: P[], context: PriceContext): P | null {
  const quantity = context.quantity ?? 1;
  const attributes: Record<string, string | undefined> = { region_id: context.regionId ?? undefined };
  const applicable = prices.filter(
    (price) =>
      price.currencyCode.toLowerCase() === context.currencyCode.toLowerCase() &&
      (price.minQuantity === null || price.minQuantity.lte(quantity)) &&
      (price.maxQuantity === null || price.maxQuantity.gte(quantity)) &&
      price.rules.every((rule) => satisfies(rule, attributes[rule.attribute])),
  );
  applicable.sort((a, b) => b.rules.length - a.rules.length || a.amount.comparedTo(b.amount));
  return applicable[0] ?? null;
}

function satisfies(rule: { operator: string; value: string }, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  if (rule.operator === 'eq') return actual === rule.value;
  const [left, right] = [Number(actual), Number(rule.value)];
  if (Number.isNaN(left) || Number.isNaN(right)) return false;
  switch (rule.operator) {
    case 'gt':
      return left > right;
    case 'gte':
      return left >= right;
    case 'lt':
      return left < right;
    case 'lte':
      return left <= right;
    default:
      return false;
  }
}
