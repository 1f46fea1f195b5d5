/**
 * A JSON value with every object's keys in jsonb's order: shorter keys first (in UTF-8 bytes),
 * then bytewise. Prisma reads a `json` column (Medusa's product_type.metadata) in its stored text
 * order when it loads the row by itself, but in jsonb's order when it joins it into its parent's
 * row; putting every JSON value in the one order makes the answer not depend on how it was loaded,
 * and equal to the read planner's. A jsonb column is already in this order.
 */
export function inJsonbOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(inJsonbOrder);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, inner]) => [Buffer.from(key), key, inner] as const);
  entries.sort(([a], [b]) => a.length - b.length || Buffer.compare(a, b));
  return Object.fromEntries(entries.map(([, key, inner]) => [key, inJsonbOrder(inner)]));
}
