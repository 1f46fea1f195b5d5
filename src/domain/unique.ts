import type { DomainError } from '../core/errors.js';
import { LIVE } from '../core/live.js';
import { Prisma } from '../generated/prisma/client.js';

/** What a unique violation names: PostgreSQL's driver reports the index, PGlite's the columns. */
export interface UniqueViolation {
  index: string | null;
  fields: string[];
}

export function uniqueViolation(error: unknown): UniqueViolation | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const meta = error.meta as {
    driverAdapterError?: { cause?: { constraint?: { index?: string; fields?: string[] } } };
  };
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  return { index: constraint?.index ?? null, fields: constraint?.fields ?? [] };
}

/** Whether the violation is of the unique index on `column` (Medusa names them IDX_<table>_<column>...). */
export function violates(violation: UniqueViolation, column: string): boolean {
  return violation.fields.includes(column) || (violation.index?.includes(`_${column}_`) ?? false);
}

/**
 * Rules check uniqueness before they write, so a concurrent transaction can take the same value in
 * between; the partial unique index then refuses the write. `errorFor` turns that refusal into the
 * error the check would have given, so a request answers what it would answer alone; a violation
 * it does not recognise (null) goes on as it came.
 */
export async function uniqueOr<T>(
  write: Promise<T>,
  errorFor: (violation: UniqueViolation) => DomainError | null,
): Promise<T> {
  try {
    return await write;
  } catch (cause) {
    const violation = uniqueViolation(cause);
    throw (violation && errorFor(violation)) || cause;
  }
}

/** The live rows but the one being changed (none on create), among which a value must be unique. */
export const liveOthers = (exceptId?: string | null) => (exceptId ? { ...LIVE, id: { not: exceptId } } : LIVE);
