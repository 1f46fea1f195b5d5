import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { DuplicateError } from './errors.js';

export type Tx = Prisma.TransactionClient;

/**
 * How long a mutation may wait for a connection to start its transaction. Prisma's 2 s default
 * turns a burst of writes larger than the connection pool into errors; queued writes wait their
 * turn instead, as long as the PostgreSQL pool itself lets a request wait for a connection.
 */
const TRANSACTION_MAX_WAIT_MS = 5_000;

/**
 * Runs a mutation as one transaction. Rules check uniqueness before writing, but two requests can
 * still race past the check; the partial unique index then refuses one of them, and that refusal
 * is reported as the same DUPLICATE error a check would give.
 */
export async function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await prisma.$transaction(work, { maxWait: TRANSACTION_MAX_WAIT_MS });
  } catch (error) {
    throw asDuplicateError(error) ?? error;
  }
}

function asDuplicateError(error: unknown): DuplicateError | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const meta = error.meta as {
    modelName?: string;
    driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } };
  };
  const entity = (meta.modelName ?? 'Record').replace(/([a-z])([A-Z])/g, '$1 $2');
  const fields = meta.driverAdapterError?.cause?.constraint?.fields ?? [];
  const what = fields.length > 0 ? ` with the same ${fields.join(', ')}` : '';
  return new DuplicateError(`${entity[0]}${entity.slice(1).toLowerCase()}${what} already exists.`);
}
