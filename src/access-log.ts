import { AsyncResource } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Logger } from './logger.js';

/**
 * Writes one `info` line per request when its response ends: method, path (never the query
 * string, which may carry secrets), status and duration; the request id comes from the logger.
 * A response cut short (the client went away, or shutdown closed the connection) says so.
 */
export function logAccess(logger: Logger, req: IncomingMessage, res: ServerResponse, path: string): void {
  const started = performance.now();
  // Bound to the request's async context, so that the line carries its request id.
  const done = AsyncResource.bind(() => {
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const line = { method: req.method, path, status: res.statusCode, durationMs };
    logger.info(res.writableFinished ? line : { ...line, aborted: true }, 'request completed');
  });
  res.once('close', done);
}
