import type { Plugin } from 'graphql-yoga';

/**
 * The server context the REST shim passes to `graphql.fetch` for the operations it generates. A
 * symbol key: nothing a client sends over HTTP can produce it.
 */
export const INTERNAL_CALLER = Symbol('internal caller');
export type InternalCallerContext = { [INTERNAL_CALLER]?: true };

/** Requests that came from the gateway itself (the REST shim), not from a client. */
export type InternalRequests = WeakSet<Request>;

export function useInternalRequests(internal: InternalRequests): Plugin<InternalCallerContext> {
  return {
    onRequest({ request, serverContext }) {
      if ((serverContext as InternalCallerContext | undefined)?.[INTERNAL_CALLER]) internal.add(request);
    },
  };
}
