import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter, Transaction } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { runningScriptsWith } from './adapters.js';

/*
 * Everything of the embedded database, in one module that only the embedded database imports:
 * PGlite's code stays out of a gateway that serves PostgreSQL.
 */

/** PGlite persisted in `dataDir`, or in memory without one. */
export async function createPGlite(dataDir?: string): Promise<PGlite> {
  if (dataDir === undefined) return PGlite.create();
  await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir);
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
