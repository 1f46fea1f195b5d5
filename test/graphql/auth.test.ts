import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNAUTHENTICATED_MESSAGE } from '../../src/graphql/authentication.js';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET } from '../support/graphql.js';

const key = new TextEncoder().encode(TEST_JWT_SECRET);
const ADMIN = { actor_id: 'user_1', actor_type: 'user', auth_identity_id: 'authid_1' };
const now = () => Math.floor(Date.now() / 1000);

interface Timing {
  exp?: number | null;
  iat?: number;
  nbf?: number;
}

/** A token signed with the shared secret; exp defaults to an hour from now, null leaves it out. */
const sign = (
  claims: Record<string, unknown>,
  timing: Timing = {},
  options: { secret?: Uint8Array; alg?: string } = {},
) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: options.alg ?? 'HS256' }).setIssuedAt(timing.iat ?? now());
  if (timing.exp !== null) jwt.setExpirationTime(timing.exp ?? now() + 3600);
  if (timing.nbf !== undefined) jwt.setNotBefore(timing.nbf);
  return jwt.sign(options.secret ?? key);
};

describe('authentication with the shared secret (HS256)', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const QUERY = '{ productVariants { count } }';
  const status = async (authorization: string) => (await server.gql(QUERY, {}, authorization)).status;

  const expectUnauthenticated = (response: Awaited<ReturnType<GraphQLTestServer['gql']>>) => {
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }]);
  };

  it('accepts a Medusa admin token signed with the shared secret', async () => {
    const response = await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN)}`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ productVariants: { count: 0 } });
  });

  it('matches the Bearer scheme case-insensitively, as Medusa does', async () => {
    expect(await status(`bearer ${await sign(ADMIN)}`)).toBe(200);
  });

  it('refuses a request without a token, naming both schemes in WWW-Authenticate and in the message', async () => {
    expectUnauthenticated(await server.gql(QUERY, {}, null));
    const response = await fetch(`${server.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="medusa-admin", Basic realm="medusa-admin"');
    expect(UNAUTHENTICATED_MESSAGE).toMatch(/Bearer <admin JWT>.*Basic <secret API key>/);
  });

  it('refuses a token signed with another secret', async () => {
    expectUnauthenticated(
      await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN, {}, { secret: new TextEncoder().encode('other') })}`),
    );
  });

  it('refuses an expired token, and one without exp', async () => {
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN, { exp: now() - 60 })}`));
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN, { exp: null })}`));
  });

  it('refuses a token from the future: not valid before a later time, or issued later', async () => {
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN, { nbf: now() + 120 })}`));
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN, { iat: now() + 120 })}`));
  });

  it('tolerates clocks up to 30 seconds apart by default', async () => {
    expect(await status(`Bearer ${await sign(ADMIN, { exp: now() - 10 })}`)).toBe(200);
    expect(await status(`Bearer ${await sign(ADMIN, { nbf: now() + 10 })}`)).toBe(200);
    expect(await status(`Bearer ${await sign(ADMIN, { iat: now() + 10 })}`)).toBe(200);
  });

  it('refuses another algorithm, even with the right secret, and an unsigned token', async () => {
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${await sign(ADMIN, {}, { alg: 'HS512' })}`));
    const unsigned = new UnsecuredJWT(ADMIN).setIssuedAt().setExpirationTime('1h').encode();
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${unsigned}`));
  });

  it.each([
    ['a customer token', { actor_id: 'cus_1', actor_type: 'customer' }],
    ['a token without an actor', { actor_id: '', actor_type: 'user' }],
    ['a token without claims', {}],
  ])('refuses %s', async (_name, claims) => {
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${await sign(claims)}`));
  });

  it('refuses garbage and other schemes', async () => {
    expectUnauthenticated(await server.gql(QUERY, {}, 'Bearer not-a-jwt'));
    expectUnauthenticated(await server.gql(QUERY, {}, `Basic ${Buffer.from('user:pass').toString('base64')}`));
    expectUnauthenticated(await server.gql(QUERY, {}, `Digest ${await sign(ADMIN)}`));
  });

  it('answers before parsing, so an anonymous caller learns nothing about the schema', async () => {
    expectUnauthenticated(await server.gql('{ notAField', {}, null));
  });
});

describe('developer mode', () => {
  it('signs a ready-to-use token with a random secret when no JWT verification is configured', async () => {
    const server = await startGraphQLServer({ seedOnStart: false, jwtSecret: null });
    try {
      const devToken = server.gateway.devToken;
      expect(devToken).toMatch(/^ey/);
      expect((await server.gql('{ productVariants { count } }', {}, `Bearer ${devToken}`)).status).toBe(200);
      // The test's token was signed with the shared test secret, which this gateway does not know.
      expect((await server.gql('{ productVariants { count } }')).status).toBe(401);
    } finally {
      await server.dispose();
    }
  });
});
