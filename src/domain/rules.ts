import { Prisma } from '../generated/prisma/client.js';
import { InvalidDataError } from './errors.js';

/** Quantities a link may require: whole units, at least one, within PostgreSQL's integer range. */
export const MAX_QUANTITY = 2_147_483_647;

export function requirePositiveQuantity(value: number, path: string[]): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_QUANTITY) {
    throw new InvalidDataError(
      `${path[path.length - 1]} must be a whole number from 1 to ${MAX_QUANTITY} (got ${value})`,
      path,
    );
  }
  return value;
}

export function requireNonNegativeQuantity(value: number, path: string[]): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_QUANTITY) {
    throw new InvalidDataError(
      `${path[path.length - 1]} must be a whole number from 0 to ${MAX_QUANTITY} (got ${value})`,
      path,
    );
  }
  return value;
}

/** Medusa keeps every numeric quantity with a BigNumber twin in a raw_* jsonb column. */
export const rawNumber = (value: number | string) => ({ value: String(value), precision: 20 });

/** A nullable raw twin: SQL NULL (not JSON null) when the number is absent, as Medusa stores it. */
export const rawNumberOrNull = (value: number | null) => (value === null ? Prisma.DbNull : rawNumber(value));

/** A nullable jsonb column such as metadata: undefined leaves it, null clears it to SQL NULL. */
export function jsonColumn(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull | undefined {
  if (value === undefined) return undefined;
  if (value === null) return Prisma.DbNull;
  return value as Prisma.InputJsonValue;
}
