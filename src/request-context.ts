import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a client or proxy sent is kept only when it cannot break a log line or a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The caller's request id when it is a sane token, a new one otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Runs the handling of one request; everything it calls, however asynchronous, sees its id. */
export function withRequestId<T>(requestId: string, handle: () => T): T {
  return storage.run({ requestId }, handle);
}

/** The id of the request being handled, or undefined outside a request (start-up, shutdown). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
