import { DuplicateError } from '../core/errors.js';
import type { Tx } from '../core/tx.js';
import type { Prisma } from '../generated/prisma/client.js';
import { uniqueViolation } from './unique.js';

/**
 * How long a mutation may wait for a connection to start its transaction. Prisma's 2 s default
 * turns a burst of writes larger than the connection pool into errors; queued writes wait their
 * turn instead, as long as the PostgreSQL pool itself lets a request wait for a connection.
 */
const TRANSACTION_MAX_WAIT_MS = 5_000;

/**
 * The options of every transaction a request opens, new each time: Prisma writes the parent's id
 * into the options of a nested transaction, and a shared object would pass it on to the next one.
 */
export const transactionOptions = () => ({ maxWait: TRANSACTION_MAX_WAIT_MS });

/**
 * Runs a mutation as one transaction. Given a transaction already open (an idempotent operation
 * runs in one, see src/graphql/idempotency), the mutation is a savepoint in it: a refusal still
 * undoes this mutation alone. Rules check uniqueness before writing (see unique.ts); a unique
 * violation no rule expected is reported as a DUPLICATE error naming the entity.
 */
export async function inTransaction<T>(prisma: Tx, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(work, transactionOptions());
  } catch (error) {
    throw asDuplicateError(error) ?? error;
  }
}

/** The fallback for a violation no rule maps (see unique.ts); it names the entity only, as both drivers allow. */
function asDuplicateError(error: unknown): DuplicateError | null {
  if (!uniqueViolation(error)) return null;
  const { modelName } = ((error as Prisma.PrismaClientKnownRequestError).meta ?? {}) as { modelName?: string };
  const entity = (modelName ?? 'Record').replace(/([a-z])([A-Z])/g, '$1 $2');
  return new DuplicateError(`${entity[0]}${entity.slice(1).toLowerCase()} already exists.`);
}
