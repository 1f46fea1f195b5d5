import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { Gauge } from 'prom-client';
import type { Database } from '../db/connect.js';
import type { Metrics } from './registry.js';

type ConnectCallback = (error: Error | undefined, client?: pg.PoolClient, release?: () => void) => void;

/**
 * Times every wait for a pooled PostgreSQL connection (a query's or a transaction's), and counts
 * the waits that failed. pg's Pool.query and Prisma's adapter both take connections through
 * pool.connect, in its callback and its promise form, so that is what is measured.
 */
export function observePoolWaits(pool: pg.Pool, metrics: Metrics): void {
  const connect = pool.connect.bind(pool) as (callback: ConnectCallback) => void;
  const timed = (callback: ConnectCallback) => {
    const started = performance.now();
    connect((error, client, release) => {
      metrics.connectionWait.observe((performance.now() - started) / 1000);
      if (error) metrics.connectionWaitFailures.inc();
      callback(error, client, release);
    });
  };
  Object.assign(pool, {
    connect(callback?: ConnectCallback) {
      if (callback) return timed(callback);
      return new Promise<pg.PoolClient>((resolve, reject) =>
        timed((error, client) => (error ? reject(error) : resolve(client as pg.PoolClient))),
      );
    },
  });
}

/** Gauges read when Prometheus scrapes: the pool's connections and the idempotency table's rows. */
export function registerDatabaseGauges(metrics: Metrics, db: Database, pool: pg.Pool | null): void {
  const registers = [metrics.registry];
  if (pool) {
    new Gauge({
      name: 'gateway_db_pool_connections',
      help: 'PostgreSQL connections of this process: open (total), idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'gateway_db_pool_max_connections',
      help: 'The pool size (DATABASE_POOL_SIZE)',
      registers,
      collect() {
        this.set(pool.options.max ?? 10);
      },
    });
  }
  new Gauge({
    name: 'gateway_idempotency_keys',
    help: 'Rows in gateway_idempotency_key: idempotency keys stored and not yet purged',
    registers,
    async collect() {
      try {
        const [{ count }] = await db.prisma.$queryRaw<{ count: number }[]>`
          SELECT count(*)::int AS count FROM gateway_idempotency_key`;
        this.set(count);
      } catch {
        // Before the first migration there is no table, and while the database is down no answer.
        this.reset();
      }
    },
  });
}
