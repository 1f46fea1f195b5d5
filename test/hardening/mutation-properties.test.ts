import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { tableCounts } from '../support/snapshots.js';
import {
  anything,
  CURRENT,
  field,
  INTEGER_MAX,
  INTEGER_MIN,
  type LevelWrite,
  levelWrite,
  PRODUCT_OPTIONS,
  propertyRuns,
  sent,
  text,
  unknownKey,
  variantBody,
  wholeish,
} from './mutation-arbitraries.js';
import { expectCleanRestRefusal, type GraphQLOutcome, graphQLOutcome } from './mutation-checks.js';

/**
 * Property-based hardening: generated inputs (unicode, empty and long text, fractional, negative,
 * huge and numeric-looking values, wrong JSON types, unknown keys) for the write routes of both
 * APIs. Every answer is either a success whose stored row reads back as sent, or a clean refusal
 * in the API's own error format that changed no row. Seeded, so a failure replays (see
 * mutation-arbitraries.ts).
 */

const TEXT_COLUMNS = [
  'sku',
  'title',
  'description',
  'thumbnail',
  'origin_country',
  'hs_code',
  'mid_code',
  'material',
  'unit_of_measure',
];
const INTEGER_COLUMNS = ['weight', 'length', 'height', 'width'];
/** Index 2 is a location that does not exist. */
const LOCATION_SLOTS = [0, 1, 2] as const;

type Body = Record<string, unknown>;

const camel = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const camelKeys = (body: Body): Body => Object.fromEntries(Object.entries(body).map(([k, v]) => [camel(k), v]));

/** An inventory item body of Medusa's create route, each field of its own kind or anything. */
const itemBody = fc
  .tuple(
    fc.record(
      {
        ...Object.fromEntries(TEXT_COLUMNS.map((column) => [column, field(fc.option(text, { nil: null }))])),
        ...Object.fromEntries(INTEGER_COLUMNS.map((column) => [column, field(fc.option(wholeish, { nil: null }))])),
        requires_shipping: field(fc.boolean()),
        metadata: field(fc.option(fc.dictionary(text, anything, { maxKeys: 3 }), { nil: null })),
        location_levels: field(
          fc.array(
            fc.record(
              {
                location_id: fc.constantFrom(...LOCATION_SLOTS),
                stocked_quantity: field(wholeish),
                incoming_quantity: field(wholeish),
              },
              { requiredKeys: ['location_id'] },
            ),
            { maxLength: 2 },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    unknownKey,
    anything,
  )
  .map(([body, key, value]) => (key === null ? body : { ...body, [key]: value }));

describe('mutation inputs: success as sent, or a clean refusal that changes nothing', () => {
  let server: GraphQLTestServer;
  let rest: ReturnType<typeof restClient>;
  let locations: string[];
  let fingerprint: Record<string, string>;

  beforeAll(async () => {
    server = await startGraphQLServer();
    rest = restClient(server);
    const prisma = server.gateway.db.prisma;
    const found = await prisma.stockLocation.findMany({ orderBy: { name: 'asc' }, select: { id: true } });
    locations = [...found.map((location) => location.id), 'sloc_nope'];
    fingerprint = await tableCounts(prisma);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** After a refusal, no row may differ from before it; after a success, the new state is the baseline. */
  async function checkRows(refused: boolean, input: unknown) {
    const now = await tableCounts(server.gateway.db.prisma);
    if (refused)
      expect(now, `a refused request changed rows: ${JSON.stringify(input).slice(0, 400)}`).toEqual(fingerprint);
    fingerprint = now;
  }

  /** A generated body with its location slots replaced by ids, as sent over JSON. */
  const withLocations = (body: Body): Body => {
    const levels = body.location_levels;
    if (!Array.isArray(levels)) return sent(body);
    return sent({
      ...body,
      location_levels: levels.map((level: unknown) =>
        level && typeof level === 'object' && typeof (level as Body).location_id === 'number'
          ? { ...level, location_id: locations[(level as Body).location_id as number] }
          : level,
      ),
    });
  };

  async function skuTaken(sku: unknown) {
    // Text PostgreSQL cannot store is refused before any lookup; it cannot be taken.
    if (typeof sku !== 'string' || sku.includes('\u0000')) return false;
    return (await server.gateway.db.prisma.inventoryItem.count({ where: { sku, deletedAt: null } })) > 0;
  }

  /** The item as read back: each column as sent (or its default), and a level per location as sent. */
  async function expectItemAsSent(id: string, body: Body) {
    const { status, body: answer } = await rest<{ inventory_item: Body }>('GET', `/admin/inventory-items/${id}`);
    expect(status).toBe(200);
    const item = answer.inventory_item;
    const expected: Body = {
      ...Object.fromEntries([...TEXT_COLUMNS, ...INTEGER_COLUMNS].map((column) => [column, body[column] ?? null])),
      requires_shipping: body.requires_shipping ?? true,
      metadata: body.metadata ?? null,
    };
    expect(Object.fromEntries(Object.keys(expected).map((key) => [key, item[key]]))).toEqual(expected);
    const levels = (body.location_levels ?? []) as Body[];
    const nodes = (
      await server.data<{ inventoryItem: { locationLevels: Body[] } }>(
        `query($id: ID!) { inventoryItem(id: $id) { locationLevels {
          locationId stockedQuantity incomingQuantity rawStockedQuantity rawIncomingQuantity } } }`,
        { id },
      )
    ).inventoryItem.locationLevels;
    const byLocation = (a: Body, b: Body) => String(a.locationId).localeCompare(String(b.locationId));
    expect(nodes.sort(byLocation)).toEqual(
      levels
        .map((level) => {
          const stocked = (level.stocked_quantity as number | undefined) ?? 0;
          const incoming = (level.incoming_quantity as number | undefined) ?? 0;
          return {
            locationId: level.location_id,
            stockedQuantity: stocked,
            incomingQuantity: incoming,
            rawStockedQuantity: { value: String(stocked), precision: 20 },
            rawIncomingQuantity: { value: String(incoming), precision: 20 },
          };
        })
        .sort(byLocation),
    );
  }

  it('REST POST /admin/inventory-items stores what it was sent or refuses cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(itemBody, async (generated) => {
        const body = withLocations(generated);
        const duplicate = await skuTaken(body.sku);
        const response = await rest<Body>('POST', '/admin/inventory-items', body);
        if (response.status === 200) {
          expect(duplicate, 'a taken sku was accepted').toBe(false);
          await expectItemAsSent((response.body.inventory_item as Body).id as string, body);
          await checkRows(false, body);
          return;
        }
        expectCleanRestRefusal(response);
        if (duplicate && response.status === 400 && /already exists/.test(String(response.body.message))) {
          expect(response.body.type).toBe('invalid_data');
        }
        await checkRows(true, body);
      }),
      propertyRuns(50),
    );
  }, 60_000);

  it('GraphQL createInventoryItem stores what it was sent or refuses cleanly', async () => {
    await fc.assert(
      fc.asyncProperty(itemBody, async (generated) => {
        const body = withLocations(generated);
        const duplicate = await skuTaken(body.sku);
        const input = camelKeys(body);
        if (Array.isArray(input.locationLevels))
          input.locationLevels = input.locationLevels.map((level) =>
            level && typeof level === 'object' ? camelKeys(level as Body) : level,
          );
        const outcome: GraphQLOutcome<{ __typename: string; inventoryItem: { id: string } }> = graphQLOutcome(
          await server.gql(
            `mutation($input: CreateInventoryItemInput!) { result: createInventoryItem(input: $input) {
                __typename ... on MutationError { code message } ... on InventoryItemPayload { inventoryItem { id } } } }`,
            { input },
          ),
          'InventoryItemPayload',
        );
        if (outcome.ok) {
          expect(duplicate, 'a taken sku was accepted').toBe(false);
          await expectItemAsSent(outcome.payload.inventoryItem.id, body);
        } else if (duplicate && outcome.code !== 'BAD_USER_INPUT' && outcome.code !== 'INVALID_DATA') {
          expect(outcome.code).toBe('DUPLICATE');
        }
        await checkRows(!outcome.ok, input);
      }),
      propertyRuns(50),
    );
  }, 60_000);

  it('level writes over both APIs leave the stock the model predicts, or refuse and change nothing', async () => {
    const prisma = server.gateway.db.prisma;
    const item = (await prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-BLACK' } })).id;
    const [location] = locations;
    const readLevel = async () =>
      (
        await server.data<{
          inventoryItem: { locationLevels: { stockedQuantity: number; rawStockedQuantity: unknown }[] };
        }>(
          `query($id: ID!, $location: ID!) { inventoryItem(id: $id) {
              locationLevels(locationIds: [$location]) { stockedQuantity rawStockedQuantity } } }`,
          { id: item, location },
        )
      ).inventoryItem.locationLevels[0];
    await fc.assert(
      fc.asyncProperty(fc.array(levelWrite, { minLength: 1, maxLength: 6 }), async (writes) => {
        let stock = (await readLevel()).stockedQuantity;
        for (const write of writes) {
          const predicted = predictLevelWrite(write, stock);
          const refused = await sendLevelWrite(write, stock, item, location, predicted);
          expect(refused, JSON.stringify({ write, stock, predicted })).toBe('code' in predicted);
          if ('stock' in predicted) stock = predicted.stock;
          const level = await readLevel();
          expect(level).toEqual({
            stockedQuantity: stock,
            rawStockedQuantity: { value: String(stock), precision: 20 },
          });
          await checkRows(refused, write);
        }
      }),
      propertyRuns(30),
    );
  }, 60_000);

  /** Sends one write; checks a refusal is clean and has the predicted code; answers whether it was refused. */
  async function sendLevelWrite(
    write: LevelWrite,
    stock: number,
    item: string,
    location: string,
    predicted: Prediction,
  ): Promise<boolean> {
    if (write.kind === 'rest') {
      const response = await rest('POST', `/admin/inventory-items/${item}/location-levels/${location}`, write.body);
      if (response.status === 200) return false;
      expectCleanRestRefusal(response);
      if ('code' in predicted) expect(response.body.type).toBe('invalid_data');
      return true;
    }
    const resolve = (value: unknown) => (value === CURRENT ? stock : value);
    const operations: Record<Exclude<LevelWrite['kind'], 'rest'>, () => readonly [string, unknown]> = {
      update: () =>
        [
          `mutation($input: InventoryLevelInput!) { result: updateInventoryLevel(input: $input) { ${LEVEL_SELECTION} } }`,
          {
            input: {
              inventoryItemId: item,
              locationId: location,
              stockedQuantity: write.kind === 'update' && write.stockedQuantity,
            },
          },
        ] as const,
      adjust: () =>
        [
          `mutation($item: ID!, $location: ID!, $delta: Int!, $expected: Int) {
            result: adjustInventoryLevel(input: { inventoryItemId: $item, locationId: $location, delta: $delta, changeFromQuantity: $expected }) { ${LEVEL_SELECTION} } }`,
          write.kind === 'adjust' && { item, location, delta: write.delta, expected: resolve(write.expected) },
        ] as const,
      set: () =>
        [
          `mutation($item: ID!, $location: ID!, $stocked: Int!, $compare: Int) {
            result: setInventoryLevel(input: { inventoryItemId: $item, locationId: $location, stockedQuantity: $stocked, changeFromQuantity: $compare }) { ${LEVEL_SELECTION} } }`,
          write.kind === 'set' && { item, location, stocked: write.stockedQuantity, compare: resolve(write.compare) },
        ] as const,
    };
    const [document, variables] = operations[write.kind]();
    const outcome = graphQLOutcome(
      await server.gql(document, sent((variables || {}) as Record<string, unknown>)),
      'InventoryLevelPayload',
    );
    if (!outcome.ok && 'code' in predicted) expect(outcome.code, outcome.message).toBe(predicted.code);
    return !outcome.ok;
  }

  /** The product the variant properties write to, with room for 80 option combinations. */
  async function propsProduct(title: string): Promise<string> {
    const { result } = await server.data<{ result: { product: { id: string } } }>(
      `mutation($input: CreateProductInput!) { result: createProduct(input: $input) { ... on ProductPayload { product { id } } } }`,
      {
        input: {
          title,
          options: Object.entries(PRODUCT_OPTIONS).map(([title, values]) => ({ title, values })),
        },
      },
    );
    fingerprint = await tableCounts(server.gateway.db.prisma);
    return result.product.id;
  }

  async function variantSkuTaken(sku: unknown) {
    if (typeof sku !== 'string' || sku.includes('\u0000')) return false;
    return (await server.gateway.db.prisma.productVariant.count({ where: { sku, deletedAt: null } })) > 0;
  }

  async function readVariant(id: string): Promise<Body> {
    const { productVariant } = await server.data<{ productVariant: Body }>(
      `query($id: ID!) { productVariant(id: $id) {
        title sku manageInventory prices { currencyCode amount } options { value option { title } } } }`,
      { id },
    );
    const { prices, options, ...columns } = productVariant as Record<string, unknown> & {
      prices: Body[];
      options: { value: string; option: { title: string } }[];
    };
    return {
      ...columns,
      prices: [...prices].sort(byPrice),
      options: Object.fromEntries(options.map((choice) => [choice.option.title, choice.value])),
    };
  }

  /** The variant as read back must hold the body's fields; those the body leaves out keep `before`. */
  async function expectVariantAsSent(id: string, body: Body, before: Body) {
    const given = <T>(key: string, value: () => T) => (key in body ? value() : before[key]);
    expect(await readVariant(id)).toEqual({
      title: given('title', () => body.title),
      sku: given('sku', () => body.sku ?? null),
      manageInventory: given('manage_inventory', () => body.manage_inventory),
      prices: given('prices', () =>
        (body.prices as Body[])
          .map((p) => ({ currencyCode: String(p.currency_code).trim().toLowerCase(), amount: p.amount }))
          .sort(byPrice),
      ),
      options: given('options', () => body.options),
    });
  }

  it('REST POST /admin/products/:id/variants stores the variant as sent or refuses cleanly', async () => {
    const product = await propsProduct('REST variants');
    const prisma = server.gateway.db.prisma;
    const variantIds = async () =>
      (await prisma.productVariant.findMany({ where: { productId: product }, select: { id: true } })).map((v) => v.id);
    await fc.assert(
      fc.asyncProperty(variantBody(true), async (generated) => {
        const body = sent(generated as Body);
        const duplicate = await variantSkuTaken(body.sku);
        const known = new Set(await variantIds());
        const response = await rest('POST', `/admin/products/${product}/variants`, body);
        if (response.status === 200) {
          expect(duplicate, 'a taken sku was accepted').toBe(false);
          const created = (await variantIds()).filter((id) => !known.has(id));
          expect(created).toHaveLength(1);
          await expectVariantAsSent(created[0], body, { manageInventory: true });
          await checkRows(false, body);
          return;
        }
        expectCleanRestRefusal(response);
        await checkRows(true, body);
      }),
      propertyRuns(40),
    );
  }, 60_000);

  it('GraphQL createProductVariant and updateProductVariant store what they were sent or refuse cleanly', async () => {
    const product = await propsProduct('GraphQL variants');
    const { result } = await server.data<{ result: { variant: { id: string } } }>(
      `mutation($product: ID!) { result: createProductVariant(input: { productId: $product,
          title: "Target", options: [{ option: "Size", value: "XS" }, { option: "Color", value: "Red" }] }) {
          ... on ProductVariantPayload { variant { id } } } }`,
      { product },
    );
    const target = result.variant.id;
    fingerprint = await tableCounts(server.gateway.db.prisma);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), variantBody(false), async (update, generated) => {
        const body = sent(generated as Body);
        if (!update && !('title' in body)) body.title = 'Generated';
        const duplicate = await variantSkuTaken(body.sku);
        const before = await readVariant(target);
        const response = update
          ? await server.gql(
              `mutation($input: UpdateProductVariantInput!) { result: updateProductVariant(input: $input) { ${VARIANT_SELECTION} } }`,
              { input: { id: target, ...variantInput(body) } },
            )
          : await server.gql(
              `mutation($input: CreateProductVariantInput!) { result: createProductVariant(input: $input) { ${VARIANT_SELECTION} } }`,
              { input: { productId: product, ...variantInput(body) } },
            );
        const outcome = graphQLOutcome<{ __typename: string; variant: { id: string } }>(
          response as Parameters<typeof graphQLOutcome>[0] as never,
          'ProductVariantPayload',
        );
        if (outcome.ok) {
          const taken = duplicate && !(update && before.sku === body.sku);
          expect(taken, 'a taken sku was accepted').toBe(false);
          await expectVariantAsSent(
            outcome.payload.variant.id,
            body,
            update ? before : { manageInventory: true, sku: null, prices: [], options: {} },
          );
        } else if (duplicate && outcome.code !== 'BAD_USER_INPUT' && outcome.code !== 'INVALID_DATA') {
          expect(outcome.code).toBe('DUPLICATE');
        }
        await checkRows(!outcome.ok, body);
      }),
      propertyRuns(40),
    );
  }, 60_000);
});

const LEVEL_SELECTION =
  '__typename ... on MutationError { code message } ... on InventoryLevelPayload { inventoryLevel { id } }';

type Prediction = { stock: number } | { code: string };

const isInt32 = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= INTEGER_MIN && value <= INTEGER_MAX;
const isQuantity = (value: unknown): value is number => isInt32(value) && value >= 0;

/** What a level write must do to a level holding `stock` units: the new stock, or the error code. */
function predictLevelWrite(write: LevelWrite, stock: number): Prediction {
  const given = (value: unknown) => (value === CURRENT ? stock : value);
  if (write.kind === 'rest') {
    const body = sent(write.body);
    const known = Object.keys(body).every((key) => key === 'stocked_quantity' || key === 'incoming_quantity');
    const valid = Object.values(body).every(isQuantity);
    if (!known || !valid) return { code: 'INVALID_DATA' };
    return { stock: (body.stocked_quantity as number | undefined) ?? stock };
  }
  if (write.kind === 'update') {
    const value = sent({ v: write.stockedQuantity }).v ?? null;
    if (value === null) return { stock };
    if (!isInt32(value)) return { code: 'BAD_USER_INPUT' };
    return isQuantity(value) ? { stock: value } : { code: 'INVALID_DATA' };
  }
  const expected = sent({ v: given(write.kind === 'adjust' ? write.expected : write.compare) }).v ?? null;
  const target = sent({ v: write.kind === 'adjust' ? write.delta : write.stockedQuantity }).v;
  if (!isInt32(target) || (expected !== null && !isInt32(expected))) return { code: 'BAD_USER_INPUT' };
  if (write.kind === 'set' && target < 0) return { code: 'INVALID_DATA' };
  if (expected !== null && expected < 0) return { code: 'INVALID_DATA' };
  if (expected !== null && expected !== stock) return { code: 'CONFLICT' };
  const next = write.kind === 'adjust' ? stock + target : target;
  return next >= 0 && next <= INTEGER_MAX ? { stock: next } : { code: 'INVALID_DATA' };
}

const VARIANT_SELECTION =
  '__typename ... on MutationError { code message } ... on ProductVariantPayload { variant { id } }';

const byPrice = (a: Body, b: Body) => `${a.currencyCode}:${a.amount}`.localeCompare(`${b.currencyCode}:${b.amount}`);

/** Medusa's variant body as GraphQL input: camelCase keys, options as a list of {option, value}. */
function variantInput(body: Body): Body {
  const input = camelKeys(body);
  if (Array.isArray(input.prices)) {
    input.prices = input.prices.map((price) => (price && typeof price === 'object' ? camelKeys(price as Body) : price));
  }
  if (input.options && typeof input.options === 'object' && !Array.isArray(input.options)) {
    input.options = Object.entries(input.options).map(([option, value]) => ({ option, value }));
  }
  return input;
}
