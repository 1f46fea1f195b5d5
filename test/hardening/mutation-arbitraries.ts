import fc from 'fast-check';

export const INTEGER_MAX = 2_147_483_647;
export const INTEGER_MIN = -2_147_483_648;

/**
 * The runs of every property: bounded, and from a fixed seed so that a failure replays. Set
 * PROPERTY_SEED to the seed a failure printed (or to another number to explore further), and
 * PROPERTY_RUNS to change how many inputs each property tries.
 */
export function propertyRuns(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.PROPERTY_SEED ?? 20_250_717);
  const runs = process.env.PROPERTY_RUNS ? Number(process.env.PROPERTY_RUNS) : numRuns;
  return { seed, numRuns: runs };
}

/** Text as clients send it: ASCII, whole graphemes (emoji, combining marks), any code point, edge words, long text. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '1e999', '-0', 'null', 'TEE-BLACK-S', 'ü', '🙂', "x'; DROP TABLE y; --"),
  // Code points PostgreSQL text cannot hold, or that are not Unicode at all.
  fc.constantFrom('a\u0000b', '\u0000', '\ud800', 'x\udfffy'),
  fc
    .tuple(fc.constantFrom('a', 'é', '🙂'), fc.integer({ min: 1_000, max: 20_000 }))
    .map(([unit, times]) => unit.repeat(times)),
);

/** Numbers of every kind a JSON body can carry, and strings that look like numbers. */
export const numberish: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: -5, max: 60 }),
  fc.integer(),
  fc.constantFrom(INTEGER_MAX, INTEGER_MAX + 1, INTEGER_MIN, INTEGER_MIN - 1, 2 ** 53, 7390879820021760, 1e308),
  fc.constantFrom(-1e308, 5e-324, 0.5, -0, 1.5, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('NaN', '1', '1.5', 'Infinity', '-1', '0x10', '1e3'),
);

const scalar = fc.oneof(text, numberish, fc.boolean(), fc.constant(null));

/** Any JSON value: scalars, arrays and objects (with keys that tempt prototype pollution too). */
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalar, weight: 4 },
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.oneof(text, fc.constantFrom('__proto__', 'constructor', 'toString')), scalar, {
    maxKeys: 3,
  }),
);

/**
 * Mostly a value of the field's own kind, sometimes anything at all: with a dozen fields a body,
 * about a quarter of the bodies are of the right shape throughout and reach the database.
 */
export const field = <T>(own: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: own, weight: 9 }, { arbitrary: anything, weight: 1 });

/** A key no mutation input has, sometimes; merged into a body it must make the request a refusal. */
export const unknownKey: fc.Arbitrary<string | null> = fc.option(
  fc.constantFrom('bogus', 'SKU', 'inventory_quantity_x', '__proto__', 'id'),
  { freq: 8 },
);

/** A body as the server sees it: what JSON.stringify sends (no undefined, -0 as 0, NaN as null). */
export const sent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A quantity, delta or expected value: mostly small whole numbers near real stock, and the edges. */
export const quantityish: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: -10, max: 60 }), weight: 6 },
  { arbitrary: numberish, weight: 2 },
  { arbitrary: anything, weight: 1 },
);

/** One write to a level, over either API; `expected` may name the current value so that compare-and-set can succeed. */
export type LevelWrite =
  | { kind: 'rest'; body: Record<string, unknown> }
  | { kind: 'update'; stockedQuantity: unknown }
  | { kind: 'adjust'; delta: unknown; expected: unknown }
  | { kind: 'set'; stockedQuantity: unknown; compare: unknown };

export const CURRENT = 'current stock';
const expectedValue = fc.oneof(fc.constant(undefined), fc.constant(CURRENT), quantityish);

export const levelWrite: fc.Arbitrary<LevelWrite> = fc.oneof(
  fc
    .tuple(
      fc.record({ stocked_quantity: quantityish, incoming_quantity: quantityish }, { requiredKeys: [] }),
      unknownKey,
    )
    .map(([body, key]) => ({ kind: 'rest' as const, body: key === null ? body : { ...body, [key]: 1 } })),
  fc.record({ kind: fc.constant('update' as const), stockedQuantity: fc.oneof(fc.constant(null), quantityish) }),
  fc.record({ kind: fc.constant('adjust' as const), delta: quantityish, expected: expectedValue }),
  fc.record({ kind: fc.constant('set' as const), stockedQuantity: quantityish, compare: expectedValue }),
);

/** The options of the product the variant properties write to: 8 × 10 combinations. */
export const PRODUCT_OPTIONS = {
  Size: ['XS', 'S', 'M', 'L', 'XL', 'XXL', '3XL', '4XL'],
  Color: ['Red', 'Blue', 'Green', 'Black', 'White', 'Grey', 'Pink', 'Teal', 'Navy', 'Sand'],
};

const currency = fc.oneof(
  { arbitrary: fc.constantFrom('eur', 'usd', 'EUR', ' usd ', 'dkk'), weight: 4 },
  { arbitrary: fc.constantFrom('xx', 'euro', '', 'e1r'), weight: 1 },
  { arbitrary: text, weight: 1 },
);

const price = fc.record({
  currency_code: field(currency),
  amount: field(fc.oneof({ arbitrary: fc.integer({ min: 0, max: 100_000 }), weight: 3 }, numberish)),
});

const optionValue = (values: string[]) =>
  fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 6 }, { arbitrary: text, weight: 1 });

/** A variant body in Medusa's shape (snake_case, options as a map); `title` and `prices` may be left out. */
export const variantBody = (required: boolean) =>
  fc
    .tuple(
      fc.record(
        {
          title: field(text),
          sku: field(fc.option(fc.oneof(text, fc.constantFrom('TEE-BLACK-S', 'HOODIE-M')), { nil: null })),
          prices: field(fc.array(price, { maxLength: 3 })),
          options: field(
            fc.record(
              { Size: optionValue(PRODUCT_OPTIONS.Size), Color: optionValue(PRODUCT_OPTIONS.Color) },
              { requiredKeys: [] },
            ),
          ),
          manage_inventory: field(fc.boolean()),
        },
        { requiredKeys: required ? ['title', 'prices', 'options'] : [] },
      ),
      unknownKey,
    )
    .map(([body, key]) => (key === null ? body : { ...body, [key]: 1 }));

/** Mostly a whole number in range, so that bodies reach the database; sometimes any number at all. */
export const wholeish: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1_000 }), weight: 4 },
  { arbitrary: numberish, weight: 1 },
);
