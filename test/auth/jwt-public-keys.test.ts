import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET } from '../support/graphql.js';

const ADMIN = { actor_id: 'user_1', actor_type: 'user' };
const now = () => Math.floor(Date.now() / 1000);
const QUERY = '{ productVariants { count } }';

/** A Medusa-shaped admin token; exp defaults to an hour from now, null leaves it out. */
function sign(
  key: CryptoKey | KeyObject | Uint8Array,
  alg: string,
  options: { kid?: string; exp?: number | null } = {},
) {
  const jwt = new SignJWT(ADMIN).setProtectedHeader({ alg, kid: options.kid }).setIssuedAt();
  if (options.exp !== null) jwt.setExpirationTime(options.exp ?? now() + 3600);
  return jwt.sign(key);
}

const status = async (server: GraphQLTestServer, token: string) =>
  (await server.gql(QUERY, {}, `Bearer ${token}`)).status;

describe('JWT_PUBLIC_KEY: tokens signed with a private key', () => {
  let server: GraphQLTestServer;
  // A Node key pair, not a WebCrypto one, so that the private key signs with every RSA algorithm.
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  beforeAll(async () => {
    // The shared secret stays on too: Medusa's own tokens keep working next to the public key's.
    server = await startGraphQLServer({ seedOnStart: false, jwtPublicKey: pem });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('accepts RS256 and the other algorithms of an RSA key, and HS256 tokens of the shared secret', async () => {
    expect(await status(server, await sign(rsa.privateKey, 'RS256'))).toBe(200);
    expect(await status(server, await sign(rsa.privateKey, 'PS384'))).toBe(200);
    expect(await status(server, await sign(new TextEncoder().encode(TEST_JWT_SECRET), 'HS256'))).toBe(200);
  });

  it('refuses a token signed by another key', async () => {
    const other = await generateKeyPair('RS256');
    expect(await status(server, await sign(other.privateKey, 'RS256'))).toBe(401);
  });

  it('refuses an algorithm the key cannot verify, and HS256 keyed with the public key (algorithm confusion)', async () => {
    const ec = await generateKeyPair('ES256');
    expect(await status(server, await sign(ec.privateKey, 'ES256'))).toBe(401);
    expect(await status(server, await sign(new TextEncoder().encode(pem), 'HS256'))).toBe(401);
  });

  it('refuses a token without exp, and an expired one', async () => {
    expect(await status(server, await sign(rsa.privateKey, 'RS256', { exp: null }))).toBe(401);
    expect(await status(server, await sign(rsa.privateKey, 'RS256', { exp: now() - 120 }))).toBe(401);
  });
});

describe('JWT_JWKS_URL: keys fetched from a JSON Web Key Set', () => {
  let server: GraphQLTestServer;
  let jwks: Server;
  let jwksRequests = 0;
  let ec: CryptoKeyPair;
  let rsa: CryptoKeyPair;
  beforeAll(async () => {
    [ec, rsa] = await Promise.all([generateKeyPair('ES256'), generateKeyPair('RS256')]);
    const keys = [
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    ];
    jwks = createServer((_req, res) => {
      jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    server = await startGraphQLServer({
      seedOnStart: false,
      jwtSecret: null,
      jwtJwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
      jwtAlgorithms: ['ES256'],
      jwtClockToleranceSeconds: 5,
    });
  });
  afterAll(async () => {
    await server?.dispose();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  it('accepts a token signed by a key of the set, fetching the set from its address', async () => {
    expect(await status(server, await sign(ec.privateKey, 'ES256', { kid: 'ec-1' }))).toBe(200);
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it('refuses a key outside the set', async () => {
    const stranger = await generateKeyPair('ES256');
    expect(await status(server, await sign(stranger.privateKey, 'ES256', { kid: 'ec-1' }))).toBe(401);
    expect(await status(server, await sign(stranger.privateKey, 'ES256', { kid: 'unknown' }))).toBe(401);
  });

  it('refuses an algorithm outside JWT_ALGORITHMS, even from a key of the set', async () => {
    expect(await status(server, await sign(rsa.privateKey, 'RS256', { kid: 'rsa-1' }))).toBe(401);
  });

  it('refuses HS256 when no JWT_SECRET is set', async () => {
    expect(await status(server, await sign(new TextEncoder().encode(TEST_JWT_SECRET), 'HS256'))).toBe(401);
  });

  it('applies JWT_CLOCK_TOLERANCE_SECONDS to exp', async () => {
    expect(await status(server, await sign(ec.privateKey, 'ES256', { kid: 'ec-1', exp: now() - 2 }))).toBe(200);
    expect(await status(server, await sign(ec.privateKey, 'ES256', { kid: 'ec-1', exp: now() - 20 }))).toBe(401);
  });
});

describe('JWT_JWKS_URL that cannot be fetched', () => {
  it('refuses the token with 401 and tells the operator why in the log', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const server = await startGraphQLServer(
      { seedOnStart: false, jwtSecret: null, jwtJwksUrl: `http://127.0.0.1:${port}/jwks.json` },
      logger,
    );
    try {
      const ec = await generateKeyPair('ES256');
      const response = await server.gql(QUERY, {}, `Bearer ${await sign(ec.privateKey, 'ES256')}`);
      expect(response.status).toBe(401);
      expect(response.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
      expect(lines.map((line) => JSON.parse(line).msg)).toContain(
        'JWT_JWKS_URL could not be fetched: refusing the token',
      );
    } finally {
      await server.dispose();
    }
  });
});
