import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDriverAdapter } from '@prisma/driver-adapter-utils';
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
    return runningScriptsWith(await super.connect(), (script) => this.pglite.exec(script));
  }

  override async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await PGlite.create();
    const adapter = runningScriptsWith(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
    return Object.assign(adapter, { dispose: () => shadow.close() });
  }
}
