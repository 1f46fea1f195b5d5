import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlannedData, stringifyResult, withoutSpaces } from '../../src/graphql/planner/json-text.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

/**
 * The planner's data goes out as PostgreSQL's JSON text; but for the spaces between its tokens it
 * must be the text JSON.stringify writes of the parsed value, whatever the values (numbers of `float8` and
 * `numeric`, strings with escapes, keys that are numbers), as the database writes them.
 */
describe("the planner's JSON text as a response writes it", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
  });

  const textOf = async (sql: string, ...params: unknown[]) =>
    (await db.prisma.$queryRawUnsafe<{ data: string }[]>(`SELECT (${sql})::text AS data`, ...params))[0].data;
  const expectStringified = (text: string) =>
    expect(withoutSpaces(new PlannedData(text).wire())).toBe(JSON.stringify(JSON.parse(text)));

  it('writes float8 values as JavaScript does', async () => {
    const values = [
      0,
      -0,
      1,
      -1,
      0.1,
      0.30000000000000004,
      1.5,
      10.25,
      1e15,
      1e20,
      1e21,
      1e-5,
      1e-7,
      123456789.125,
      2 ** 53 + 2,
      -1.5e-10,
      5e-324,
      1.7976931348623157e308,
    ];
    for (const value of values) {
      expectStringified(
        await textOf(
          'json_build_object($1::text, $2::float8, $3::text, json_build_array($2::float8))',
          'v',
          value,
          'w',
        ),
      );
    }
  });

  it('writes numeric values of json columns as JavaScript does', async () => {
    for (const value of [
      '1.50',
      '1.0',
      '100',
      '-0',
      '0.0000001',
      '12345678901234567890',
      '0.1234567890123456789',
      '2.5e3',
      '7',
    ]) {
      expectStringified(await textOf(`json_build_object('a', jsonb_build_object('n', $1::numeric, 'm', 1))`, value));
    }
  });

  it('keeps key order, also of keys that are numbers, and strings with any characters', async () => {
    expectStringified(await textOf(`json_build_object('b', 1, '10', 2, '2', json_build_object('0', 'x'))`));
    expectStringified(await textOf(`'{"2": 1, "a" : 2}'::jsonb`));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.string(), async (key, value) => {
        if (key.includes('\u0000') || value.includes('\u0000')) return;
        expectStringified(
          await textOf(
            `json_build_object($1::text, $2::text, 'n', json_build_array($2::text, 1.5::float8))`,
            key,
            value,
          ),
        );
        expectStringified(await textOf(`jsonb_build_object($1::text, $2::text)`, key, value));
      }),
      { numRuns: 100 },
    );
  });

  it('writes a result around the text as JSON.stringify does, but for the spaces', () => {
    const data = new PlannedData('{"page" : {"nodes" : [{"id" : "a"}, \n {"id" : "b"}]}}');
    for (const result of [{ data }, { data, extensions: { cost: { requested: 3 } } }]) {
      const written = stringifyResult(result as never);
      expect(written).toContain(data.text);
      expect(withoutSpaces(written)).toBe(JSON.stringify(result));
    }
  });
});
