import { generateKeyPairSync, type KeyObject } from 'node:crypto';
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

describe('JWT verification', () => {
  const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString().trim();
  const rsaPem = pem(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey);
  const ecPem = pem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey);

  it('is optional in development, where a random secret is made at start', () => {
    expect(loadConfig({})).toMatchObject({
      jwtSecret: null,
      jwtPublicKey: null,
      jwtJwksUrl: null,
      jwtAlgorithms: null,
    });
    expect(loadConfig({ JWT_SECRET: 's3cret' }).jwtSecret).toBe('s3cret');
  });

  it('needs a secret, a public key or a JWKS in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL is required when NODE_ENV=production/,
    );
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's3cret' }).jwtSecret).toBe('s3cret');
    expect(loadConfig({ NODE_ENV: 'production', JWT_PUBLIC_KEY: rsaPem }).jwtPublicKey).toBe(rsaPem);
    expect(loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://id.example.com/jwks.json' })).toMatchObject({
      jwtSecret: null,
      jwtJwksUrl: 'https://id.example.com/jwks.json',
    });
  });

  it('reads a public key whose line breaks are written as \\n, as env files hold them', () => {
    const oneLine = ecPem.replaceAll('\n', '\\n');
    expect(loadConfig({ JWT_PUBLIC_KEY: oneLine, JWT_ALGORITHMS: 'ES256' })).toMatchObject({
      jwtAlgorithms: ['ES256'],
    });
  });

  it('takes JWT_ALGORITHMS comma-separated, and JWT_CLOCK_TOLERANCE_SECONDS (30 by default)', () => {
    expect(loadConfig({}).jwtClockToleranceSeconds).toBe(30);
    expect(
      loadConfig({ JWT_PUBLIC_KEY: rsaPem, JWT_ALGORITHMS: 'RS256, PS256', JWT_CLOCK_TOLERANCE_SECONDS: '0' }),
    ).toMatchObject({ jwtAlgorithms: ['RS256', 'PS256'], jwtClockToleranceSeconds: 0 });
  });

  it.each([
    [{ JWT_PUBLIC_KEY: 'not a key' }, /JWT_PUBLIC_KEY must be a PEM public key or certificate/],
    [{ JWT_PUBLIC_KEY: pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey) }, /2048 bits or more/],
    [
      {
        JWT_PUBLIC_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      },
      /this is a private key; give its public key/,
    ],
    [
      { JWT_PUBLIC_KEY: rsaPem, JWT_JWKS_URL: 'https://id.example.com/jwks' },
      /Set JWT_PUBLIC_KEY or JWT_JWKS_URL, not both/,
    ],
    [{ JWT_JWKS_URL: 'id.example.com/jwks' }, /JWT_JWKS_URL must be an http:\/\/ or https:\/\/ URL/],
    [{ JWT_SECRET: 's', JWT_ALGORITHMS: 'RS256' }, /JWT_ALGORITHMS applies to JWT_PUBLIC_KEY or JWT_JWKS_URL/],
    [
      { JWT_JWKS_URL: 'https://id.example.com/jwks', JWT_ALGORITHMS: 'HS256' },
      /JWT_ALGORITHMS takes RS256, .* \(got HS256\)/,
    ],
    [{ JWT_PUBLIC_KEY: rsaPem, JWT_ALGORITHMS: 'ES256' }, /this JWT_PUBLIC_KEY verifies RS256, .* only \(got ES256\)/],
    [{ JWT_CLOCK_TOLERANCE_SECONDS: '-1' }, /JWT_CLOCK_TOLERANCE_SECONDS must be an integer from 0 to 3600/],
  ])('refuses %j with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('CORS_ORIGINS', () => {
  it('is empty (closed) by default, and lists exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://admin.example.com, http://localhost:9000' }).corsOrigins).toEqual([
      'https://admin.example.com',
      'http://localhost:9000',
    ]);
  });

  it.each(['*', 'https://admin.example.com/', 'admin.example.com', 'https://admin.example.com/app'])(
    'refuses %s: an origin is a scheme, a host and a port',
    (origin) => {
      expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(
        /CORS_ORIGINS takes origins such as https:\/\/admin.example.com/,
      );
    },
  );
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgres://shop:s3cret@db.internal:5432/shop')).toBe('postgres://shop:***@db.internal:5432/shop');
    expect(redactUrl('postgres://db.internal/shop')).toBe('postgres://db.internal/shop');
  });
});
