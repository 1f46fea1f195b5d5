import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, DELETE';
const ALLOWED_HEADERS = 'authorization, content-type, idempotency-key, x-request-id';
const EXPOSED_HEADERS = 'x-request-id, x-unknown-fields, idempotent-replayed';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/**
 * Applies CORS to a request; true when it answered the request itself (an OPTIONS preflight,
 * which needs no authentication). Only the configured origins get CORS headers.
 */
export type Cors = (req: IncomingMessage, res: ServerResponse) => boolean;

/** CORS for browser admin clients from exact origins; with none, no response carries a CORS header. */
export function createCors(origins: readonly string[]): Cors {
  const allowed = new Set(origins);
  return (req, res) => {
    const origin = req.headers.origin;
    const permitted = origin !== undefined && allowed.has(origin);
    // Responses differ by Origin once any origin is allowed, so shared caches must key on it.
    if (allowed.size > 0) res.setHeader('vary', 'Origin');
    if (req.method === 'OPTIONS') {
      if (permitted && req.headers['access-control-request-method']) {
        res.setHeader('access-control-allow-origin', origin);
        res.setHeader('access-control-allow-methods', ALLOWED_METHODS);
        res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
        res.setHeader('access-control-max-age', PREFLIGHT_MAX_AGE_SECONDS);
      }
      res.writeHead(204).end();
      return true;
    }
    if (permitted) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', EXPOSED_HEADERS);
    }
    return false;
  };
}
