import { createHash } from 'node:crypto';

/** How long a stored result is replayed for. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How long a second request with a key still running waits for the first one's result. */
export const IDEMPOTENCY_WAIT_MS = 10_000;
/**
 * How long a running request owns its key. Far longer than any mutation may run (a transaction
 * times out after seconds); past it, a process that died mid-request no longer blocks retries.
 */
export const IDEMPOTENCY_LEASE_MS = 60_000;

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

/** Why a key is refused, or null for a good one: 1 to 255 printable ASCII characters, not all blank. */
export function invalidKeyReason(key: string): string | null {
  if (VALID_KEY.test(key) && key.trim() !== '') return null;
  return `Idempotency key must be 1 to 255 printable ASCII characters (got ${key.length} character(s))`;
}

/** A hash of what a request asks for; the same key with another fingerprint is another request. */
export function fingerprint(parts: unknown[]): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

/** JSON with object keys sorted, so that the order a client wrote them in does not matter. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
