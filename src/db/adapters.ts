import { PrismaPg } from '@prisma/adapter-pg';
import { DriverAdapterError, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { preparedStatementNames } from './statement-names.js';

/*
 * Prisma's driver adapters as the gateway uses them (PGlite's in pglite.ts), with one fix each to how they run a SQL
 * script (a migration): it must run whole, and its failure must be reported.
 * - pglite-prisma-adapter 0.7 starts the script without awaiting it, so a failing migration
 *   would be recorded as applied and its error lost.
 * - @prisma/adapter-pg splits the script on every ";", including those inside comments and
 *   string literals. PostgreSQL's simple query protocol runs a multi-statement script as is.
 */

export class PgAdapterFactory extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool, { statementNameGenerator: preparedStatementNames() });
  }

  override async connect() {
    return runningScriptsWith(await super.connect(), (script) => this.pool.query(script));
  }
}

export function runningScriptsWith<A extends SqlDriverAdapter>(
  adapter: A,
  run: (script: string) => Promise<unknown>,
): A {
  return Object.assign(adapter, {
    async executeScript(script: string): Promise<void> {
      try {
        await run(script);
      } catch (error) {
        throw asDriverError(error);
      }
    },
  });
}

interface PostgresErrorFields {
  code?: string;
  severity?: string;
  message: string;
  detail?: string;
  column?: string;
  hint?: string;
}

/** A PostgreSQL error in the shape Prisma reports (the adapters' own mapping is not exported). */
function asDriverError(error: unknown): unknown {
  if (!(error instanceof Error) || typeof (error as PostgresErrorFields).code !== 'string') return error;
  const { code = '', severity = 'ERROR', message, detail, column, hint } = error as PostgresErrorFields;
  return new DriverAdapterError({ kind: 'postgres', code, severity, message, detail, column, hint });
}
