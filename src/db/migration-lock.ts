import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PgAdapterFactory } from './adapters.js';

/** Tells the person waiting what the start-up waits for. */
export type Notice = (message: string) => void;

/** The gateway's own advisory lock: one process at a time migrates (or creates its tables in) a database. */
const GATEWAY_MIGRATION_LOCK = 7_106_361_420_250_301;
/** The lock Prisma's schema engine takes; it gives up after 10 s (P1002), so it is waited for here first. */
const PRISMA_MIGRATION_LOCK = 72_707_369;
const POLL_MS = 250;

/**
 * Runs a migration job on PostgreSQL once no other process runs one, however long that takes:
 * replicas started at once, or during a rolling deploy, wait here instead of failing. The job
 * gets an adapter of its own over one connection, ended afterwards, so that Prisma's session lock
 * is taken and released on one session and never stays held by a pooled connection.
 */
export async function withMigrationLock<T>(
  url: string,
  work: (adapterFactory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
  notice: Notice = () => {},
): Promise<T> {
  const lock = new pg.Client({ connectionString: url });
  lock.on('error', () => {});
  await lock.connect();
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  pool.on('error', () => {});
  let finished = false;
  try {
    await waitFor(
      () => takeGatewayLock(lock),
      () => notice('another process is migrating this database: waiting for it to finish'),
    );
    await waitFor(
      async () => !(await prismaLockHeld(lock)),
      () => notice("another tool holds Prisma's migration lock on this database: waiting for it to finish"),
    );
    const result = await work(new PgAdapterFactory(pool));
    finished = true;
    return result;
  } finally {
    // A failed job may leave a statement running on its connection, which ending the pool would wait for.
    const ended = pool.end().catch(() => {});
    if (finished) await ended;
    // Ending the session releases the gateway's lock, even when the job failed.
    await lock.end().catch(() => {});
  }
}

async function takeGatewayLock(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
    GATEWAY_MIGRATION_LOCK,
  ]);
  return rows[0].locked;
}

/** Whether any session holds Prisma's lock on this database (`prisma migrate deploy`, say). */
async function prismaLockHeld(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ held: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database
       WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1
         AND d.datname = current_database()
     ) AS held`,
    [PRISMA_MIGRATION_LOCK],
  );
  return rows[0].held;
}

async function waitFor(done: () => Promise<boolean>, onFirstWait: () => void): Promise<void> {
  if (await done()) return;
  onFirstWait();
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
}
