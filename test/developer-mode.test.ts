import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accepts, externalIPv4, listeningAddresses } from './support/listening.js';
import { childEnv, runGateway, type Started, startGatewayProcess } from './support/processes.js';

/** A gateway process in developer mode: no JWT_* variable and no HOST, whatever the test runner has. */
function developerEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = childEnv({ DATABASE_URL: 'memory://', PORT: '0', SEED_ON_START: 'false', ...overrides });
  for (const name of ['HOST', 'JWT_SECRET', 'JWT_PUBLIC_KEY', 'JWT_JWKS_URL', 'NODE_ENV']) {
    if (!(name in overrides)) delete env[name];
  }
  return env;
}

const portOf = (gateway: Started) => Number(new URL(gateway.url).port);
const graphiqlPage = async (url: string) =>
  (await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } })).text();
const devTokenIn = (output: string) => /Dev token: {3}Bearer (\S+)/.exec(output)?.[1];

describe('developer mode, as a started process', () => {
  it('listens on loopback only when HOST is not set, and GraphiQL carries the token', {
    timeout: 180_000,
  }, async () => {
    const gateway = await startGatewayProcess(developerEnv());
    try {
      const port = portOf(gateway);
      const addresses = listeningAddresses(port);
      if (addresses) expect(addresses).toEqual(['127.0.0.1']);
      expect(await accepts('127.0.0.1', port)).toBe(true);
      const external = externalIPv4();
      if (external) expect(await accepts(external, port), `not reachable at ${external}`).toBe(false);
      const token = devTokenIn(gateway.output());
      expect(token).toBeTruthy();
      expect(await graphiqlPage(gateway.url)).toContain(`Bearer ${token}`);
      expect(gateway.output()).toContain('It listens on loopback only; HOST chooses another interface');
    } finally {
      await gateway.stop();
    }
  });

  it('with HOST set, listens there and never puts the token in the page, saying so at start', {
    timeout: 180_000,
  }, async () => {
    const gateway = await startGatewayProcess(developerEnv({ HOST: '0.0.0.0' }));
    try {
      const port = portOf(gateway);
      const addresses = listeningAddresses(port);
      if (addresses) expect(addresses).toEqual(['0.0.0.0']);
      const external = externalIPv4();
      if (external) expect(await accepts(external, port)).toBe(true);
      const token = devTokenIn(gateway.output());
      expect(token).toBeTruthy();
      const page = await graphiqlPage(gateway.url);
      expect(page).toContain('renderYogaGraphiQL');
      expect(page).not.toContain(token);
      expect(page).not.toContain('Bearer');
      expect(gateway.output()).toContain('HOST is set, so the dev token is not put in the page');
    } finally {
      await gateway.stop();
    }
  });

  it('outside developer mode, listens on every interface by default', { timeout: 180_000 }, async () => {
    const gateway = await startGatewayProcess(developerEnv({ JWT_SECRET: 'a-shared-secret' }));
    try {
      const addresses = listeningAddresses(portOf(gateway));
      if (addresses) expect(addresses.some((address) => address === '0.0.0.0' || address === '::')).toBe(true);
      expect(devTokenIn(gateway.output())).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });
});

describe("developer mode over a Medusa store's database", () => {
  let dir: string;
  let medusaDir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gateway-devmode-'));
    medusaDir = join(dir, 'medusa');
    const { PGlite } = await import('@electric-sql/pglite');
    const medusa = await PGlite.create(medusaDir);
    for (const name of [
      '20250101000000_medusa_2_21_init',
      '20250201000000_api_key',
      '20250401000000_product_taxonomy',
    ]) {
      await medusa.exec(await readFile(new URL(`../prisma/migrations/${name}/migration.sql`, import.meta.url), 'utf8'));
    }
    await medusa.exec('CREATE TABLE mikro_orm_migrations (id serial PRIMARY KEY, name text)');
    await medusa.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses to start, naming the variables to set', { timeout: 180_000 }, async () => {
    const env = developerEnv({ PGLITE_DATA_DIR: medusaDir });
    delete env.DATABASE_URL;
    const result = await runGateway(env);
    expect(result.code).toBe(1);
    expect(result.output).toContain("This is a Medusa store's database (it has mikro_orm_migrations)");
    expect(result.output).toMatch(
      /Set JWT_SECRET to your Medusa server's jwtSecret \(or JWT_PUBLIC_KEY or JWT_JWKS_URL\)/,
    );
    expect(result.output).not.toContain('Dev token');
    expect(result.output).not.toContain('gateway listening');
  });

  it('starts over it once a JWT secret is set', { timeout: 180_000 }, async () => {
    const env = developerEnv({ PGLITE_DATA_DIR: medusaDir, JWT_SECRET: 'the-medusa-jwt-secret' });
    delete env.DATABASE_URL;
    const gateway = await startGatewayProcess(env);
    const { output } = await gateway.stop();
    expect(gateway.startLine).toMatchObject({ mode: 'attached' });
    expect(output).not.toContain('Dev token');
  });
});
