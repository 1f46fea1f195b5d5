import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAdminToken } from '../../src/auth/jwt.js';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET } from '../support/graphql.js';

interface Answer {
  status: number;
  replayed: string | null;
  body: Record<string, unknown>;
}

describe('REST: Idempotency-Key on POST', () => {
  let server: GraphQLTestServer;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];
  let otherToken: string;

  const call = async (
    method: string,
    path: string,
    key: string | null,
    body?: unknown,
    token = server.token,
  ): Promise<Answer> => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (key !== null) headers['idempotency-key'] = key;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.gateway.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const locationsNamed = (name: string) => prisma.stockLocation.count({ where: { name } });
  const storedKeys = async () => (await prisma.gatewayIdempotencyKey.findMany()).map((row) => row.key);

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    prisma = server.gateway.db.prisma;
    otherToken = await signAdminToken(TEST_JWT_SECRET, 'user_someone_else');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('creates once and replays the first response to a retry', async () => {
    const body = { name: 'Idem North', metadata: { a: 1, b: 2 } };
    const first = await call('POST', '/admin/stock-locations', 'create-north', body);
    expect(first).toMatchObject({ status: 200, replayed: null, body: { stock_location: { name: 'Idem North' } } });
    // The same request, its JSON keys written in another order.
    const retry = await call('POST', '/admin/stock-locations', 'create-north', {
      metadata: { b: 2, a: 1 },
      name: 'Idem North',
    });
    expect(retry).toEqual({ ...first, replayed: 'true' });
    expect(await locationsNamed('Idem North')).toBe(1);
  });

  it('refuses the same key with another body or field list with 409 conflict, changing nothing', async () => {
    await call('POST', '/admin/stock-locations', 'create-south', { name: 'Idem South' });
    const conflict = {
      status: 409,
      replayed: null,
      body: {
        type: 'conflict',
        message:
          'Idempotency key "create-south" was already used for a different request; use a new key for a new request',
      },
    };
    expect(await call('POST', '/admin/stock-locations', 'create-south', { name: 'Idem Elsewhere' })).toEqual(conflict);
    expect(await call('POST', '/admin/stock-locations?fields=id', 'create-south', { name: 'Idem South' })).toEqual(
      conflict,
    );
    expect(await locationsNamed('Idem Elsewhere')).toBe(0);
    expect(await locationsNamed('Idem South')).toBe(1);
  });

  it('keeps keys per actor', async () => {
    const body = { name: 'Idem Shared' };
    const mine = await call('POST', '/admin/stock-locations', 'shared', body);
    const theirs = await call('POST', '/admin/stock-locations', 'shared', body, otherToken);
    expect(theirs).toMatchObject({ status: 200, replayed: null });
    expect(theirs.body.stock_location).not.toEqual(mine.body.stock_location);
    expect(await locationsNamed('Idem Shared')).toBe(2);
  });

  it('replays a stored client error', async () => {
    const path = '/admin/stock-locations/sloc_01JDNOPE000000000000000000';
    const first = await call('POST', path, 'update-missing', { name: 'Nowhere' });
    expect(first).toEqual({
      status: 404,
      replayed: null,
      body: { type: 'not_found', message: 'Stock location with id: sloc_01JDNOPE000000000000000000 was not found' },
    });
    expect(await call('POST', path, 'update-missing', { name: 'Nowhere' })).toEqual({ ...first, replayed: 'true' });
  });

  it('ignores the header on other methods than POST', async () => {
    const created = await call('POST', '/admin/stock-locations', null, { name: 'Idem Doomed' });
    const id = (created.body.stock_location as { id: string }).id;
    const read = await call('GET', `/admin/stock-locations/${id}`, 'not-for-get');
    expect(read).toMatchObject({ status: 200, replayed: null });
    expect(await call('DELETE', `/admin/stock-locations/${id}`, 'not-for-delete')).toMatchObject({
      status: 200,
      replayed: null,
      body: { id, deleted: true },
    });
    expect(await call('DELETE', `/admin/stock-locations/${id}`, 'not-for-delete')).toMatchObject({ status: 404 });
    expect(await storedKeys()).not.toEqual(expect.arrayContaining(['not-for-get']));
    expect(await storedKeys()).not.toEqual(expect.arrayContaining(['not-for-delete']));
  });

  it('refuses a bad key with 400 invalid_data, creating nothing', async () => {
    expect(await call('POST', '/admin/stock-locations', 'x'.repeat(256), { name: 'Idem Bad Key' })).toEqual({
      status: 400,
      replayed: null,
      body: {
        type: 'invalid_data',
        message: 'Invalid request: Idempotency key must be 1 to 255 printable ASCII characters (got 256 character(s))',
      },
    });
    expect(await locationsNamed('Idem Bad Key')).toBe(0);
  });
});
