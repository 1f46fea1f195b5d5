import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET } from '../support/graphql.js';

const key = new TextEncoder().encode(TEST_JWT_SECRET);
const sign = (claims: Record<string, unknown>, options: { secret?: Uint8Array; expiresIn?: string | number } = {}) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (options.expiresIn !== undefined) jwt.setExpirationTime(options.expiresIn);
  return jwt.sign(options.secret ?? key);
};

describe('authentication', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const QUERY = '{ productVariants { count } }';

  const expectUnauthenticated = (response: Awaited<ReturnType<GraphQLTestServer['gql']>>) => {
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([
      { message: 'Unauthorized: send Authorization: Bearer <admin JWT>', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  };

  it('accepts a Medusa admin token signed with the shared secret', async () => {
    const token = await sign(
      { actor_id: 'user_1', actor_type: 'user', auth_identity_id: 'authid_1' },
      { expiresIn: '1d' },
    );
    const response = await server.gql(QUERY, {}, `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ productVariants: { count: 0 } });
  });

  it('matches the Bearer scheme case-insensitively, as Medusa does', async () => {
    const token = await sign({ actor_id: 'user_1', actor_type: 'user' });
    expect((await server.gql(QUERY, {}, `bearer ${token}`)).status).toBe(200);
  });

  it('refuses a request without a token', async () => {
    expectUnauthenticated(await server.gql(QUERY, {}, null));
  });

  it('refuses a token signed with another secret', async () => {
    const token = await sign({ actor_id: 'user_1', actor_type: 'user' }, { secret: new TextEncoder().encode('other') });
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${token}`));
  });

  it('refuses an expired token', async () => {
    const token = await sign(
      { actor_id: 'user_1', actor_type: 'user' },
      { expiresIn: Math.floor(Date.now() / 1000) - 60 },
    );
    expectUnauthenticated(await server.gql(QUERY, {}, `Bearer ${token}`));
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
  });

  it('answers before parsing, so an anonymous caller learns nothing about the schema', async () => {
    expectUnauthenticated(await server.gql('{ notAField', {}, null));
  });
});

describe('developer mode', () => {
  it('signs a ready-to-use token with a random secret when JWT_SECRET is unset', async () => {
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
