import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, loadConfig, redactUrl } from '../src/config.js';

describe('database selection from DATABASE_URL', () => {
  it('uses embedded PGlite in .data/pglite when unset', () => {
    expect(databaseTarget({})).toEqual({ kind: 'pglite', dataDir: resolve('.data/pglite') });
    expect(databaseTarget({ DATABASE_URL: '  ' })).toEqual({ kind: 'pglite', dataDir: resolve('.data/pglite') });
  });

  it('takes the PGlite folder from PGLITE_DATA_DIR', () => {
    expect(databaseTarget({ PGLITE_DATA_DIR: 'var/db' })).toEqual({ kind: 'pglite', dataDir: resolve('var/db') });
  });

  it('uses an in-memory PGlite for memory://', () => {
    expect(databaseTarget({ DATABASE_URL: 'memory://' })).toEqual({ kind: 'pglite-memory' });
  });

  it.each(['postgres://u:p@db:5432/shop', 'postgresql://localhost/shop?sslmode=require'])(
    'uses PostgreSQL with a pool for %s',
    (url) => {
      expect(databaseTarget({ DATABASE_URL: url })).toEqual({
        kind: 'postgres',
        url,
        poolSize: 10,
        connectTimeoutMs: 5000,
      });
    },
  );

  it('takes the pool size from DATABASE_POOL_SIZE', () => {
    expect(databaseTarget({ DATABASE_URL: 'postgres://db/shop', DATABASE_POOL_SIZE: '25' })).toMatchObject({
      poolSize: 25,
    });
  });

  it('takes the connect timeout from DATABASE_CONNECT_TIMEOUT_MS', () => {
    expect(databaseTarget({ DATABASE_URL: 'postgres://db/shop', DATABASE_CONNECT_TIMEOUT_MS: '1500' })).toMatchObject({
      connectTimeoutMs: 1500,
    });
    expect(() => databaseTarget({ DATABASE_URL: 'postgres://db/shop', DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow(
      'DATABASE_CONNECT_TIMEOUT_MS must be an integer from 100 to 600000 (got "0")',
    );
  });

  it('refuses other URLs, without echoing the password', () => {
    expect(() => databaseTarget({ DATABASE_URL: 'mysql://root:hunter2@db/shop' })).toThrow(ConfigError);
    expect(() => databaseTarget({ DATABASE_URL: 'mysql://root:hunter2@db/shop' })).toThrow(
      /must start with postgres:\/\/.*"mysql:\/\/root:\*\*\*@db\/shop"/,
    );
  });
});

describe('loadConfig', () => {
  it('has defaults that start a developer gateway', () => {
    expect(loadConfig({})).toMatchObject({ port: 4000, seedOnStart: true, logLevel: 'info', production: false });
  });

  it('reads PORT, SEED_ON_START, LOG_LEVEL and NODE_ENV', () => {
    expect(
      loadConfig({ PORT: '8080', SEED_ON_START: 'false', LOG_LEVEL: 'debug', NODE_ENV: 'production', JWT_SECRET: 'x' }),
    ).toMatchObject({ port: 8080, seedOnStart: false, logLevel: 'debug', production: true });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer from 0 to 65535/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ SEED_ON_START: 'maybe' }, /SEED_ON_START must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ DATABASE_POOL_SIZE: '0', DATABASE_URL: 'postgres://db/x' }, /DATABASE_POOL_SIZE must be an integer from 1/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('JWT_SECRET', () => {
  it('is optional in development, where a random secret is made at start', () => {
    expect(loadConfig({}).jwtSecret).toBeNull();
    expect(loadConfig({ JWT_SECRET: 's3cret' }).jwtSecret).toBe('s3cret');
  });

  it('is required in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's3cret' }).jwtSecret).toBe('s3cret');
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://shop:s3cret@db.internal:5432/shop')).toBe('postgres://shop:***@db.internal:5432/shop');
    expect(redactUrl('postgres://db.internal/shop')).toBe('postgres://db.internal/shop');
  });
});
