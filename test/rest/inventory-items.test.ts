import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { type RestResponse, restClient } from '../support/rest.js';
import { recording, shapeDifferences } from '../support/shape.js';
import { tableCounts } from '../support/snapshots.js';

interface Level {
  id: string;
  inventory_item_id: string;
  location_id: string;
  stocked_quantity: number;
  reserved_quantity: number;
  incoming_quantity: number;
  available_quantity: number;
  [key: string]: unknown;
}

interface Item {
  id: string;
  sku: string | null;
  title: string | null;
  stocked_quantity: number | null;
  location_levels: Level[];
  [key: string]: unknown;
}

type ItemBody = { inventory_item: Item };
type ItemList = { inventory_items: Item[]; count: number; offset: number; limit: number };
type LevelList = { inventory_levels: Level[]; count: number; offset: number; limit: number };
type Batch = { created: Level[]; updated: Level[]; deleted: string[] };
type ErrorBody = { type: string; message: string };

const NOPE_ITEM = 'iitem_01JDNOPE000000000000000000';
const NOPE_LOCATION = 'sloc_01JDNOPE000000000000000000';
const NOPE_LEVEL = 'ilev_01JDNOPE000000000000000000';

/** Every object's keys in order, by path (arrays by their first element): Medusa's key order, not just its keys. */
/** A batch answer with the totals of its `inventory_item` stubs as Medusa sends them (null), to compare shapes. */
function withNullTotals(batch: Batch): Batch {
  const stub = (level: Level) =>
    'inventory_item' in level
      ? {
          ...level,
          inventory_item: { ...(level.inventory_item as object), reserved_quantity: null, stocked_quantity: null },
        }
      : level;
  return { ...batch, created: batch.created.map(stub), updated: batch.updated.map(stub) };
}

function keyOrder(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.length > 0 ? keyOrder(value[0], `${path}[0]`) : [];
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  return [
    `${path}: ${entries.map(([key]) => key).join(',')}`,
    ...entries.flatMap(([k, v]) => keyOrder(v, `${path}.${k}`)),
  ];
}

/**
 * The Medusa Admin API for inventory items and their location levels, over the demo catalog:
 * every route's default answer compared by shape (and key order) with Medusa 2.21's recorded
 * answers, `fields` variants, and the refusals, which must leave every table as it was.
 */
describe('REST: inventory items and location levels', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let prisma: GraphQLTestServer['gateway']['db']['prisma'];
  let berlin: string;
  let lisbon: string;
  /** A third location, where the seeded items are not stocked. */
  let porto: string;

  /** The recorded Medusa response body of a file in test/fixtures/medusa-2.21-responses. */
  const recorded = async <T = Record<string, unknown>>(name: string) => (await recording(name)).response.body as T;
  const expectShape = (actual: unknown, expected: unknown) => expect(shapeDifferences(actual, expected)).toEqual([]);
  /** Medusa's item as GET /admin/inventory-items/:id answers it by default (009). */
  const medusaItem = async () => (await recorded<ItemBody>('009-get-inventory-item-A')).inventory_item;
  /** Medusa's level as GET .../location-levels answers it by default (010). */
  const medusaLevel = async () =>
    (await recorded<LevelList>('010-get-inventory-item-A-location-levels')).inventory_levels[0];

  const itemId = async (sku: string) => (await prisma.inventoryItem.findFirstOrThrow({ where: { sku } })).id;
  const levelOf = (inventoryItemId: string, locationId: string) =>
    prisma.inventoryLevel.findFirst({ where: { inventoryItemId, locationId, deletedAt: null } });

  /** Sends a request that must be refused: the response, after checking that no table changed. */
  const refused = async <T = ErrorBody>(method: string, path: string, body?: unknown): Promise<RestResponse<T>> => {
    const before = await tableCounts(prisma);
    const response = await call<T>(method, path, body);
    expect(await tableCounts(prisma)).toEqual(before);
    return response;
  };
  /** A Medusa error; a RegExp for messages whose wording src/rest/validation.ts owns beyond the field's name. */
  const expectError = (response: RestResponse<ErrorBody>, status: number, type: string, message: string | RegExp) => {
    expect({ status: response.status, body: response.body }).toEqual({
      status,
      body: { type, message: typeof message === 'string' ? message : expect.stringMatching(message) },
    });
  };

  /** A fresh item stocked as given, through the REST API itself. */
  let made = 0;
  const makeItem = async (levels: { location_id: string; stocked_quantity?: number; incoming_quantity?: number }[]) => {
    made += 1;
    const response = await call<ItemBody>('POST', '/admin/inventory-items', {
      sku: `REST-TEST-${made}`,
      title: `Test item ${made}`,
      location_levels: levels,
    });
    expect(response.status).toBe(200);
    return response.body.inventory_item;
  };

  beforeAll(async () => {
    server = await startGraphQLServer();
    call = restClient(server);
    prisma = server.gateway.db.prisma;
    berlin = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Berlin Warehouse' } })).id;
    lisbon = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Lisbon Store' } })).id;
    const created = await server.data<{ createStockLocation: { stockLocation: { id: string } } }>(
      `mutation { createStockLocation(input: { name: "Porto Depot" }) { ... on StockLocationPayload { stockLocation { id } } } }`,
    );
    porto = created.createStockLocation.stockLocation.id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  describe('GET /admin/inventory-items', () => {
    it('answers a page of items with the default fields, shaped and ordered as Medusa (009)', async () => {
      const response = await call<ItemList>('GET', '/admin/inventory-items');
      expect(response.status).toBe(200);
      // The first item is a seeded tee, which has a weight; Medusa's item A had none.
      const item = { ...(await medusaItem()), weight: 0 };
      expectShape(response.body, { inventory_items: [item], count: 0, offset: 0, limit: 0 });
      expect(keyOrder(response.body.inventory_items[0])).toEqual(keyOrder(item));
      expect(Object.keys(response.body)).toEqual(['inventory_items', 'count', 'offset', 'limit']);
      const live = await prisma.inventoryItem.count({ where: { deletedAt: null } });
      expect(response.body).toMatchObject({ count: live, offset: 0, limit: 20 });
      // Medusa's default order is by id, that is, creation order.
      const ids = response.body.inventory_items.map((row) => row.id);
      expect(ids).toEqual([...ids].sort());
    });

    it('answers only the fields asked for', async () => {
      const bare = await call<ItemList>('GET', '/admin/inventory-items?fields=id,sku&limit=3');
      expect(bare.body.inventory_items).toHaveLength(3);
      for (const item of bare.body.inventory_items) expect(Object.keys(item)).toEqual(['id', 'sku']);

      const nested = await call<ItemList>(
        'GET',
        '/admin/inventory-items?fields=sku,location_levels.location_id&sku=HOODIE-L',
      );
      expect(nested.body.inventory_items).toEqual([
        {
          sku: 'HOODIE-L',
          location_levels: expect.arrayContaining([{ location_id: berlin, id: expect.any(String) }]),
          id: expect.any(String),
        },
      ]);

      // `+` adds to the defaults; `location_levels` already holds every level column there.
      const added = await call<ItemList>(
        'GET',
        '/admin/inventory-items?fields=%2Blocation_levels.location_id&sku=HOODIE-S',
      );
      expectShape(added.body.inventory_items[0], await medusaItem());

      const star = await call<ItemList>('GET', '/admin/inventory-items?fields=id,*location_levels&limit=1');
      expect(Object.keys(star.body.inventory_items[0])).toEqual(['id', 'location_levels']);
      expectShape(star.body.inventory_items[0].location_levels[0], (await medusaItem()).location_levels[0]);
    });

    it('filters by q, id, sku, location and requires_shipping, and pages and orders', async () => {
      const skus = async (query: string) =>
        (await call<ItemList>('GET', `/admin/inventory-items?fields=sku&${query}`)).body.inventory_items.map(
          (item) => item.sku,
        );
      expect((await skus('q=hoodie')).sort()).toEqual(['HOODIE-L', 'HOODIE-M', 'HOODIE-S']);
      expect(await skus('sku=MUG-WHITE&sku=MUG-BLACK&order=sku')).toEqual(['MUG-BLACK', 'MUG-WHITE']);
      expect(await skus('sku=MUG-WHITE,MUG-BLACK&order=-sku')).toEqual(['MUG-WHITE', 'MUG-BLACK']);
      const mug = await itemId('MUG-WHITE');
      expect(await skus(`id=${mug}`)).toEqual(['MUG-WHITE']);
      expect(await skus(`id[]=${mug}`)).toEqual(['MUG-WHITE']);
      // Porto stocks nothing yet: no item has a level there.
      expect(await skus(`location_levels[location_id]=${porto}`)).toEqual([]);
      expect((await skus(`location_levels[location_id]=${lisbon}&q=tee`)).sort()).toEqual([
        'TEE-BLACK-M',
        'TEE-BLACK-S',
        'TEE-WHITE-M',
        'TEE-WHITE-S',
      ]);
      expect(await skus('requires_shipping=false')).toEqual([]);
      const page = await call<ItemList>('GET', '/admin/inventory-items?fields=id&limit=2&offset=1&order=id');
      expect(page.body).toMatchObject({ offset: 1, limit: 2 });
      expect(page.body.inventory_items).toHaveLength(2);
    });

    it('refuses parameters it does not know or cannot serve, naming them', async () => {
      expectError(
        await refused('GET', '/admin/inventory-items?foo=1'),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'foo'",
      );
      // Medusa filters by these; the gateway's GraphQL filter cannot, so it says so instead of ignoring them.
      expectError(
        await refused('GET', '/admin/inventory-items?weight[$gt]=10'),
        400,
        'invalid_data',
        "Invalid request: Filtering inventory items by 'weight' is not supported by this gateway",
      );
      expectError(
        await refused('GET', '/admin/inventory-items?created_at[$gt]=2020-01-01'),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'created_at'",
      );
      expectError(
        await refused('GET', '/admin/inventory-items?order=-stocked_quantity'),
        400,
        'invalid_data',
        "Invalid request: Cannot order inventory items by '-stocked_quantity'; sortable: id, created_at, updated_at, sku, title, each with an optional '-' for descending",
      );
      expectError(
        await refused('GET', '/admin/inventory-items?requires_shipping=maybe'),
        400,
        'invalid_data',
        "Invalid request: Expected type: 'boolean' for field 'requires_shipping', got: 'maybe'",
      );
      const negative = await refused('GET', '/admin/inventory-items?limit=-1');
      expect(negative.status).toBe(400);
    });

    it('names fields it does not know in a header, as the other routes do', async () => {
      const response = await call<ItemList>('GET', '/admin/inventory-items?fields=id,nope&limit=1');
      expect(response.status).toBe(200);
      expect(response.headers.get('x-unknown-fields')).toBe('nope');
      expect(Object.keys(response.body.inventory_items[0])).toEqual(['id']);
    });
  });

  describe('POST /admin/inventory-items', () => {
    it('creates an item with a level and answers it with the default fields (007)', async () => {
      const expected = await recorded('007-create-inventory-item-A-with-level');
      const response = await call<ItemBody>('POST', '/admin/inventory-items', {
        sku: 'INV-A-REST',
        title: 'Inventory A',
        location_levels: [{ location_id: porto, stocked_quantity: 100 }],
      });
      expect(response.status).toBe(200);
      expectShape(response.body, expected);
      expect(keyOrder(response.body)).toEqual(keyOrder(expected));
      expect(response.body.inventory_item).toMatchObject({
        sku: 'INV-A-REST',
        requires_shipping: true,
        stocked_quantity: 100,
        reserved_quantity: 0,
        location_levels: [
          { location_id: porto, stocked_quantity: 100, raw_stocked_quantity: { value: '100', precision: 20 } },
        ],
      });
    });

    it('creates an item with two levels and incoming units (008)', async () => {
      const response = await call<ItemBody>('POST', '/admin/inventory-items', {
        sku: 'INV-B-REST',
        title: 'Inventory B',
        location_levels: [
          { location_id: berlin, stocked_quantity: 40 },
          { location_id: lisbon, stocked_quantity: 7, incoming_quantity: 3 },
        ],
      });
      expect(response.status).toBe(200);
      expectShape(response.body, await recorded('008-create-inventory-item-B-with-two-levels'));
      expect(response.body.inventory_item.stocked_quantity).toBe(47);
      expect(response.body.inventory_item.location_levels).toHaveLength(2);
    });

    it('answers only the fields asked for (037)', async () => {
      const response = await call('POST', '/admin/inventory-items?fields=id,sku', {
        sku: 'INV-NEG-REST',
        title: 'Inventory NEG',
        location_levels: [{ location_id: berlin, stocked_quantity: 10 }],
      });
      expect(response.status).toBe(200);
      expectShape(response.body, await recorded('037-setup-inventory-item-NEG'));
      const star = await call<ItemBody>('POST', '/admin/inventory-items?fields=sku,*location_levels', {
        sku: 'INV-STAR-REST',
        location_levels: [{ location_id: lisbon }],
      });
      // `id` is added last whenever `fields` is given and does not name it, as Medusa answers `fields=title` with {title, id}.
      expect(Object.keys(star.body.inventory_item)).toEqual(['sku', 'location_levels', 'id']);
      expect(star.body.inventory_item.location_levels[0]).toMatchObject({ stocked_quantity: 0, incoming_quantity: 0 });
      // An empty body is a valid item, as in Medusa.
      const empty = await call<ItemBody>('POST', '/admin/inventory-items?fields=id,sku,requires_shipping', {});
      expect(empty.body.inventory_item).toEqual({
        id: expect.stringMatching(/^iitem_/),
        sku: null,
        requires_shipping: true,
      });
    });

    it('refuses bad bodies with Medusa messages and writes nothing', async () => {
      const post = (body: unknown) => refused('POST', '/admin/inventory-items', body);
      expectError(await post({ sku: 'X-1', x: 1 }), 400, 'invalid_data', "Invalid request: Unrecognized fields: 'x'");
      expectError(
        await post({ location_levels: [{ stocked_quantity: 1 }] }),
        400,
        'invalid_data',
        "Invalid request: Field 'location_levels, 0, location_id' is required",
      );
      expectError(
        await post({ location_levels: [{ location_id: berlin, stocked_quantity: -1 }] }),
        400,
        'invalid_data',
        "Invalid request: Value for field 'location_levels, 0, stocked_quantity' too small, expected at least: '0'",
      );
      expectError(
        await post({ location_levels: [{ location_id: berlin, stocked_quantity: 1.5 }] }),
        400,
        'invalid_data',
        "Invalid request: Field 'location_levels, 0, stocked_quantity' must be a whole number from 0 to 2147483647",
      );
      expectError(
        await post({ location_levels: [{ location_id: berlin, bogus: 1 }] }),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'bogus'",
      );
      expectError(
        await post({ requires_shipping: 'yes' }),
        400,
        'invalid_data',
        /^Invalid request: Expected type: 'boolean' for field 'requires_shipping', got: /,
      );
      expectError(
        await post({ weight: 1.5 }),
        400,
        'invalid_data',
        "Invalid request: Field 'weight' must be a whole number from -2147483648 to 2147483647",
      );
      expectError(
        await post({ sku: 'HOODIE-S' }),
        400,
        'invalid_data',
        'Inventory item with sku: HOODIE-S, already exists.',
      );
      expectError(
        await post({ sku: 'X-2', location_levels: [{ location_id: NOPE_LOCATION }] }),
        404,
        'not_found',
        `Stock locations with ids: ${NOPE_LOCATION} was not found`,
      );
      expectError(
        await post({ location_levels: [{ location_id: berlin }, { location_id: berlin }] }),
        400,
        'invalid_data',
        `Location ${berlin} appears more than once in locationLevels`,
      );
      const malformed = await refused('POST', '/admin/inventory-items', '{"sku": ');
      expect(malformed.status).toBe(400);
    });
  });

  describe('GET /admin/inventory-items/:id', () => {
    it('answers the item with the default fields, shaped and ordered as Medusa (009)', async () => {
      const response = await call<ItemBody>('GET', `/admin/inventory-items/${await itemId('HOODIE-S')}`);
      expect(response.status).toBe(200);
      const expected = await recorded('009-get-inventory-item-A');
      expectShape(response.body, expected);
      expect(keyOrder(response.body)).toEqual(keyOrder(expected));

      const id = await itemId('TEE-BLACK-S');
      const reserved = await call<ItemBody>('GET', `/admin/inventory-items/${id}`);
      const berlinLevel = reserved.body.inventory_item.location_levels.find((level) => level.location_id === berlin);
      // The seeded reservation holds 2 of Berlin's 40.
      expect(berlinLevel).toMatchObject({ stocked_quantity: 40, reserved_quantity: 2, available_quantity: 38 });
      expect(reserved.body.inventory_item).toMatchObject({ stocked_quantity: 50, reserved_quantity: 2 });
    });

    it('answers fields, relations and removals as asked (032)', async () => {
      const id = await itemId('MUG-WHITE');
      const response = await call<ItemBody>(
        'GET',
        `/admin/inventory-items/${id}?fields=id,sku,stocked_quantity,reserved_quantity,*location_levels,*variants`,
      );
      expect(response.status).toBe(200);
      // Medusa nests a `{id}` stub of each variant's product, a side effect of its link module; the gateway does not.
      expect(shapeDifferences(response.body, await recorded('032-get-inventory-item-B-after-links'))).toEqual([
        '$.inventory_item.variants[0].product: missing',
      ]);
      const variants = response.body.inventory_item.variants as { sku: string }[];
      expect(variants.map((variant) => variant.sku).sort()).toEqual(['MUG-WHITE', 'MUG-WHITE-2PACK']);

      const bare = await call<ItemBody>('GET', `/admin/inventory-items/${id}?fields=id,sku`);
      expect(bare.body).toEqual({ inventory_item: { id, sku: 'MUG-WHITE' } });

      const without = await call<ItemBody>('GET', `/admin/inventory-items/${id}?fields=-location_levels,-metadata`);
      expect(Object.keys(without.body.inventory_item)).not.toContain('location_levels');
      expect(Object.keys(without.body.inventory_item)).not.toContain('metadata');
      expect(Object.keys(without.body.inventory_item)).toContain('unit_of_measure');

      const levels = await call<ItemBody>(
        'GET',
        `/admin/inventory-items/${id}?fields=id,location_levels.stocked_quantity,location_levels.stock_locations.name`,
      );
      expect(levels.body.inventory_item.location_levels).toContainEqual({
        stocked_quantity: 30,
        stock_locations: { name: 'Berlin Warehouse', id: berlin },
        id: expect.any(String),
      });
    });

    it('answers 404 for an unknown or deleted item, and 400 for unknown parameters', async () => {
      expectError(
        await refused('GET', `/admin/inventory-items/${NOPE_ITEM}`),
        404,
        'not_found',
        `Inventory item with id: ${NOPE_ITEM} was not found`,
      );
      expectError(
        await refused('GET', `/admin/inventory-items/${await itemId('HOODIE-S')}?limit=1`),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'limit'",
      );
    });
  });

  describe('POST /admin/inventory-items/:id', () => {
    it('updates the fields given and answers the item with the default fields', async () => {
      const item = await makeItem([{ location_id: berlin, stocked_quantity: 5 }]);
      const response = await call<ItemBody>('POST', `/admin/inventory-items/${item.id}`, {
        title: 'Renamed',
        description: null,
        hs_code: '6109',
        unit_of_measure: 'piece',
        weight: 120,
        requires_shipping: false,
        metadata: { shelf: 'A3' },
      });
      expect(response.status).toBe(200);
      const expected = await medusaItem();
      // The values set here are strings, numbers and objects where Medusa's item A had nulls.
      const set = { metadata: { shelf: '' }, hs_code: '', unit_of_measure: '', weight: 0 };
      expectShape(response.body, { inventory_item: { ...expected, ...set } });
      expect(keyOrder(response.body)).toEqual(keyOrder({ inventory_item: { ...expected, ...set } }));
      expect(response.body.inventory_item).toMatchObject({
        sku: item.sku,
        title: 'Renamed',
        description: null,
        hs_code: '6109',
        unit_of_measure: 'piece',
        weight: 120,
        requires_shipping: false,
        metadata: { shelf: 'A3' },
        stocked_quantity: 5,
      });
    });

    it('answers only the fields asked for', async () => {
      const item = await makeItem([{ location_id: lisbon, stocked_quantity: 2 }]);
      const bare = await call<ItemBody>('POST', `/admin/inventory-items/${item.id}?fields=id,title`, { title: 'T2' });
      expect(bare.body).toEqual({ inventory_item: { id: item.id, title: 'T2' } });
      const nested = await call<ItemBody>(
        'POST',
        `/admin/inventory-items/${item.id}?fields=title,location_levels.location_id,location_levels.stocked_quantity`,
        { title: 'T3' },
      );
      expect(nested.body).toEqual({
        inventory_item: {
          title: 'T3',
          location_levels: [{ location_id: lisbon, stocked_quantity: 2, id: expect.any(String) }],
          id: item.id,
        },
      });
    });

    it('refuses bad bodies and unknown items, and writes nothing', async () => {
      const id = await itemId('HOODIE-M');
      const post = (body: unknown, target = id) => refused('POST', `/admin/inventory-items/${target}`, body);
      expectError(await post({ title: 'x', x: 1 }), 400, 'invalid_data', "Invalid request: Unrecognized fields: 'x'");
      expectError(
        await post({ location_levels: [] }),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'location_levels'",
      );
      expectError(
        await post({ weight: 'heavy' }),
        400,
        'invalid_data',
        /^Invalid request: Expected type: 'number' for field 'weight', got: /,
      );
      expectError(
        await post({ metadata: ['a'] }),
        400,
        'invalid_data',
        /^Invalid request: Expected type: 'record' for field 'metadata', got: /,
      );
      expectError(
        await post({ sku: 'HOODIE-L' }),
        400,
        'invalid_data',
        'Inventory item with sku: HOODIE-L, already exists.',
      );
      expectError(
        await post({ title: 'x' }, NOPE_ITEM),
        404,
        'not_found',
        `InventoryItem with id "${NOPE_ITEM}" not found`,
      );
    });
  });

  describe('DELETE /admin/inventory-items/:id', () => {
    it("deletes the item with its levels and answers Medusa's delete shape, whatever the fields", async () => {
      const item = await makeItem([{ location_id: berlin, stocked_quantity: 5 }]);
      const response = await call('DELETE', `/admin/inventory-items/${item.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ id: item.id, object: 'inventory_item', deleted: true });
      expect((await call('GET', `/admin/inventory-items/${item.id}`)).status).toBe(404);
      expect(await levelOf(item.id, berlin)).toBeNull();

      for (const fields of ['id,sku', '*location_levels']) {
        const other = await makeItem([]);
        const deleted = await call('DELETE', `/admin/inventory-items/${other.id}?fields=${fields}`);
        expect(deleted.body).toEqual({ id: other.id, object: 'inventory_item', deleted: true });
      }
    });

    it('refuses unknown items and items with reservations, and writes nothing', async () => {
      // Medusa answers 200 for an id that names nothing; the gateway says it is not there.
      expectError(
        await refused('DELETE', `/admin/inventory-items/${NOPE_ITEM}`),
        404,
        'not_found',
        `InventoryItem with id "${NOPE_ITEM}" not found`,
      );
      const reserved = await itemId('TEE-BLACK-S');
      expectError(
        await refused('DELETE', `/admin/inventory-items/${reserved}`),
        400,
        'invalid_data',
        `Cannot remove following inventory item(s) since they have reservations: [${reserved}].`,
      );
      expectError(
        await refused('DELETE', `/admin/inventory-items/${reserved}?force=true`),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'force'",
      );
    });
  });

  describe('GET /admin/inventory-items/:id/location-levels', () => {
    it('answers a page of levels with the default fields, shaped and ordered as Medusa (010)', async () => {
      const id = await itemId('TEE-BLACK-S');
      const response = await call<LevelList>('GET', `/admin/inventory-items/${id}/location-levels`);
      expect(response.status).toBe(200);
      const expected = await recorded('010-get-inventory-item-A-location-levels');
      expectShape(response.body, expected);
      expect(keyOrder(response.body)).toEqual(keyOrder(expected));
      expect(response.body).toMatchObject({ count: 2, offset: 0, limit: 50 });
      expect(response.body.inventory_levels.map((level) => level.location_id).sort()).toEqual([berlin, lisbon].sort());
    });

    it('answers fields, filters by location, pages and orders', async () => {
      const id = await itemId('HOODIE-L');
      const bare = await call<LevelList>(
        'GET',
        `/admin/inventory-items/${id}/location-levels?fields=location_id,stocked_quantity&order=-stocked_quantity`,
      );
      expect(bare.body.inventory_levels).toEqual([
        { location_id: lisbon, stocked_quantity: 6, id: expect.any(String) },
        { location_id: berlin, stocked_quantity: 4, id: expect.any(String) },
      ]);
      const located = await call<LevelList>(
        'GET',
        `/admin/inventory-items/${id}/location-levels?fields=id,stock_locations.name&location_id=${lisbon}`,
      );
      expect(located.body).toEqual({
        inventory_levels: [{ id: expect.any(String), stock_locations: { name: 'Lisbon Store', id: lisbon } }],
        count: 1,
        offset: 0,
        limit: 50,
      });
      const paged = await call<LevelList>(
        'GET',
        `/admin/inventory-items/${id}/location-levels?fields=%2Bstock_locations.name&limit=1&offset=1&order=stocked_quantity`,
      );
      expect(paged.body).toMatchObject({ count: 2, offset: 1, limit: 1 });
      expect(paged.body.inventory_levels).toEqual([
        expect.objectContaining({ location_id: lisbon, stock_locations: { name: 'Lisbon Store', id: lisbon } }),
      ]);
      expectShape(
        { ...paged.body.inventory_levels[0], stock_locations: undefined },
        { ...(await medusaLevel()), stock_locations: undefined },
      );
    });

    it('refuses unknown items and parameters it does not take', async () => {
      // Medusa lists nothing for an unknown item; the gateway says it is not there, as GET one does.
      expectError(
        await refused('GET', `/admin/inventory-items/${NOPE_ITEM}/location-levels`),
        404,
        'not_found',
        `Inventory item with id: ${NOPE_ITEM} was not found`,
      );
      const id = await itemId('HOODIE-L');
      expectError(
        await refused('GET', `/admin/inventory-items/${id}/location-levels?q=x`),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'q'",
      );
      expectError(
        await refused('GET', `/admin/inventory-items/${id}/location-levels?order=available_quantity`),
        400,
        'invalid_data',
        "Invalid request: Cannot order inventory levels by 'available_quantity'; sortable: id, created_at, updated_at, location_id, stocked_quantity, reserved_quantity, incoming_quantity, each with an optional '-' for descending",
      );
      expectError(
        await refused('GET', `/admin/inventory-items/${id}/location-levels?$or[0][location_id]=${berlin}`),
        400,
        'invalid_data',
        "Invalid request: Filtering inventory levels by '$or' is not supported by this gateway",
      );
    });
  });

  describe('POST /admin/inventory-items/:id/location-levels', () => {
    it('stocks the item at a location and answers the item with the default fields', async () => {
      const item = await makeItem([{ location_id: berlin, stocked_quantity: 1 }]);
      const response = await call<ItemBody>('POST', `/admin/inventory-items/${item.id}/location-levels`, {
        location_id: porto,
        stocked_quantity: 12,
        incoming_quantity: 4,
      });
      expect(response.status).toBe(200);
      const expected = await medusaItem();
      expectShape(response.body, { inventory_item: expected });
      expect(keyOrder(response.body)).toEqual(keyOrder({ inventory_item: expected }));
      expect(response.body.inventory_item.stocked_quantity).toBe(13);
      expect(response.body.inventory_item.location_levels).toContainEqual(
        expect.objectContaining({
          location_id: porto,
          stocked_quantity: 12,
          incoming_quantity: 4,
          available_quantity: 12,
        }),
      );
    });

    it('answers only the fields asked for', async () => {
      const item = await makeItem([]);
      const bare = await call<ItemBody>(
        'POST',
        `/admin/inventory-items/${item.id}/location-levels?fields=id,stocked_quantity`,
        {
          location_id: berlin,
          stocked_quantity: 3,
        },
      );
      expect(bare.body).toEqual({ inventory_item: { id: item.id, stocked_quantity: 3 } });
      const star = await call<ItemBody>(
        'POST',
        `/admin/inventory-items/${item.id}/location-levels?fields=id,*location_levels`,
        {
          location_id: lisbon,
        },
      );
      expect(Object.keys(star.body.inventory_item)).toEqual(['id', 'location_levels']);
      expectShape(star.body.inventory_item.location_levels[0], (await medusaItem()).location_levels[0]);
      expect(star.body.inventory_item.location_levels).toHaveLength(2);
    });

    it('refuses bad bodies, unknown items and locations, and duplicate levels, writing nothing', async () => {
      const id = await itemId('HOODIE-S');
      const post = (body: unknown, target = id) =>
        refused('POST', `/admin/inventory-items/${target}/location-levels`, body);
      expectError(
        await post({ stocked_quantity: 1 }),
        400,
        'invalid_data',
        "Invalid request: Field 'location_id' is required",
      );
      expectError(
        await post({ location_id: porto, x: 1 }),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'x'",
      );
      expectError(
        await post({ location_id: porto, stocked_quantity: -5 }),
        400,
        'invalid_data',
        "Invalid request: Value for field 'stocked_quantity' too small, expected at least: '0'",
      );
      expectError(
        await post({ location_id: porto, incoming_quantity: '3' }),
        400,
        'invalid_data',
        /^Invalid request: Expected type: 'number' for field 'incoming_quantity', got: /,
      );
      expectError(
        await post({ location_id: berlin }),
        400,
        'invalid_data',
        `Inventory level with inventory_item_id: ${id}, location_id: ${berlin}, already exists.`,
      );
      expectError(
        await post({ location_id: NOPE_LOCATION }),
        404,
        'not_found',
        `Stock locations with ids: ${NOPE_LOCATION} was not found`,
      );
      expectError(
        await post({ location_id: porto }, NOPE_ITEM),
        404,
        'not_found',
        `You tried to set relationship inventory_item_id: ${NOPE_ITEM}, but such entity does not exist`,
      );
    });
  });

  describe('POST /admin/inventory-items/:id/location-levels/:location_id', () => {
    it('sets the quantities given and answers the item with the default fields', async () => {
      const item = await makeItem([{ location_id: berlin, stocked_quantity: 10, incoming_quantity: 2 }]);
      const response = await call<ItemBody>('POST', `/admin/inventory-items/${item.id}/location-levels/${berlin}`, {
        stocked_quantity: 25,
      });
      expect(response.status).toBe(200);
      expectShape(response.body, { inventory_item: await medusaItem() });
      expect(response.body.inventory_item.location_levels).toEqual([
        expect.objectContaining({
          location_id: berlin,
          stocked_quantity: 25,
          incoming_quantity: 2,
          raw_stocked_quantity: { value: '25', precision: 20 },
        }),
      ]);
      const empty = await call<ItemBody>('POST', `/admin/inventory-items/${item.id}/location-levels/${berlin}`, {});
      expect(empty.body.inventory_item.stocked_quantity).toBe(25);
    });

    it('answers only the fields asked for', async () => {
      const item = await makeItem([{ location_id: lisbon, stocked_quantity: 1 }]);
      const bare = await call<ItemBody>(
        'POST',
        `/admin/inventory-items/${item.id}/location-levels/${lisbon}?fields=stocked_quantity`,
        { incoming_quantity: 9 },
      );
      expect(bare.body).toEqual({ inventory_item: { stocked_quantity: 1, id: item.id } });
      const nested = await call<ItemBody>(
        'POST',
        `/admin/inventory-items/${item.id}/location-levels/${lisbon}?fields=id,location_levels.incoming_quantity`,
        { incoming_quantity: 0, stocked_quantity: 4 },
      );
      expect(nested.body).toEqual({
        inventory_item: { id: item.id, location_levels: [{ incoming_quantity: 0, id: expect.any(String) }] },
      });
    });

    it('refuses bad bodies and levels that do not exist, writing nothing', async () => {
      const id = await itemId('HOODIE-S');
      const post = (body: unknown, location = berlin, target = id) =>
        refused('POST', `/admin/inventory-items/${target}/location-levels/${location}`, body);
      expectError(await post({ x: 1 }), 400, 'invalid_data', "Invalid request: Unrecognized fields: 'x'");
      expectError(
        await post({ location_id: lisbon }),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'location_id'",
      );
      expectError(
        await post({ stocked_quantity: -1 }),
        400,
        'invalid_data',
        "Invalid request: Value for field 'stocked_quantity' too small, expected at least: '0'",
      );
      expectError(
        await post({ stocked_quantity: 2.5 }),
        400,
        'invalid_data',
        "Invalid request: Field 'stocked_quantity' must be a whole number from 0 to 2147483647",
      );
      expectError(
        await post({ stocked_quantity: 1 }, porto),
        404,
        'not_found',
        `Item ${id} is not stocked at location ${porto}`,
      );
      expectError(
        await post({ stocked_quantity: 1 }, berlin, NOPE_ITEM),
        404,
        'not_found',
        `Item ${NOPE_ITEM} is not stocked at location ${berlin}`,
      );
    });
  });

  describe('DELETE /admin/inventory-items/:id/location-levels/:location_id', () => {
    it("removes an empty level and answers Medusa's delete shape with the item as parent", async () => {
      const item = await makeItem([{ location_id: berlin, stocked_quantity: 3 }, { location_id: lisbon }]);
      const level = await levelOf(item.id, lisbon);
      const response = await call<{ parent: Item }>(
        'DELETE',
        `/admin/inventory-items/${item.id}/location-levels/${lisbon}`,
      );
      expect(response.status).toBe(200);
      expectShape(response.body, { id: '', object: '', deleted: true, parent: await medusaItem() });
      expect(response.body).toMatchObject({ id: level?.id, object: 'inventory-level', deleted: true });
      expect(response.body.parent.location_levels.map((row) => row.location_id)).toEqual([berlin]);
      expect(await levelOf(item.id, lisbon)).toBeNull();
    });

    it('answers the parent with the fields asked for', async () => {
      const item = await makeItem([{ location_id: berlin }, { location_id: lisbon }, { location_id: porto }]);
      const bare = await call('DELETE', `/admin/inventory-items/${item.id}/location-levels/${lisbon}?fields=id,sku`);
      expect(bare.body).toEqual({
        id: expect.stringMatching(/^ilev_/),
        object: 'inventory-level',
        deleted: true,
        parent: { id: item.id, sku: item.sku },
      });
      const nested = await call(
        'DELETE',
        `/admin/inventory-items/${item.id}/location-levels/${porto}?fields=location_levels.location_id`,
      );
      expect(nested.body).toEqual({
        id: expect.stringMatching(/^ilev_/),
        object: 'inventory-level',
        deleted: true,
        parent: { id: item.id, location_levels: [{ location_id: berlin, id: expect.any(String) }] },
      });
    });

    it('refuses missing levels and levels holding units, with the 2.13+ messages, writing nothing', async () => {
      const path = (item: string, location: string) => `/admin/inventory-items/${item}/location-levels/${location}`;
      const hoodie = await itemId('HOODIE-S');
      expectError(
        await refused('DELETE', path(hoodie, porto)),
        404,
        'not_found',
        `Inventory Level for Item ${hoodie} at Location ${porto} not found`,
      );
      const reserved = await itemId('TEE-BLACK-S');
      expectError(
        await refused('DELETE', path(reserved, berlin)),
        400,
        'not_allowed',
        `Cannot remove Inventory Level ${reserved} at Location ${berlin} because there are reservations at location`,
      );
      expectError(
        await refused('DELETE', path(hoodie, berlin)),
        400,
        'not_allowed',
        `Cannot remove Inventory Levels for ${berlin} because there are stocked items at the locations. Use force flag to delete anyway.`,
      );
      const incoming = await makeItem([{ location_id: porto, incoming_quantity: 5 }]);
      expectError(
        await refused('DELETE', path(incoming.id, porto)),
        400,
        'not_allowed',
        `Cannot remove Inventory Levels for ${porto} because there are reserved or incoming items at the locations`,
      );
    });
  });

  describe('POST /admin/inventory-items/:id/location-levels/batch', () => {
    it('creates, updates and deletes levels in one go, answering the rows of Medusa’s workflow', async () => {
      const item = await makeItem([
        { location_id: berlin, stocked_quantity: 8 },
        { location_id: lisbon, stocked_quantity: 2 },
      ]);
      const lisbonLevel = await levelOf(item.id, lisbon);
      const berlinLevel = await levelOf(item.id, berlin);
      const response = await call<Batch>('POST', `/admin/inventory-items/${item.id}/location-levels/batch`, {
        create: [{ location_id: porto, stocked_quantity: 6 }],
        update: [{ id: berlinLevel?.id, location_id: berlin, incoming_quantity: 4 }],
        delete: [lisbonLevel?.id],
        force: true,
      });
      expect(response.status).toBe(200);
      const medusa = await recorded<Batch>('096-batch-levels-of-item-B-create-update');
      expectShape(withNullTotals(response.body), medusa);
      expect(keyOrder(response.body)).toEqual(keyOrder(medusa));
      expect(response.body).toEqual({
        created: [
          expect.objectContaining({
            location_id: porto,
            stocked_quantity: 6,
            raw_stocked_quantity: { value: '6', precision: 20 },
            inventory_item_id: item.id,
            deleted_at: null,
          }),
        ],
        updated: [
          expect.objectContaining({
            id: berlinLevel?.id,
            stocked_quantity: 8,
            incoming_quantity: 4,
            raw_incoming_quantity: { value: '4', precision: 20 },
            available_quantity: 8,
            // Medusa's stub has null totals; the gateway's are the item's real ones, after the batch.
            inventory_item: { id: item.id, reserved_quantity: 0, stocked_quantity: 14 },
          }),
        ],
        deleted: [lisbonLevel?.id],
      });
      expect(await levelOf(item.id, lisbon)).toBeNull();
    });

    it('answers the same rows whatever `fields` says, as Medusa does', async () => {
      const item = await makeItem([{ location_id: berlin }]);
      const body = { create: [{ location_id: lisbon }], update: [{ location_id: berlin, stocked_quantity: 1 }] };
      const answer = await call<Batch>(
        'POST',
        `/admin/inventory-items/${item.id}/location-levels/batch?fields=location_id,stock_locations.name`,
        body,
      );
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-unknown-fields')).toBeNull();
      expect(keyOrder(answer.body)).toEqual(keyOrder(await recorded('096-batch-levels-of-item-B-create-update')));
      // A location emptied and stocked again in one batch: deletes go first.
      const lisbonLevel = await levelOf(item.id, lisbon);
      const again = await call<Batch>('POST', `/admin/inventory-items/${item.id}/location-levels/batch`, {
        delete: [lisbonLevel?.id],
        create: [{ location_id: lisbon, stocked_quantity: 2 }],
      });
      expect(again.status).toBe(200);
      expect(again.body.created[0]).toMatchObject({
        location_id: lisbon,
        raw_stocked_quantity: { value: '2', precision: 20 },
      });
      expect(again.body.deleted).toEqual([lisbonLevel?.id]);
    });

    it('refuses bad bodies and any failing part, leaving every level as it was', async () => {
      const item = await makeItem([
        { location_id: berlin, stocked_quantity: 5 },
        { location_id: lisbon, incoming_quantity: 1 },
      ]);
      const berlinLevel = (await levelOf(item.id, berlin))?.id as string;
      const lisbonLevel = (await levelOf(item.id, lisbon))?.id as string;
      const batch = (body: unknown, target = item.id) =>
        refused('POST', `/admin/inventory-items/${target}/location-levels/batch`, body);
      expectError(await batch({ x: [] }), 400, 'invalid_data', "Invalid request: Unrecognized fields: 'x'");
      expectError(
        await batch({ update: [{ stocked_quantity: 1 }] }),
        400,
        'invalid_data',
        "Invalid request: Field 'update, 0, location_id' is required",
      );
      expectError(
        await batch({ create: [{ location_id: porto, stocked_quantity: -1 }] }),
        400,
        'invalid_data',
        "Invalid request: Value for field 'create, 0, stocked_quantity' too small, expected at least: '0'",
      );
      expectError(
        await batch({ create: [{ location_id: porto, inventory_item_id: item.id }] }),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'inventory_item_id'",
      );
      expectError(
        await batch({ force: 'yes' }),
        400,
        'invalid_data',
        /^Invalid request: Expected type: 'boolean' for field 'force', got: /,
      );
      // The create would succeed; the stocked level refuses to go without force, so nothing happens.
      expectError(
        await batch({ create: [{ location_id: porto }], delete: [berlinLevel] }),
        400,
        'not_allowed',
        `Cannot remove Inventory Levels for ${berlin} because there are stocked items at the locations. Use force flag to delete anyway.`,
      );
      expectError(
        await batch({ delete: [lisbonLevel, berlinLevel], force: true }),
        400,
        'not_allowed',
        `Cannot remove Inventory Levels for ${lisbon} because there are reserved or incoming items at the locations`,
      );
      expectError(
        await batch({ delete: [NOPE_LEVEL] }),
        404,
        'not_found',
        `Inventory level with id: ${NOPE_LEVEL} was not found for inventory item ${item.id}`,
      );
      const other = (await levelOf(await itemId('HOODIE-S'), berlin))?.id as string;
      expectError(
        await batch({ delete: [other], force: true }),
        404,
        'not_found',
        `Inventory level with id: ${other} was not found for inventory item ${item.id}`,
      );
      expectError(
        await batch({ update: [{ location_id: porto, stocked_quantity: 1 }], create: [{ location_id: porto }] }),
        404,
        'not_found',
        `Item ${item.id} is not stocked at location ${porto}`,
      );
      expectError(
        await batch({ update: [{ id: lisbonLevel, location_id: berlin, stocked_quantity: 1 }] }),
        404,
        'not_found',
        `Inventory level with id: ${lisbonLevel} was not found for inventory item ${item.id} at location ${berlin}`,
      );
      expectError(
        await batch({ create: [{ location_id: porto }, { location_id: porto }] }),
        400,
        'invalid_data',
        `Inventory level with inventory_item_id: ${item.id}, location_id: ${porto}, already exists.`,
      );
      expectError(
        await batch({ create: [{ location_id: NOPE_LOCATION }] }),
        404,
        'not_found',
        `Stock locations with ids: ${NOPE_LOCATION} was not found`,
      );
      expectError(
        await batch({ create: [{ location_id: porto }] }, NOPE_ITEM),
        404,
        'not_found',
        `Inventory item with id: ${NOPE_ITEM} was not found`,
      );
    });
  });

  describe('POST /admin/inventory-items/location-levels/batch', () => {
    const path = '/admin/inventory-items/location-levels/batch';

    it('creates, updates and deletes levels of several items in one go, answering Medusa’s workflow rows', async () => {
      const first = await makeItem([{ location_id: berlin, stocked_quantity: 3 }, { location_id: lisbon }]);
      const second = await makeItem([]);
      const emptied = (await levelOf(first.id, lisbon))?.id as string;
      const response = await call<Batch>('POST', `${path}?fields=id`, {
        create: [{ inventory_item_id: second.id, location_id: porto, stocked_quantity: 6 }],
        update: [{ inventory_item_id: first.id, location_id: berlin, stocked_quantity: 4 }],
        delete: [emptied],
      });
      expect(response.status).toBe(200);
      const medusa = await recorded<Batch>('097-batch-levels-of-many-items');
      expectShape(withNullTotals(response.body), medusa);
      expect(keyOrder(response.body)).toEqual(keyOrder(medusa));
      expect(response.body).toEqual({
        created: [expect.objectContaining({ inventory_item_id: second.id, location_id: porto, stocked_quantity: 6 })],
        updated: [
          expect.objectContaining({
            inventory_item_id: first.id,
            stocked_quantity: 4,
            inventory_item: { id: first.id, reserved_quantity: 0, stocked_quantity: 4 },
          }),
        ],
        deleted: [emptied],
      });
      expect(await levelOf(first.id, lisbon)).toBeNull();
      // Medusa's `deleted` echoes the body's `delete`: without one, there is no `deleted`.
      const noDelete = await call<Batch>('POST', path, {
        update: [
          { id: response.body.created[0].id, inventory_item_id: second.id, location_id: porto, incoming_quantity: 1 },
        ],
      });
      expect(noDelete.status).toBe(200);
      expect(Object.keys(noDelete.body)).toEqual(['created', 'updated']);
    });

    it('refuses bad bodies and any failing part, leaving every level as it was', async () => {
      const item = await makeItem([{ location_id: berlin, stocked_quantity: 5 }]);
      const stocked = (await levelOf(item.id, berlin))?.id as string;
      const batch = (body: unknown) => refused('POST', path, body);
      expectError(await batch({ x: [] }), 400, 'invalid_data', "Invalid request: Unrecognized fields: 'x'");
      expectError(
        await batch({ create: [{ location_id: porto }] }),
        400,
        'invalid_data',
        "Invalid request: Field 'create, 0, inventory_item_id' is required",
      );
      expectError(
        await batch({ update: [{ inventory_item_id: item.id, location_id: berlin, reserved_quantity: 1 }] }),
        400,
        'invalid_data',
        "Invalid request: Unrecognized fields: 'reserved_quantity'",
      );
      // The update would succeed; the create names an unknown item, so nothing happens.
      expectError(
        await batch({
          update: [{ inventory_item_id: item.id, location_id: berlin, stocked_quantity: 1 }],
          create: [{ inventory_item_id: NOPE_ITEM, location_id: porto }],
        }),
        404,
        'not_found',
        `You tried to set relationship inventory_item_id: ${NOPE_ITEM}, but such entity does not exist`,
      );
      expect((await levelOf(item.id, berlin))?.stockedQuantity.toNumber()).toBe(5);
      expectError(
        await batch({ update: [{ inventory_item_id: item.id, location_id: porto, stocked_quantity: 1 }] }),
        404,
        'not_found',
        `Item ${item.id} is not stocked at location ${porto}`,
      );
      expectError(
        await batch({ create: [{ inventory_item_id: item.id, location_id: berlin }] }),
        400,
        'invalid_data',
        `Inventory level with inventory_item_id: ${item.id}, location_id: ${berlin}, already exists.`,
      );
      expectError(
        await batch({ delete: [NOPE_LEVEL] }),
        404,
        'not_found',
        `Inventory level with id: ${NOPE_LEVEL} was not found`,
      );
      // Medusa stores a level at a location that does not exist; the gateway does not.
      expectError(
        await batch({ create: [{ inventory_item_id: item.id, location_id: NOPE_LOCATION }] }),
        404,
        'not_found',
        `Stock locations with ids: ${NOPE_LOCATION} was not found`,
      );
      expectError(
        await batch({ delete: [stocked] }),
        400,
        'not_allowed',
        `Cannot remove Inventory Levels for ${berlin} because there are stocked items at the locations. Use force flag to delete anyway.`,
      );
    });
  });

  it('answers 401 without a token, as Medusa does, before touching anything', async () => {
    const before = await tableCounts(prisma);
    const response = await call('POST', '/admin/inventory-items', { sku: 'NO-AUTH' }, null);
    expect({ status: response.status, body: response.body }).toEqual({
      status: 401,
      body: { message: 'Unauthorized' },
    });
    expect(await tableCounts(prisma)).toEqual(before);
  });
});
