import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Seconds; from a fast cached read to a request that hit the 5 s pool wait. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The gateway's Prometheus metrics, in a registry of its own (so that tests can start several
 * gateways in one process). Everything is named gateway_*, besides prom-client's process and
 * Node.js metrics (process_*, nodejs_*).
 */
export function createMetrics() {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: 'gateway_http_requests_total',
      help: 'HTTP requests answered, by route (the REST route pattern, /graphql, or another path) and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'gateway_http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to the end of its response, by route',
      labelNames: ['method', 'route'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    httpErrors: new Counter({
      name: 'gateway_http_errors_total',
      help: 'HTTP requests answered with a status of 400 or more, by route and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    operations: new Counter({
      name: 'gateway_graphql_operations_total',
      help: 'GraphQL operations executed, by operation name and type, by source (graphql: /graphql, rest: the REST shim) and outcome',
      labelNames: ['operation', 'type', 'source', 'outcome'] as const,
      registers,
    }),
    operationDuration: new Histogram({
      name: 'gateway_graphql_operation_duration_seconds',
      help: 'Time a GraphQL operation took to execute, by operation name and type',
      labelNames: ['operation', 'type', 'source'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    operationErrors: new Counter({
      name: 'gateway_graphql_errors_total',
      help: 'Errors in GraphQL results (extensions.code; typed mutation errors are data, not errors), by operation',
      labelNames: ['operation', 'source', 'code'] as const,
      registers,
    }),
    connectionWait: new Histogram({
      name: 'gateway_db_pool_wait_seconds',
      help: 'Time a database query or transaction waited for a PostgreSQL connection from the pool',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    connectionWaitFailures: new Counter({
      name: 'gateway_db_pool_wait_failures_total',
      help: 'Waits for a PostgreSQL connection that failed (DATABASE_CONNECT_TIMEOUT_MS passed, or the server refused)',
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
