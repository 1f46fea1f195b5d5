import { randomUUID } from 'node:crypto';
import type { Tx } from '../core/tx.js';
import type { Prisma } from '../generated/prisma/client.js';
import { IDEMPOTENCY_LEASE_MS, IDEMPOTENCY_TTL_MS, IDEMPOTENCY_WAIT_MS } from './keys.js';

export interface IdempotentRequest {
  actorId: string;
  key: string;
  fingerprint: string;
}

/** What to do with a request that carries a key. */
export type Admission =
  | { kind: 'run'; claim: string }
  | { kind: 'replay'; response: Prisma.JsonValue }
  | { kind: 'mismatch' }
  | { kind: 'in-progress' };

interface Holder {
  fingerprint: string;
  response: Prisma.JsonValue | null;
}

const POLL_MS = [20, 40, 80, 160, 250];

/**
 * Takes the key for this request, or tells why not. The key is taken with one INSERT ... ON
 * CONFLICT, so of two requests that race (in any process) exactly one runs; the other waits, up to
 * IDEMPOTENCY_WAIT_MS, for the first one's result. An expired row, or one whose runner's lease
 * ran out, is taken over as if it were absent.
 */
export async function admit(prisma: Tx, request: IdempotentRequest, waitMs = IDEMPOTENCY_WAIT_MS): Promise<Admission> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const claim = await tryClaim(prisma, request);
    if (claim) return { kind: 'run', claim };
    const holder = await findHolder(prisma, request);
    if (holder) {
      if (holder.fingerprint !== request.fingerprint) return { kind: 'mismatch' };
      if (holder.response !== null) return { kind: 'replay', response: holder.response };
    }
    // Still running, or (no holder) the first request failed and let the key go between our two
    // statements: try again, until the wait is over.
    if (Date.now() >= deadline) return { kind: 'in-progress' };
    await sleep(POLL_MS[Math.min(attempt, POLL_MS.length - 1)]);
  }
}

async function tryClaim(prisma: Tx, { actorId, key, fingerprint }: IdempotentRequest) {
  const claim = randomUUID();
  const rows = await prisma.$queryRaw<{ claim: string }[]>`
    INSERT INTO gateway_idempotency_key AS held (actor_id, key, fingerprint, claim, response, created_at, locked_until, expires_at)
    VALUES (${actorId}, ${key}, ${fingerprint}, ${claim}, NULL, now(),
            now() + ${IDEMPOTENCY_LEASE_MS}::integer * interval '1 millisecond',
            now() + ${IDEMPOTENCY_TTL_MS}::integer * interval '1 millisecond')
    ON CONFLICT (actor_id, key) DO UPDATE
      SET fingerprint = EXCLUDED.fingerprint, claim = EXCLUDED.claim, response = NULL,
          created_at = EXCLUDED.created_at, locked_until = EXCLUDED.locked_until, expires_at = EXCLUDED.expires_at
      WHERE held.expires_at <= now() OR (held.response IS NULL AND held.locked_until <= now())
    RETURNING claim`;
  return rows[0]?.claim ?? null;
}

function findHolder(prisma: Tx, { actorId, key }: IdempotentRequest): Promise<Holder | null> {
  return prisma.gatewayIdempotencyKey.findUnique({
    where: { actorId_key: { actorId, key } },
    select: { fingerprint: true, response: true },
  });
}

/**
 * Stores the result of the request that holds the key, for its retries to replay. Called inside
 * the request's own transaction, so that its change commits with its result or not at all. False
 * when the key is no longer this request's (its lease ran out and a retry took it over): the
 * caller must then roll back. Once this row is written, a retry that would take the key over waits
 * for the transaction and, when it commits, finds the result.
 */
export async function storeResult(
  tx: Tx,
  { actorId, key }: IdempotentRequest,
  claim: string,
  response: Prisma.InputJsonValue,
): Promise<boolean> {
  const { count } = await tx.gatewayIdempotencyKey.updateMany({ where: { actorId, key, claim }, data: { response } });
  return count === 1;
}

/** Lets the key go without a result, so that a retry runs the request again. */
export async function releaseKey(prisma: Tx, { actorId, key }: IdempotentRequest, claim: string) {
  await prisma.gatewayIdempotencyKey.deleteMany({ where: { actorId, key, claim } });
}

/** Deletes up to `limit` expired rows; any process may run it at any time. Returns how many went. */
export function purgeExpiredKeys(prisma: Tx, limit = 1000): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM gateway_idempotency_key WHERE (actor_id, key) IN (
      SELECT actor_id, key FROM gateway_idempotency_key WHERE expires_at <= now() LIMIT ${limit}::integer
    )`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
