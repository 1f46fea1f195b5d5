import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { plannedDataOf } from './planner/json-text.js';

/**
 * The server context key under which the REST shim passes a place for its operation's result: the
 * result is handed over as an object, so a page is not serialised to JSON for the shim to parse it
 * back. A symbol key: nothing a client sends over HTTP can produce it.
 */
export const INTERNAL_RESULT = Symbol('internal result');

/** Where the GraphQL pipeline leaves the result of an operation the gateway sent itself. */
export interface ResultHandover {
  result?: ExecutionResult;
}
export type InternalResultContext = { [INTERNAL_RESULT]?: ResultHandover };

/**
 * Last of the result hooks (after the error masking and the request id), so the shim gets what a
 * client would read; the response then carries no body, only its status and headers.
 */
export function useResultHandover(): Plugin {
  return {
    onResultProcess({ result, serverContext, setResultProcessor }) {
      const handover = (serverContext as InternalResultContext | undefined)?.[INTERNAL_RESULT];
      if (!handover || Array.isArray(result) || isAsyncIterable(result)) return;
      handover.result = result;
      setResultProcessor((_result, fetchAPI) => new fetchAPI.Response(null, { status: 200 }), 'application/json');
    },
  };
}

/**
 * The result as a client reads it in JSON. The planner's data is JSON text already and is kept as
 * it is (the shim parses it when it renders); the resolvers' is not (scalars such as DateTime
 * serialise on the way out, errors are objects), so it takes the round trip the HTTP response
 * would, here in memory.
 */
export function asJson(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length && plannedDataOf(result)) return result;
  return JSON.parse(JSON.stringify(result)) as ExecutionResult;
}
