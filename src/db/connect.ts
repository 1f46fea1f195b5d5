import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { PgAdapterFactory } from './adapters.js';
import { type Notice, withMigrationLock } from './migration-lock.js';
import { countingStatements, StatementCounter } from './statement-counter.js';
import { type DatabaseTarget, type PostgresTarget, redactUrl } from './target.js';

/** An open database: the Prisma client and the adapter factory the schema engine migrates with. */
export interface Database {
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** What to tell a person about where the data lives, without credentials. */
  description: string;
  kind: DatabaseTarget['kind'];
  /** The PostgreSQL connection pool; null for the embedded database, which has none. */
  pool: pg.Pool | null;
  /** SQL statements the Prisma client has sent so far (for tests and benchmarks). */
  statements: StatementCounter;
  /**
   * Runs a job that changes the schema once no other process runs one on this database (it waits
   * as long as that takes; `notice` says so), with the adapter factory the job must use.
   */
  migrating<T>(
    work: (adapterFactory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
    notice?: Notice,
  ): Promise<T>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target);
  return openPGlite(target);
}

async function openPGlite(target: Exclude<DatabaseTarget, { kind: 'postgres' }>): Promise<Database> {
  const { createPGlite, PGliteAdapterFactory } = await import('./pglite.js');
  const dataDir = target.kind === 'pglite' ? target.dataDir : undefined;
  const client = await createPGlite(dataDir);
  const description = dataDir ? `embedded PGlite in ${dataDir}` : 'embedded PGlite in memory';
  const base = prismaOver(new PGliteAdapterFactory(client));
  return {
    ...base,
    description,
    kind: target.kind,
    // The embedded database belongs to this one process: nobody to wait for.
    migrating: (work) => work(base.adapterFactory),
    pool: null,
    async ping() {
      await client.query('SELECT 1');
    },
    async close() {
      await base.prisma.$disconnect();
      await client.close();
    },
  };
}

async function openPostgres({ url, poolSize, connectTimeoutMs }: PostgresTarget): Promise<Database> {
  // The timeout bounds both opening a connection and waiting for a free one; keep-alive notices a
  // server that vanished without closing its connections.
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    keepAlive: true,
  });
  // An idle client that loses its server emits 'error'; without a listener that would crash the process.
  pool.on('error', () => {});
  const base = prismaOver(new PgAdapterFactory(pool));
  return {
    ...base,
    description: `PostgreSQL at ${redactUrl(url)}`,
    kind: 'postgres',
    migrating: (work, notice) => withMigrationLock(url, work, notice),
    pool,
    async ping() {
      await withinTimeout(pool.query('SELECT 1'), connectTimeoutMs);
    },
    async close() {
      await base.prisma.$disconnect();
      await pool.end();
    },
  };
}

/** A connection that is open but gets no answer would otherwise keep the query waiting for minutes. */
async function withinTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function prismaOver(adapterFactory: SqlMigrationAwareDriverAdapterFactory) {
  const statements = new StatementCounter();
  const prisma = new PrismaClient({ adapter: countingStatements(adapterFactory, statements) });
  return { prisma, adapterFactory, statements };
}
