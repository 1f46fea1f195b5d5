/**
 * The one error class of the domain. Its code mirrors Medusa's error types; GraphQL returns it as a
 * typed error, the REST shim as Medusa's `{type, message}` with Medusa's status code.
 */
export type ErrorCode = 'NOT_FOUND' | 'INVALID_DATA' | 'NOT_ALLOWED' | 'DUPLICATE' | 'CONFLICT';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where in the input the problem is, for validation errors, e.g. ["prices", "0", "amount"]. */
    readonly path: string[] | null = null,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  constructor(message: string, path: string[] | null = null) {
    super('NOT_FOUND', message, path);
  }
}

export class InvalidDataError extends DomainError {
  override name = 'InvalidDataError';
  constructor(message: string, path: string[] | null = null) {
    super('INVALID_DATA', message, path);
  }
}

export class NotAllowedError extends DomainError {
  override name = 'NotAllowedError';
  constructor(message: string, path: string[] | null = null) {
    super('NOT_ALLOWED', message, path);
  }
}

export class DuplicateError extends DomainError {
  override name = 'DuplicateError';
  constructor(message: string, path: string[] | null = null) {
    super('DUPLICATE', message, path);
  }
}

export class ConflictError extends DomainError {
  override name = 'ConflictError';
  constructor(message: string, path: string[] | null = null) {
    super('CONFLICT', message, path);
  }
}

export const DOMAIN_ERRORS = [NotFoundError, InvalidDataError, NotAllowedError, DuplicateError, ConflictError] as const;
