import { resolve } from 'node:path';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS } from './auth/jwt.js';
import { ASYMMETRIC_ALGORITHMS, algorithmsFor, readPublicKey } from './auth/jwt-keys.js';
import { isDeveloperMode } from './auth/verification.js';
import { type DatabaseTarget, redactUrl } from './db/target.js';
import { readPersistedOperations } from './graphql/limits/persisted-operations.js';
import { DEFAULT_LIMITS, type GraphQLLimits } from './graphql/limits/settings.js';
import type { LogLevel } from './logger.js';
import { OperatorError } from './operator-error.js';

export type { DatabaseTarget, PostgresTarget } from './db/target.js';
export { redactUrl } from './db/target.js';

export interface Config {
  port: number;
  /** Loopback in developer mode unless HOST says otherwise: the dev token must not reach the network. */
  host: string;
  /** HOST was set: the operator chose the interface, so the dev token is kept out of GraphiQL's page. */
  hostExplicit: boolean;
  database: DatabaseTarget;
  /** Seed the demo catalog when the gateway's own database is empty. */
  seedOnStart: boolean;
  logLevel: LogLevel;
  production: boolean;
  /** How long a graceful shutdown waits for in-flight requests. */
  shutdownTimeoutMs: number;
  /** The HS256 secret of admin JWTs; with no public key or JWKS either, developer mode (a random secret per start). */
  jwtSecret: string | null;
  /** Limits on GraphQL operations and request bodies, for /graphql and the REST shim alike. */
  limits: GraphQLLimits;
  /** A PEM public key that verifies admin JWTs. */
  jwtPublicKey: string | null;
  /** The address of a JWKS whose keys verify admin JWTs. */
  jwtJwksUrl: string | null;
  /** Asymmetric algorithms accepted with the public key or JWKS; null: what the key allows. */
  jwtAlgorithms: string[] | null;
  jwtClockToleranceSeconds: number;
  /** Browser origins allowed to call /graphql and /admin (CORS); empty means no CORS headers at all. */
  corsOrigins: string[];
  /** Read operations answered by one planned SQL statement; off, the resolvers answer them all. */
  readPlanner: boolean;
  /** The bearer token GET /metrics requires; null: no /metrics at all. */
  metricsToken: string | null;
}

export class ConfigError extends OperatorError {
  override name = 'ConfigError';
}

/** The in-memory database, for tests and throw-away runs. */
export const MEMORY_DATABASE_URL = 'memory://';

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const verification = jwtVerification(env, production);
  const host = env.HOST?.trim();
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: host || (isDeveloperMode(verification) ? '127.0.0.1' : '0.0.0.0'),
    hostExplicit: Boolean(host),
    database: databaseTarget(env),
    seedOnStart: boolean(env, 'SEED_ON_START', true),
    logLevel: logLevel(env),
    production,
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    ...verification,
    jwtClockToleranceSeconds: integer(env, 'JWT_CLOCK_TOLERANCE_SECONDS', DEFAULT_CLOCK_TOLERANCE_SECONDS, 0, 3600),
    corsOrigins: corsOrigins(env),
    readPlanner: boolean(env, 'READ_PLANNER', true),
    metricsToken: metricsToken(env),
    limits: limits(env, production),
  };
}

function limits(env: Env, production: boolean): GraphQLLimits {
  const introspection = boolean(env, 'GRAPHQL_INTROSPECTION', !production);
  const persistedOperationsFile = env.PERSISTED_OPERATIONS_FILE?.trim();
  return {
    maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 1000),
    maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 100_000),
    maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 1, 1_000_000),
    maxCost: integer(env, 'GRAPHQL_MAX_COST', DEFAULT_LIMITS.maxCost, 1, Number.MAX_SAFE_INTEGER),
    maxBatch: integer(env, 'GRAPHQL_MAX_BATCH', DEFAULT_LIMITS.maxBatch, 0, 1000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, 65_536, 1_000_000_000),
    introspection,
    // Suggestions tell no more than introspection does, so they follow it unless set.
    fieldSuggestions: boolean(env, 'GRAPHQL_FIELD_SUGGESTIONS', introspection),
    persistedOperations: persistedOperationsFile ? readPersistedOperations(resolve(persistedOperationsFile)) : null,
  };
}

export function databaseTarget(env: Env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { kind: 'pglite', dataDir: resolve(env.PGLITE_DATA_DIR || '.data/pglite') };
  if (url === MEMORY_DATABASE_URL) return { kind: 'pglite-memory' };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return {
      kind: 'postgres',
      url,
      poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
      connectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 5_000, 100, 600_000),
    };
  }
  throw new ConfigError(
    `DATABASE_URL must start with postgres:// or postgresql://, or be ${MEMORY_DATABASE_URL} for an in-memory database (got "${redactUrl(url)}")`,
  );
}

function jwtVerification(env: Env, production: boolean) {
  const jwtSecret = env.JWT_SECRET || null;
  const jwtPublicKey = env.JWT_PUBLIC_KEY?.trim() || null;
  const jwtJwksUrl = env.JWT_JWKS_URL?.trim() || null;
  if (!jwtSecret && !jwtPublicKey && !jwtJwksUrl && production) {
    throw new ConfigError(
      'JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL is required when NODE_ENV=production: set JWT_SECRET to the jwtSecret of your Medusa server so its admin tokens work here',
    );
  }
  if (jwtPublicKey && jwtJwksUrl) throw new ConfigError('Set JWT_PUBLIC_KEY or JWT_JWKS_URL, not both');
  if (jwtJwksUrl && !/^https?:$/.test(parsedUrl(jwtJwksUrl)?.protocol ?? '')) {
    throw new ConfigError(`JWT_JWKS_URL must be an http:// or https:// URL (got "${jwtJwksUrl}")`);
  }
  const jwtAlgorithms = list(env, 'JWT_ALGORITHMS');
  if (jwtAlgorithms && !jwtPublicKey && !jwtJwksUrl) {
    throw new ConfigError(
      'JWT_ALGORITHMS applies to JWT_PUBLIC_KEY or JWT_JWKS_URL; set one of them (HS256 with JWT_SECRET needs no setting)',
    );
  }
  const unknown = jwtAlgorithms?.filter((alg) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg)) ?? [];
  if (unknown.length > 0) {
    throw new ConfigError(`JWT_ALGORITHMS takes ${ASYMMETRIC_ALGORITHMS.join(', ')} (got ${unknown.join(', ')})`);
  }
  if (jwtPublicKey) checkPublicKey(jwtPublicKey, jwtAlgorithms);
  return { jwtSecret, jwtPublicKey, jwtJwksUrl, jwtAlgorithms };
}

function checkPublicKey(pem: string, algorithms: string[] | null): void {
  let allowed: string[];
  try {
    allowed = algorithmsFor(readPublicKey(pem));
  } catch (error) {
    throw new ConfigError(`JWT_PUBLIC_KEY must be a PEM public key or certificate: ${(error as Error).message}`);
  }
  const unfit = algorithms?.filter((alg) => !allowed.includes(alg)) ?? [];
  if (unfit.length > 0) {
    throw new ConfigError(
      `JWT_ALGORITHMS: this JWT_PUBLIC_KEY verifies ${allowed.join(', ')} only (got ${unfit.join(', ')})`,
    );
  }
}

function corsOrigins(env: Env): string[] {
  const origins = list(env, 'CORS_ORIGINS') ?? [];
  for (const origin of origins) {
    if (parsedUrl(origin)?.origin !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS takes origins such as https://admin.example.com, comma-separated: scheme, host and port, no path or trailing slash (got "${origin}")`,
      );
    }
  }
  return origins;
}

const MIN_METRICS_TOKEN_LENGTH = 16;

function metricsToken(env: Env): string | null {
  const token = env.METRICS_TOKEN?.trim();
  if (!token) return null;
  if (token.length < MIN_METRICS_TOKEN_LENGTH || /\s/.test(token)) {
    throw new ConfigError(
      `METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters without spaces (for example: openssl rand -hex 32)`,
    );
  }
  return token;
}

/** A comma-separated variable as its non-empty items; null when unset or empty. */
function list(env: Env, name: string): string[] | null {
  const items = (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : null;
}

function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
}
