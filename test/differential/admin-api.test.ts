import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Gateway } from '../../src/app.js';
import {
  type AdminCall,
  adminClient,
  describeWithMedusa,
  medusaDatabase,
  runTag,
  startAttachedGateway,
} from '../support/medusa.js';
import { Normaliser } from '../support/normalise.js';
import { madeRows } from './rows.js';
import { type Context, SCENARIO } from './scenario.js';
import { compareSteps, type Side } from './steps.js';

/**
 * The scenario, step by step, on the real Medusa and on the gateway attached to Medusa's
 * database: the answers must be equal once ids, timestamps and run tags are normalised, except
 * for the deliberate deviations listed in deviations.ts. Then the rows each side wrote must be
 * the same rows.
 */
describeWithMedusa('differential: Admin API, Medusa against the gateway on its database', (oracle) => {
  let gateway: Gateway;
  let db: pg.Client;
  let medusa: Side;
  let ours: Side;

  beforeAll(async () => {
    gateway = await startAttachedGateway(oracle);
    db = await medusaDatabase(oracle);
    const channel = await db.query<{ id: string }>(
      'SELECT id FROM sales_channel WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1',
    );
    const side = (call: AdminCall, tag: string): Side => ({
      call,
      context: { tag, TAG: tag.toUpperCase(), salesChannel: channel.rows[0].id, ids: {} },
      normaliser: new Normaliser(tag),
    });
    medusa = side(adminClient(oracle.url, oracle.adminJwt), runTag('m'));
    ours = side(adminClient(gateway.url, oracle.adminJwt), runTag('g'));
  });
  afterAll(async () => {
    await db?.end();
    await gateway?.stop();
  });

  compareSteps(SCENARIO, () => ({ medusa, ours }));

  it('leaves the same rows in the database as Medusa does', async () => {
    const made = (context: Context) => ({
      productId: context.ids.product,
      inventoryItemIds: [context.ids.itemA, context.ids.itemB],
      // The backroom's address is a deliberate deviation (see deviations.ts), so its row is left out.
      locationIds: [context.ids.warehouse],
    });
    const theirs = await madeRows(db, made(medusa.context), medusa.context.tag);
    const mine = await madeRows(db, made(ours.context), ours.context.tag);
    expect(theirs.product_variant).toHaveLength(5);
    expect(mine).toEqual(theirs);
  });
});
