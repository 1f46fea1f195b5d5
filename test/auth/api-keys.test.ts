import { scryptSync } from 'node:crypto';
import * as medusaSdk from '@medusajs/js-sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiKeyVerifier, createSecretApiKey } from '../../src/auth/api-keys.js';
import { SECRET_KEY_AS_BEARER_MESSAGE } from '../../src/auth/authenticator.js';
import { UNAUTHENTICATED_MESSAGE } from '../../src/graphql/authentication.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

/**
 * A secret key made by Medusa 2.21.2 itself (POST /admin/api-keys on a throw-away test server),
 * with its api_key row exactly as Medusa stored it.
 */
const MEDUSA_KEY = 'sk_a67835cecad9112fe22788b49caaef80247995a66945505e7e483a53d2913dee';
const MEDUSA_ROW = {
  id: 'apk_01M7YNS2A085P1W84AKWEP5V0C',
  token:
    'e28c464502a38d251b78f7db0dafc46a0fad3cfabed460ac67d6f15b64967f0d03c39fd547547f271899db7460a0508cf4c7ca029fe3a37f99d771c72846a6bb',
  salt: 'db3b4bce3034e2e4e2036156df8117c7',
  redacted: 'sk_a67***dee',
  title: 'auth helper check',
  type: 'secret',
  createdBy: 'user_01M7YNJMKSGGWK74E9J60WRWP2',
  createdAt: new Date('2026-11-21T09:07:42.528Z'),
  updatedAt: new Date('2026-11-21T09:07:42.528Z'),
};

// The SDK's ESM build has no package.json of its own, so TypeScript reads its types as CommonJS.
type MedusaClass = typeof medusaSdk.default.default;
const Medusa = (medusaSdk as unknown as { default: MedusaClass }).default;

const QUERY = '{ productVariants { count } }';
const basic = (key: string) => `Basic ${key}`;
const basicPair = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

describe('secret API keys (Authorization: Basic)', () => {
  let server: GraphQLTestServer;
  let rest: ReturnType<typeof restClient>;
  let ours: { id: string; token: string };
  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    rest = restClient(server);
    await server.gateway.db.prisma.apiKey.create({ data: MEDUSA_ROW });
    ours = await createSecretApiKey(server.gateway.db.prisma, { title: 'CI', createdBy: 'user_ci' });
  });
  beforeEach(async () => {
    await server.gateway.db.prisma.apiKey.updateMany({
      where: { OR: [{ type: { not: 'secret' } }, { revokedAt: { not: null } }, { deletedAt: { not: null } }] },
      data: { type: 'secret', revokedAt: null, revokedBy: null, deletedAt: null },
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const gqlStatus = async (authorization: string) => (await server.gql(QUERY, {}, authorization)).status;
  const restStatus = async (authorization: string) =>
    (await rest('GET', '/admin/products?fields=id', undefined, authorization)).status;

  it('accepts a key Medusa made, raw or as base64 of "<key>:", on GraphQL and REST', async () => {
    expect(await gqlStatus(basic(MEDUSA_KEY))).toBe(200);
    expect(await gqlStatus(basicPair(MEDUSA_KEY))).toBe(200);
    expect(await restStatus(basic(MEDUSA_KEY))).toBe(200);
    expect(await restStatus(`basic ${Buffer.from(`${MEDUSA_KEY}:`).toString('base64')}`)).toBe(200);
  });

  it('accepts a key made by api-key:create, whose row has the shape of Medusa’s', async () => {
    const fresh = await createSecretApiKey(server.gateway.db.prisma, { title: 'CI', createdBy: 'user_ci' });
    expect(await gqlStatus(basic(fresh.token))).toBe(200);
    expect(await restStatus(basicPair(fresh.token))).toBe(200);
    const row = await server.gateway.db.prisma.apiKey.findUniqueOrThrow({ where: { id: fresh.id } });
    expect(row).toEqual({
      id: expect.stringMatching(/^apk_[0-9A-HJKMNP-TV-Z]{26}$/),
      token: expect.stringMatching(/^[0-9a-f]{128}$/),
      salt: expect.stringMatching(/^[0-9a-f]{32}$/),
      redacted: `${fresh.token.slice(0, 6)}***${fresh.token.slice(-3)}`,
      title: 'CI',
      type: 'secret',
      lastUsedAt: null,
      createdBy: 'user_ci',
      createdAt: fresh.createdAt,
      revokedBy: null,
      revokedAt: null,
      updatedAt: fresh.createdAt,
      deletedAt: null,
    });
    expect(fresh.token).toMatch(/^sk_[0-9a-f]{64}$/);
    // Medusa's formula, computed here independently: scrypt(key, salt as text, 64) in hex.
    expect(scryptSync(fresh.token, row.salt, 64).toString('hex')).toBe(row.token);
  });

  it('works as the apiKey of @medusajs/js-sdk, which sends it as Basic base64("<key>:")', async () => {
    const sdk = new Medusa({ baseUrl: server.gateway.url, apiKey: MEDUSA_KEY });
    expect(await sdk.admin.product.list({ fields: 'id' })).toMatchObject({ products: [], count: 0 });
    const stranger = new Medusa({ baseUrl: server.gateway.url, apiKey: `sk_${'2'.repeat(64)}` });
    await expect(stranger.admin.product.list({ fields: 'id' })).rejects.toMatchObject({ status: 401 });
  });

  it('makes the key the actor, as Medusa does: type "api-key" and the key’s id', async () => {
    const verifier = new ApiKeyVerifier(server.gateway.db.prisma);
    expect(await verifier.actorOf(MEDUSA_KEY)).toEqual({ type: 'api-key', id: MEDUSA_ROW.id });
    expect(await verifier.actorOf(ours.token)).toEqual({ type: 'api-key', id: ours.id });
  });

  it('refuses a revoked key, but not one whose revocation is still to come', async () => {
    const prisma = server.gateway.db.prisma;
    await prisma.apiKey.update({
      where: { id: ours.id },
      data: { revokedAt: new Date(Date.now() - 1000), revokedBy: 'u' },
    });
    expect(await gqlStatus(basic(ours.token))).toBe(401);
    expect(await restStatus(basic(ours.token))).toBe(401);
    await prisma.apiKey.update({ where: { id: ours.id }, data: { revokedAt: new Date(Date.now() + 3_600_000) } });
    expect(await gqlStatus(basic(ours.token))).toBe(200);
  });

  it('checks a key it verified before against its row every time: a rewritten row refuses it', async () => {
    const prisma = server.gateway.db.prisma;
    const key = await createSecretApiKey(prisma, { title: 'rewritten', createdBy: '' });
    expect(await gqlStatus(basic(key.token))).toBe(200);
    await prisma.apiKey.update({ where: { id: key.id }, data: { token: 'ab'.repeat(64) } });
    expect(await gqlStatus(basic(key.token))).toBe(401);
    await prisma.apiKey.delete({ where: { id: key.id } });
  });

  it('refuses a deleted key and a key that is not secret', async () => {
    const prisma = server.gateway.db.prisma;
    await prisma.apiKey.update({ where: { id: ours.id }, data: { deletedAt: new Date() } });
    expect(await gqlStatus(basic(ours.token))).toBe(401);
    await prisma.apiKey.update({ where: { id: ours.id }, data: { deletedAt: null, type: 'publishable' } });
    expect(await gqlStatus(basic(ours.token))).toBe(401);
  });

  it('refuses a key that only looks like a stored one (same redacted form), and publishable keys', async () => {
    const lookalike = `${MEDUSA_KEY.slice(0, 20)}${'0'.repeat(MEDUSA_KEY.length - 23)}${MEDUSA_KEY.slice(-3)}`;
    expect(lookalike).toHaveLength(MEDUSA_KEY.length);
    expect(await gqlStatus(basic(lookalike))).toBe(401);
    expect(await gqlStatus(basic(`pk_${MEDUSA_KEY.slice(3)}`))).toBe(401);
    expect(await gqlStatus(basic(Buffer.from('admin:password').toString('base64')))).toBe(401);
  });

  it('answers a secret key sent as Bearer with Medusa’s hint, on REST and GraphQL', async () => {
    const refusal = await rest('GET', '/admin/products', undefined, `Bearer ${MEDUSA_KEY}`);
    expect(refusal).toMatchObject({ status: 401, body: { message: SECRET_KEY_AS_BEARER_MESSAGE } });
    const response = await server.gql(QUERY, {}, `Bearer ${MEDUSA_KEY}`);
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([
      { message: SECRET_KEY_AS_BEARER_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });

  it('answers other refusals on REST with Medusa’s bare 401 and both challenges', async () => {
    const refusal = await rest('GET', '/admin/products', undefined, basic(`sk_${'1'.repeat(64)}`));
    expect(refusal.status).toBe(401);
    expect(refusal.body).toEqual({ message: 'Unauthorized' });
    expect(refusal.headers.get('www-authenticate')).toBe('Bearer realm="medusa-admin", Basic realm="medusa-admin"');
    expect((await server.gql(QUERY, {}, basic(`sk_${'1'.repeat(64)}`))).errors?.[0].message).toBe(
      UNAUTHENTICATED_MESSAGE,
    );
  });

  it('only reads the key: last_used_at stays as it was, as in Medusa', async () => {
    const read = () => server.gateway.db.prisma.apiKey.findUniqueOrThrow({ where: { id: MEDUSA_ROW.id } });
    const before = await read();
    expect(await gqlStatus(basic(MEDUSA_KEY))).toBe(200);
    expect(await read()).toEqual(before);
    expect(before.lastUsedAt).toBeNull();
  });
});
