import type { ErrorCode } from '../core/errors.js';
import { DATABASE_NOT_READY_MESSAGE, DATABASE_UNAVAILABLE_MESSAGE } from '../db/unavailable.js';

/** A response in Medusa's error format: `{type, message}` (and `code` where Medusa sends one). */
export class MedusaError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }

  get body(): Record<string, string> {
    return this.code
      ? { code: this.code, type: this.type, message: this.message }
      : { type: this.type, message: this.message };
  }
}

/** Medusa's status and type for each domain error code (spec §4); unique violations are `invalid_data` there. */
const FOR_CODE: Record<ErrorCode, [number, string]> = {
  NOT_FOUND: [404, 'not_found'],
  INVALID_DATA: [400, 'invalid_data'],
  NOT_ALLOWED: [400, 'not_allowed'],
  DUPLICATE: [400, 'invalid_data'],
  CONFLICT: [409, 'conflict'],
};

export function fromDomainCode(code: ErrorCode, message: string): MedusaError {
  const [status, type] = FOR_CODE[code];
  return new MedusaError(status, type, message);
}

export const invalidData = (message: string) => new MedusaError(400, 'invalid_data', message);
export const notFound = (message: string) => new MedusaError(404, 'not_found', message);
export const unknownError = () => new MedusaError(500, 'unknown_error', 'An unknown error occurred.', 'unknown_error');
/** Medusa's DB_ERROR body; 503 rather than Medusa's 500, so that clients and load balancers retry. */
export const databaseUnavailable = () =>
  new MedusaError(503, 'database_error', DATABASE_UNAVAILABLE_MESSAGE, 'api_error');
/** The same body while the gateway still prepares its database at start. */
export const databaseNotReady = () => new MedusaError(503, 'database_error', DATABASE_NOT_READY_MESSAGE, 'api_error');
