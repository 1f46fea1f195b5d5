import { existsSync, readFileSync } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { runningScriptsWith } from './adapters.js';

/*
 * Everything of the embedded database, in one module that only the embedded database imports:
 * PGlite's code stays out of a gateway that serves PostgreSQL.
 */

/**
 * A new cluster as PGlite's initdb makes it, written by the build beside the compiled code and
 * named by PGlite's version. Without it PGlite runs initdb on a first start, in a second
 * PostgreSQL instance whose heap it copies and whose cluster it dumps and unpacks: about 500 MiB
 * more at the peak and three times as long.
 */
export const CLUSTER_SNAPSHOT = new URL(`../pglite-cluster-${pgliteVersion()}.tar.gz`, import.meta.url);

/**
 * PGlite's own start parameters, with a smaller buffer pool: PGlite's PostgreSQL lives in the
 * gateway's memory, and its data files are read through the system's file cache anyway.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** PGlite persisted in `dataDir`, or in memory without one. */
export async function createPGlite(dataDir?: string): Promise<PGlite> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const loadDataDir = (await isNewCluster(dataDir)) ? await readSnapshot() : undefined;
  return PGlite.create({ dataDir, startParams: START_PARAMS, ...(loadDataDir ? { loadDataDir } : {}) });
}

/** Writes the cluster snapshot (the build runs this once PGlite is installed). */
export async function writeClusterSnapshot(): Promise<void> {
  const pglite = await PGlite.create();
  try {
    const dump = await pglite.dumpDataDir('gzip');
    await writeFile(CLUSTER_SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

async function isNewCluster(dataDir: string | undefined): Promise<boolean> {
  if (dataDir === undefined) return true;
  return !(await access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  ));
}

async function readSnapshot(): Promise<Blob | undefined> {
  try {
    return new Blob([await readFile(CLUSTER_SNAPSHOT)]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The installed PGlite's version, from its package.json (which its exports do not list). */
function pgliteVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  let folder = dirname(entry);
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
  return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
}

export class PGliteAdapterFactory extends PrismaPGlite {
  constructor(private readonly pglite: PGlite) {
    super(pglite);
  }

  override async connect(): Promise<SqlDriverAdapter> {
    const adapter = runningScriptsWith(await super.connect(), (script) => this.pglite.exec(script));
    const start = adapter.startTransaction.bind(adapter);
    return Object.assign(adapter, {
      startTransaction: async (...args: Parameters<typeof start>) => withSavepoints(await start(...args)),
    });
  }

  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await PGlite.create();
    const adapter = runningScriptsWith(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
    return Object.assign(adapter, { dispose: () => shadow.close() });
  }
}

/**
 * pglite-prisma-adapter 0.7 has no savepoints, so Prisma refuses a transaction inside a
 * transaction; an idempotent operation runs its mutations that way (as @prisma/adapter-pg does).
 */
function withSavepoints(transaction: Transaction): Transaction {
  const run = (sql: string) => transaction.executeRaw({ sql, args: [], argTypes: [] }).then(() => undefined);
  return Object.assign(transaction, {
    createSavepoint: (name: string) => run(`SAVEPOINT ${name}`),
    rollbackToSavepoint: (name: string) => run(`ROLLBACK TO SAVEPOINT ${name}`),
    releaseSavepoint: (name: string) => run(`RELEASE SAVEPOINT ${name}`),
  });
}
