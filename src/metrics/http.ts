import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { routeLabel } from './labels.js';
import type { Metrics } from './registry.js';

/** Counts and times a request when its response ends, by route pattern and status. */
export function observeHttp(
  metrics: Metrics,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  known: (path: string) => boolean,
): void {
  const started = performance.now();
  res.once('close', () => {
    const method = req.method ?? 'GET';
    const route = routeLabel(req, path, known);
    const status = String(res.statusCode);
    metrics.httpRequests.inc({ method, route, status });
    metrics.httpDuration.observe({ method, route }, (performance.now() - started) / 1000);
    if (res.statusCode >= 400) metrics.httpErrors.inc({ method, route, status });
  });
}
