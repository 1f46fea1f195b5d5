import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { logAccess } from './access-log.js';
import type { Cors } from './cors.js';
import type { Database } from './db/connect.js';
import { NOT_READY_RETRY_AFTER_SECONDS } from './db/unavailable.js';
import { databaseNotReadyBody } from './graphql/database-unavailable.js';
import { GRAPHQL_PATH, type GraphQLHandler } from './graphql/handler.js';
import type { Logger } from './logger.js';
import { createMetricsHandler, METRICS_PATH } from './metrics/endpoint.js';
import { observeHttp } from './metrics/http.js';
import type { Metrics } from './metrics/registry.js';
import { shortInput } from './quote-input.js';
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from './request-context.js';
import { databaseNotReady } from './rest/errors.js';
import { OPENAPI_PATH, openApiDocument } from './rest/openapi.js';

export interface ServerDeps {
  db: Database;
  logger: Logger;
  /** False until the database is migrated (or checked, when attached); /ready reports it. */
  isPrepared: () => boolean;
  graphql: GraphQLHandler;
  /** Medusa's Admin API routes, under /admin/. */
  rest: Handler;
  /** Browser access to /graphql and /admin/, in one place for both. */
  cors: Cors;
  metrics: Metrics;
  /** GET /metrics requires this bearer token; null: no /metrics. */
  metricsToken: string | null;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** The HTTP server, and the work its handlers still do, which can outlive a connection a client dropped. */
export interface HttpServer {
  server: Server;
  /** Resolves when every request handler started so far has finished. */
  handlersDone(): Promise<void>;
}

export function createHttpServer(deps: ServerDeps): HttpServer {
  const running = new Set<Promise<void>>();
  const routes: Record<string, Handler> = {
    '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
    '/ready': (_req, res) => ready(deps, res),
    [GRAPHQL_PATH]: (req, res) => deps.graphql(req, res),
    [OPENAPI_PATH]: (_req, res) => sendJson(res, 200, openApiDocument()),
    ...(deps.metricsToken ? { [METRICS_PATH]: createMetricsHandler(deps.metrics, deps.metricsToken) } : {}),
  };
  const known = (path: string) => Object.hasOwn(routes, path);
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    logAccess(deps.logger, req, res, path);
    observeHttp(deps.metrics, req, res, path, known);
    const route = routes[path] ?? (path.startsWith('/admin/') ? deps.rest : undefined);
    if (!route) return sendJson(res, 404, { type: 'not_found', message: `Cannot ${req.method} ${shortInput(path)}` });
    const api = path === GRAPHQL_PATH || route === deps.rest;
    if (api && deps.cors(req, res)) return;
    // Until /ready is 200 the tables may not exist yet; a request would otherwise meet a 500.
    if (api && !deps.isPrepared()) return sendNotReady(res, path === GRAPHQL_PATH);
    const handling: Promise<void> = Promise.resolve(route(req, res))
      .catch((error: unknown) => {
        deps.logger.error({ err: error, path }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { type: 'unknown_error', message: 'An unknown error occurred.' });
      })
      .finally(() => running.delete(handling));
    running.add(handling);
  };
  const server = createServer((req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    withRequestId(requestId, () => serve(req, res));
  });
  // Idle keep-alive sockets are closed by the client or the load balancer in front, never by the
  // gateway first: a server that closes one as a client reuses it fails that request with a reset
  // (load balancers idle out after 60 s). Shutdown closes idle sockets itself.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return {
    server,
    handlersDone: async () => {
      await Promise.allSettled([...running]);
    },
  };
}

async function ready({ db, isPrepared }: ServerDeps, res: ServerResponse): Promise<void> {
  if (!isPrepared()) return sendJson(res, 503, { status: 'unavailable', reason: 'database not migrated yet' });
  try {
    await db.ping();
    sendJson(res, 200, { status: 'ready' });
  } catch {
    sendJson(res, 503, { status: 'unavailable', reason: 'database unreachable' });
  }
}

function sendNotReady(res: ServerResponse, graphql: boolean): void {
  res.setHeader('retry-after', String(NOT_READY_RETRY_AFTER_SECONDS));
  const requestId = String(res.getHeader(REQUEST_ID_HEADER));
  sendJson(res, 503, graphql ? databaseNotReadyBody(requestId) : databaseNotReady().body);
}

/** Longer than the 60 s idle timeout of common load balancers, and than clients' own (undici: 4 s). */
const KEEP_ALIVE_MS = 65_000;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
