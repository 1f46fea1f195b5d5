import { GraphQLError } from 'graphql';
import { DATABASE_NOT_READY_MESSAGE, DATABASE_UNAVAILABLE_MESSAGE } from '../db/unavailable.js';

export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

/**
 * Answered instead of "Unexpected error." when the database cannot be reached: HTTP 503, worth a
 * retry. It keeps the place in the operation of the error it replaces.
 */
export function databaseUnavailableError(replaced: unknown): GraphQLError {
  const at = replaced instanceof GraphQLError ? replaced : undefined;
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    nodes: at?.nodes,
    source: at?.source,
    positions: at?.positions,
    path: at?.path,
    extensions: { code: DATABASE_UNAVAILABLE, http: { status: 503 } },
  });
}

/** The response body of a GraphQL request that arrives while the gateway still prepares its database. */
export function databaseNotReadyBody(requestId: string): { errors: object[] } {
  return { errors: [{ message: DATABASE_NOT_READY_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE, requestId } }] };
}
