import pg from 'pg';
import { ulid } from 'ulid';
import { describe } from 'vitest';
import { type Gateway, startGateway } from '../../src/app.js';
import { databaseTarget, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

/**
 * A running Medusa 2.21 server to compare the gateway with (`../shared/oracles/medusa-up.sh`
 * starts one; `.ci/run` exports these variables). MEDUSA_JWT_SECRET is the `jwtSecret` of that
 * server, so that its admin token works on the gateway too.
 */
export const MEDUSA_VARIABLES = ['MEDUSA_URL', 'MEDUSA_ADMIN_JWT', 'MEDUSA_DATABASE_URL', 'MEDUSA_JWT_SECRET'] as const;

export interface MedusaOracle {
  url: string;
  adminJwt: string;
  databaseUrl: string;
  jwtSecret: string;
}

function oracleFromEnv(): MedusaOracle | null {
  const [url, adminJwt, databaseUrl, jwtSecret] = MEDUSA_VARIABLES.map((name) => process.env[name]?.trim() ?? '');
  if (!url || !adminJwt || !databaseUrl || !jwtSecret) return null;
  return { url: url.replace(/\/$/, ''), adminJwt, databaseUrl, jwtSecret };
}

/** Runs the suite against the real Medusa when its variables are set; otherwise skips it, naming what is missing. */
export function describeWithMedusa(name: string, suite: (oracle: MedusaOracle) => void): void {
  const oracle = oracleFromEnv();
  if (oracle) {
    describe(name, () => suite(oracle));
    return;
  }
  const missing = MEDUSA_VARIABLES.filter((variable) => !process.env[variable]?.trim());
  describe.skip(`${name} — skipped: needs a running Medusa 2.21; set ${missing.join(', ')}`, () => {
    suite({ url: '', adminJwt: '', databaseUrl: '', jwtSecret: '' });
  });
}

/** The gateway attached to Medusa's own database, sharing its JWT secret. */
export async function startAttachedGateway(oracle: MedusaOracle): Promise<Gateway> {
  const config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    seedOnStart: false,
    jwtSecret: oracle.jwtSecret,
    database: databaseTarget({ DATABASE_URL: oracle.databaseUrl, DATABASE_POOL_SIZE: '5' }),
  };
  const gateway = await startGateway(config, createLogger('silent'));
  if (gateway.preparation.mode !== 'attached') {
    await gateway.stop();
    throw new Error(`MEDUSA_DATABASE_URL is not a Medusa database: the gateway would own it`);
  }
  return gateway;
}

export interface Answer {
  status: number;
  body: unknown;
}

export type AdminCall = (method: string, path: string, body?: unknown) => Promise<Answer>;

/** Calls an Admin API (Medusa's or the gateway's) with Medusa's admin token. */
export function adminClient(baseUrl: string, token: string): AdminCall {
  return async (method, path, body) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

/** A tag unique to this run, so that handles and skus never clash with earlier runs on the same database. */
export function runTag(side: string): string {
  return `${side}${ulid().slice(-8).toLowerCase()}`;
}

/** A pg client on Medusa's database, for reading the rows both servers wrote. */
export async function medusaDatabase(oracle: MedusaOracle): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: oracle.databaseUrl });
  await client.connect();
  return client;
}
