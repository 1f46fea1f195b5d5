import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { currentRequestId } from '../request-context.js';
import { withExtensions } from './error-copy.js';

/**
 * Every GraphQL error a client receives names the request (`extensions.requestId`), so that a
 * report can be matched with the log lines. New errors are made: yoga caches
 * validation errors across requests, and one request's id must not stick to another's.
 */
export function useRequestIdInErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      const requestId = currentRequestId();
      if (!requestId || isAsyncIterable(result)) return;
      const tag = (single: ExecutionResult): ExecutionResult =>
        single.errors
          ? { ...single, errors: single.errors.map((error) => withExtensions(error, { requestId })) }
          : single;
      setResult(Array.isArray(result) ? result.map(tag) : tag(result));
    },
  };
}
