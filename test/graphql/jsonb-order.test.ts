import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { inJsonbOrder } from '../../src/graphql/jsonb-order.js';

describe('JSON values in jsonb key order', () => {
  const db = new PGlite();
  afterAll(() => db.close());

  it('orders every object as PostgreSQL orders a jsonb value', async () => {
    const value = {
      zeta: 1,
      b: { yy: [{ ccc: 1, a: 2, bb: 3 }], x: null },
      é: 'two bytes',
      f: 'one byte',
      '10': 'digits',
      '9': 'digit',
      '😀': 'four bytes',
      aaa: true,
    };
    const { rows } = await db.query<{ text: string }>('SELECT $1::json::jsonb::text AS text', [JSON.stringify(value)]);
    const ordered = JSON.stringify(inJsonbOrder(value));
    expect(ordered).toBe(JSON.stringify(JSON.parse(rows[0].text)));
    expect(ordered).not.toBe(JSON.stringify(value));
  });
});
