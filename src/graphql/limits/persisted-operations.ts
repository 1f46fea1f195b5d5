import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OperatorError } from '../../operator-error.js';
import type { InternalRequests } from './internal.js';

/** Reads the allow-list: a JSON object of operation hash (or any id) → GraphQL document, each checked to parse. */
export function readPersistedOperations(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new OperatorError(`PERSISTED_OPERATIONS_FILE "${file}" cannot be read as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new OperatorError(`PERSISTED_OPERATIONS_FILE "${file}" must hold a JSON object of hash → GraphQL document`);
  }
  const operations = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (typeof document !== 'string') {
      throw new OperatorError(
        `PERSISTED_OPERATIONS_FILE "${file}": the entry "${hash}" is not a GraphQL document string`,
      );
    }
    try {
      parse(document);
    } catch (error) {
      throw new OperatorError(
        `PERSISTED_OPERATIONS_FILE "${file}": the entry "${hash}" does not parse: ${(error as Error).message}`,
      );
    }
    operations.set(hash, document);
  }
  return operations;
}

const refusal = (message: string) => ({
  message,
  extensions: { code: 'PERSISTED_OPERATION_REQUIRED', http: { status: 400 } },
});

/**
 * Only operations of the allow-list run, named by `extensions.persistedQuery.sha256Hash`; the
 * documents the REST shim generates run too, as they come from the gateway itself.
 */
export function usePersistedOperationsOnly(
  operations: ReadonlyMap<string, string>,
  internal: InternalRequests,
): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    allowArbitraryOperations: (request) => internal.has(request),
    customErrors: {
      notFound: {
        message: 'The persisted operation is not on the allow-list of this server.',
        extensions: { code: 'PERSISTED_OPERATION_NOT_FOUND', http: { status: 400 } },
      },
      persistedQueryOnly: refusal(
        'Only persisted operations are accepted: send the hash of an allow-listed operation in extensions.persistedQuery.sha256Hash instead of a query.',
      ),
      keyNotFound: refusal(
        'Only persisted operations are accepted: extensions.persistedQuery.sha256Hash names none (version 1 and a hash are required).',
      ),
    },
  });
}
