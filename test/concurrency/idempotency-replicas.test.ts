import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { ON_POSTGRES } from '../support/database.js';
import { type Replicas, startReplicas } from '../support/replicas.js';

const ADJUST = `mutation($item: ID!, $location: ID!) {
  result: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: 1 }) {
    __typename ... on InventoryLevelPayload { inventoryLevel { stockedQuantity } } ... on MutationError { code message }
  }
}`;

interface Answer {
  status: number;
  replayed: string | null;
  body: { data?: unknown; errors?: unknown[] };
}

/**
 * A replica that dies while it stores a result, and a retry on the other replica: the change is
 * applied once, and every later retry replays the one stored answer.
 */
describe.skipIf(!ON_POSTGRES)(
  'an idempotent request whose replica dies while storing its result (PostgreSQL only: PGlite lives in one process)',
  () => {
    let replicas: Replicas;
    let location: string;

    const prisma = () => replicas.gateways[1].db.prisma;
    const adjust = async (replica: number, item: string, key: string): Promise<Answer> => {
      const response = await fetch(`${replicas.gateways[replica].url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${replicas.token}`,
          'idempotency-key': key,
        },
        body: JSON.stringify({ query: ADJUST, variables: { item, location } }),
      });
      return {
        status: response.status,
        replayed: response.headers.get('idempotent-replayed'),
        body: (await response.json()) as Answer['body'],
      };
    };
    const stockedOf = async (item: string) =>
      (await prisma().inventoryLevel.findFirstOrThrow({ where: { inventoryItemId: item } })).stockedQuantity.toNumber();
    /** The database session that sleeps in the trigger below, once replica 0 has reached it. */
    const sleepingSession = async () => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const rows = await prisma().$queryRaw<{ pid: number }[]>`
        SELECT pid FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = current_database()`;
        if (rows.length > 0) return rows[0].pid;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('replica 0 never reached the point of storing its result');
    };

    beforeAll(async () => {
      replicas = await startReplicas(2);
      location = (await prisma().stockLocation.create({ data: { id: newId('stockLocation'), name: 'Crash Depot' } }))
        .id;
    });
    afterAll(async () => {
      await replicas?.dispose();
    });

    it('applies the change once: the dead replica committed nothing, the retry on the other one applies and stores it', async () => {
      const item = (await prisma().inventoryItem.create({ data: { id: newId('inventoryItem') } })).id;
      await prisma().inventoryLevel.create({
        data: { id: newId('inventoryLevel'), inventoryItemId: item, locationId: location, stockedQuantity: 10 },
      });
      // The moment between the change and its stored result, held open until the replica's session is killed.
      await prisma().$executeRawUnsafe(`CREATE FUNCTION hold_store() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.key = 'crash-1' AND NEW.response IS NOT NULL THEN PERFORM pg_sleep(30); END IF; RETURN NEW; END $$`);
      await prisma().$executeRawUnsafe(
        'CREATE TRIGGER hold_store BEFORE UPDATE ON gateway_idempotency_key FOR EACH ROW EXECUTE FUNCTION hold_store()',
      );
      const dying = adjust(0, item, 'crash-1');
      const pid = await sleepingSession();
      // Replica 0 dies here: its database session goes, as when its process is killed.
      await prisma().$queryRaw`SELECT pg_terminate_backend(${pid}::integer)`;
      expect((await dying).body.errors).toBeDefined();
      await replicas.gateways[0].stop();
      await prisma().$executeRawUnsafe('DROP TRIGGER hold_store ON gateway_idempotency_key');
      expect(await stockedOf(item)).toBe(10);

      // As after its lease: a key the dead replica still holds is free for a retry.
      await prisma()
        .$executeRaw`UPDATE gateway_idempotency_key SET locked_until = now() - interval '1 second' WHERE key = 'crash-1'`;
      const retry = await adjust(1, item, 'crash-1');
      expect(retry).toMatchObject({
        status: 200,
        replayed: null,
        body: { data: { result: { inventoryLevel: { stockedQuantity: 11 } } } },
      });
      const again = await adjust(1, item, 'crash-1');
      expect(again).toMatchObject({ status: 200, replayed: 'true', body: { data: retry.body.data } });
      expect(await stockedOf(item)).toBe(11);
    });
  },
);
