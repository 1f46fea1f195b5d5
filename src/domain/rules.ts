import { InvalidDataError } from '../core/errors.js';
import { Prisma } from '../generated/prisma/client.js';

/** PostgreSQL's integer range: the gateway keeps counts and dimensions within it. */
export const INTEGER_MAX = 2_147_483_647;
export const INTEGER_MIN = -2_147_483_648;

/** A whole number from `min` to INTEGER_MAX, or INVALID_DATA naming the field (the path's last step). */
export function requireWholeNumber(value: number, min: number, path: string[]): number {
  if (!Number.isInteger(value) || value < min || value > INTEGER_MAX) {
    throw new InvalidDataError(
      `${path[path.length - 1]} must be a whole number from ${min} to ${INTEGER_MAX} (got ${value})`,
      path,
    );
  }
  return value;
}

export const requirePositiveQuantity = (value: number, path: string[]) => requireWholeNumber(value, 1, path);

export const requireNonNegativeQuantity = (value: number, path: string[]) => requireWholeNumber(value, 0, path);

/** Medusa keeps every numeric quantity with a BigNumber twin in a raw_* jsonb column. */
export const rawNumber = (value: number | string) => ({ value: String(value), precision: 20 });

/** A nullable raw twin: SQL NULL (not JSON null) when the number is absent, as Medusa stores it. */
export const rawNumberOrNull = (value: number | null) => (value === null ? Prisma.DbNull : rawNumber(value));

/**
 * The metadata rule of every entity: a JSON object, as Medusa validates it (`z.record`), since an
 * array or a bare value would break its readers. Undefined leaves the column, null clears it to SQL NULL.
 */
export function metadataColumn(
  value: unknown,
  path: string[],
): Prisma.InputJsonObject | typeof Prisma.DbNull | undefined {
  if (value === undefined) return undefined;
  if (value === null) return Prisma.DbNull;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidDataError('metadata must be a JSON object or null', path);
  }
  return value as Prisma.InputJsonObject;
}
