import { DriverAdapterError } from '@prisma/driver-adapter-utils';
import { Prisma } from '../generated/prisma/client.js';

/** What a client is told when the database cannot be reached; both APIs answer it with a 503. */
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable at the moment; retry the request later.';

/** What a client is told while the gateway still migrates (or checks) its database at start; also a 503. */
export const DATABASE_NOT_READY_MESSAGE =
  'The gateway is starting and its database is not ready yet (it is being migrated or checked); retry the request shortly.';

/** Seconds a client is asked to wait (Retry-After) before retrying a request answered during start-up. */
export const NOT_READY_RETRY_AFTER_SECONDS = 2;

/*
 * How "the database cannot be reached" shows, as observed through @prisma/adapter-pg and pg:
 * - Prisma's known request errors: P1001 can't reach, P1002/P1008 timed out, P1017 server closed
 *   the connection, P2024 no pooled connection in time, P2037 too many connections;
 * - the adapter's error kinds for the same (in `meta.driverAdapterError` or thrown bare);
 * - PostgreSQL refusing or ending sessions: SQLSTATE class 08 (connection exception), 57P01-57P03
 *   (shutdown, crash, starting up), 53300 (too many connections);
 * - socket errors of the pg driver, and its errors without a code, recognised by their message:
 *   a connection cut mid-query, or no connection within DATABASE_CONNECT_TIMEOUT_MS.
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const SQLSTATES = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
];

/** True when `error` (or an error it wraps) says the database is unreachable, not that the query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    if (isUnavailable(current)) return true;
    current = current.cause;
  }
  return false;
}

function isUnavailable(error: Error): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta?.driverAdapterError as { cause?: unknown } | undefined)?.cause;
    return PRISMA_CODES.has(error.code) || isUnavailableCause(cause);
  }
  if (error instanceof DriverAdapterError) return isUnavailableCause(error.cause);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return SOCKET_CODES.has(code) || SQLSTATES.test(code);
  return PG_MESSAGES.some((pattern) => pattern.test(error.message));
}

function isUnavailableCause(cause: unknown): boolean {
  if (typeof cause !== 'object' || cause === null) return false;
  const { kind, code } = cause as { kind?: unknown; code?: unknown };
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  return kind === 'postgres' && typeof code === 'string' && SQLSTATES.test(code);
}
