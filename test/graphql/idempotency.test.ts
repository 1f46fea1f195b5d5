import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAdminToken } from '../../src/auth/jwt.js';
import { newId } from '../../src/core/ids.js';
import { purgeExpiredKeys } from '../../src/idempotency/store.js';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET, withoutRequestIds } from '../support/graphql.js';

const ADJUST = `mutation Adjust($item: ID!, $location: ID!, $delta: Int!, $expected: Int, $key: String) {
  result: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: $delta, changeFromQuantity: $expected }, idempotencyKey: $key) {
    __typename
    ... on InventoryLevelPayload { inventoryLevel { stockedQuantity } }
    ... on MutationError { code message }
  }
}`;

interface Answer {
  status: number;
  replayed: string | null;
  body: {
    data?: { result: Record<string, unknown> } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: Record<string, unknown>;
  };
}

describe('idempotent GraphQL mutations', () => {
  let server: GraphQLTestServer;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];
  let location: string;
  let otherToken: string;

  const post = async (
    body: { query: string; variables?: Record<string, unknown> },
    headers: Record<string, string> = {},
    token = server.token,
  ): Promise<Answer> => {
    const response = await fetch(`${server.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed'),
      body: (await response.json()) as Answer['body'],
    };
  };
  const makeLevel = async (stocked: number) => {
    const item = await prisma.inventoryItem.create({ data: { id: newId('inventoryItem') } });
    await prisma.inventoryLevel.create({
      data: { id: newId('inventoryLevel'), inventoryItemId: item.id, locationId: location, stockedQuantity: stocked },
    });
    return item.id;
  };
  const stockedOf = async (item: string) =>
    (await prisma.inventoryLevel.findFirstOrThrow({ where: { inventoryItemId: item } })).stockedQuantity.toNumber();
  const adjust = (item: string, delta: number, key: string | undefined, token?: string, expected?: number) =>
    post({ query: ADJUST, variables: { item, location, delta, key, expected } }, {}, token);
  const storedKeys = () => prisma.gatewayIdempotencyKey.findMany({ orderBy: { key: 'asc' } });

  beforeAll(async () => {
    server = await startGraphQLServer();
    prisma = server.gateway.db.prisma;
    location = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Berlin Warehouse' } })).id;
    otherToken = await signAdminToken(TEST_JWT_SECRET, 'user_someone_else');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('every mutation field takes an idempotencyKey argument', async () => {
    const data = await server.data<{ __type: { fields: { name: string; args: { name: string }[] }[] } }>(
      '{ __type(name: "Mutation") { fields { name args { name } } } }',
    );
    expect(data.__type.fields.length).toBeGreaterThan(20);
    for (const field of data.__type.fields) expect(field.args.map((arg) => arg.name)).toContain('idempotencyKey');
  });

  it('applies a mutation once and replays its first result to a retry', async () => {
    const item = await makeLevel(10);
    const first = await adjust(item, 1, 'retry-1');
    expect(first).toMatchObject({ status: 200, replayed: null });
    expect(first.body.data?.result).toEqual({
      __typename: 'InventoryLevelPayload',
      inventoryLevel: { stockedQuantity: 11 },
    });
    expect(first.body.extensions?.idempotentReplayed).toBeUndefined();
    const retry = await adjust(item, 1, 'retry-1');
    expect(retry).toMatchObject({ status: 200, replayed: 'true' });
    expect(retry.body.data).toEqual(first.body.data);
    expect(retry.body.extensions).toMatchObject({ idempotentReplayed: true });
    expect(await stockedOf(item)).toBe(11);
  });

  it('takes the key from the Idempotency-Key header as well', async () => {
    const item = await makeLevel(3);
    const request = { query: ADJUST, variables: { item, location, delta: 2 } };
    expect((await post(request, { 'idempotency-key': 'header-1' })).body.data?.result).toMatchObject({
      inventoryLevel: { stockedQuantity: 5 },
    });
    expect(await post(request, { 'idempotency-key': 'header-1' })).toMatchObject({ replayed: 'true' });
    expect(await stockedOf(item)).toBe(5);
  });

  it('refuses the same key with other variables with CONFLICT, changing nothing', async () => {
    const item = await makeLevel(10);
    await adjust(item, 1, 'conflict-1');
    const other = await adjust(item, 5, 'conflict-1');
    expect(other.body.data ?? null).toBeNull();
    expect(withoutRequestIds(other.body.errors)).toEqual([
      {
        message:
          'Idempotency key "conflict-1" was already used for a different request; use a new key for a new request',
        extensions: { code: 'CONFLICT' },
      },
    ]);
    expect(await stockedOf(item)).toBe(11);
  });

  it('keeps keys per actor: another actor with the same key runs its own request', async () => {
    const item = await makeLevel(0);
    await adjust(item, 1, 'shared-key');
    const theirs = await adjust(item, 1, 'shared-key', otherToken);
    expect(theirs).toMatchObject({ replayed: null });
    expect(theirs.body.data?.result).toMatchObject({ inventoryLevel: { stockedQuantity: 2 } });
    expect(await stockedOf(item)).toBe(2);
    const actors = (await storedKeys()).filter((row) => row.key === 'shared-key').map((row) => row.actorId);
    expect(actors.sort()).toEqual(['user_someone_else', 'user_test_admin']);
  });

  it('replays a stored client error even when the request would now succeed', async () => {
    const item = await makeLevel(4);
    const refused = await adjust(item, 1, 'client-error', undefined, 3);
    expect(refused.body.data?.result).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    await prisma.inventoryLevel.updateMany({ where: { inventoryItemId: item }, data: { stockedQuantity: 3 } });
    const retry = await adjust(item, 1, 'client-error', undefined, 3);
    expect(retry).toMatchObject({ replayed: 'true' });
    expect(retry.body.data).toEqual(refused.body.data);
    expect(await stockedOf(item)).toBe(3);
  });

  it('does not store an unexpected failure, so that a retry can succeed', async () => {
    const item = await makeLevel(665);
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_666() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.stocked_quantity = 666 THEN RAISE EXCEPTION 'simulated database failure'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(
      'CREATE TRIGGER refuse_666 BEFORE UPDATE ON inventory_level FOR EACH ROW EXECUTE FUNCTION refuse_666()',
    );
    const failed = await adjust(item, 1, 'unexpected-1');
    expect(withoutRequestIds(failed.body.errors)).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect((await storedKeys()).map((row) => row.key)).not.toContain('unexpected-1');
    await prisma.$executeRawUnsafe('DROP TRIGGER refuse_666 ON inventory_level');
    const retry = await adjust(item, 1, 'unexpected-1');
    expect(retry).toMatchObject({ replayed: null });
    expect(retry.body.data?.result).toMatchObject({ inventoryLevel: { stockedQuantity: 666 } });
  });

  it("stores the result in the mutation's own transaction: when storing fails, the change is undone with it", async () => {
    const item = await makeLevel(20);
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_store() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key = 'store-fails' AND NEW.response IS NOT NULL THEN RAISE EXCEPTION 'simulated failure storing a result'; END IF; RETURN NEW; END $$`);
    await prisma.$executeRawUnsafe(
      'CREATE TRIGGER refuse_store BEFORE UPDATE ON gateway_idempotency_key FOR EACH ROW EXECUTE FUNCTION refuse_store()',
    );
    const failed = await adjust(item, 1, 'store-fails');
    expect(withoutRequestIds(failed.body.errors)).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(await stockedOf(item)).toBe(20);
    await prisma.$executeRawUnsafe('DROP TRIGGER refuse_store ON gateway_idempotency_key');
    // As after the lease of a request that died: a key still held is free again.
    await prisma.$executeRaw`UPDATE gateway_idempotency_key SET locked_until = now() - interval '1 second' WHERE key = 'store-fails'`;
    const retry = await adjust(item, 1, 'store-fails');
    expect(retry).toMatchObject({
      replayed: null,
      body: { data: { result: { inventoryLevel: { stockedQuantity: 21 } } } },
    });
    expect(await adjust(item, 1, 'store-fails')).toMatchObject({ replayed: 'true', body: { data: retry.body.data } });
    expect(await stockedOf(item)).toBe(21);
  });

  it('forgets a key after it expires, and purges expired keys', async () => {
    const item = await makeLevel(0);
    await adjust(item, 1, 'expiring');
    await prisma.gatewayIdempotencyKey.updateMany({
      where: { key: 'expiring' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await adjust(item, 1, 'expiring')).toMatchObject({ replayed: null });
    expect(await stockedOf(item)).toBe(2);
    await prisma.gatewayIdempotencyKey.updateMany({
      where: { key: 'expiring' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const live = (await storedKeys()).length;
    expect(await purgeExpiredKeys(prisma)).toBe(1);
    expect(await storedKeys()).toHaveLength(live - 1);
  });

  it('waits for a request with the same key that is still running, then replays its result', async () => {
    const item = await makeLevel(0);
    const first = await adjust(item, 1, 'running');
    // As if the first request had not finished yet: its result is not stored, its lease runs.
    const response = (await storedKeys()).find((row) => row.key === 'running')?.response;
    await prisma.$executeRaw`UPDATE gateway_idempotency_key SET response = NULL, locked_until = now() + interval '1 minute' WHERE key = 'running'`;
    const retry = adjust(item, 1, 'running');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await prisma.gatewayIdempotencyKey.updateMany({ where: { key: 'running' }, data: { response: response ?? {} } });
    expect(await retry).toMatchObject({ replayed: 'true', body: { data: first.body.data } });
    expect(await stockedOf(item)).toBe(1);
  });

  it('answers CONFLICT when the running request does not finish in time, and takes over after its lease', async () => {
    const item = await makeLevel(0);
    await adjust(item, 1, 'stuck');
    // As if that request still held its key and had not committed: no result stored, nothing changed yet.
    await prisma.$executeRaw`UPDATE gateway_idempotency_key SET response = NULL, locked_until = now() + interval '1 minute' WHERE key = 'stuck'`;
    await prisma.inventoryLevel.updateMany({ where: { inventoryItemId: item }, data: { stockedQuantity: 0 } });
    const waited = await adjust(item, 1, 'stuck');
    expect(withoutRequestIds(waited.body.errors)).toEqual([
      {
        message: 'A request with idempotency key "stuck" is still in progress; retry it later to get its result',
        extensions: { code: 'CONFLICT' },
      },
    ]);
    await prisma.$executeRaw`UPDATE gateway_idempotency_key SET locked_until = now() - interval '1 second' WHERE key = 'stuck'`;
    expect((await adjust(item, 1, 'stuck')).body.data?.result).toMatchObject({
      inventoryLevel: { stockedQuantity: 1 },
    });
  }, 30_000);

  it('ignores keys on queries', async () => {
    const query = { query: '{ stockLocations { count } }' };
    const answer = await post(query, { 'idempotency-key': 'query-key' });
    expect(answer).toMatchObject({ status: 200, replayed: null, body: { data: { stockLocations: { count: 2 } } } });
    expect((await post(query, { 'idempotency-key': 'query-key' })).replayed).toBeNull();
    expect((await storedKeys()).map((row) => row.key)).not.toContain('query-key');
  });

  it('refuses a bad key, and two keys in one operation, with BAD_USER_INPUT', async () => {
    const item = await makeLevel(0);
    for (const key of ['', ' ', 'x'.repeat(256), 'tab\there', 'ключ']) {
      const answer = await adjust(item, 1, key);
      expect(withoutRequestIds(answer.body.errors)).toEqual([
        {
          message: `Idempotency key must be 1 to 255 printable ASCII characters (got ${key.length} character(s))`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]);
    }
    expect(await adjust(item, 1, 'x'.repeat(255))).toMatchObject({
      body: { data: { result: { __typename: 'InventoryLevelPayload' } } },
    });
    const two = await post({
      query: `mutation($item: ID!, $location: ID!) {
        a: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: 1 }, idempotencyKey: "one") { __typename }
        b: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: 1 }, idempotencyKey: "two") { __typename }
      }`,
      variables: { item, location },
    });
    expect(withoutRequestIds(two.body.errors)).toEqual([
      {
        message: 'An operation takes one idempotency key; this one names several (arguments or header differ)',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(await stockedOf(item)).toBe(1);
  });
});
