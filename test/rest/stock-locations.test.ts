import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { recording, shapeDifferences } from '../support/shape.js';
import { tableCounts } from '../support/snapshots.js';

type Body = Record<string, unknown>;
type Location = Body & { id: string; name: string };

/** A stock location id no row has. */
const NOPE = 'sloc_01JDNNNN000000000000000000';

/** Medusa 2.21's address keys in a default stock location answer, in its order. */
const ADDRESS_KEYS = [
  'id',
  'address_1',
  'address_2',
  'city',
  'country_code',
  'phone',
  'province',
  'postal_code',
  'metadata',
];

/**
 * /admin/stock-locations against Medusa 2.21's recorded answers (004-006), compared by shape.
 * Where Medusa answers 200 for an unknown location or 500 for a missing name, the gateway
 * answers 404 and 400.
 */
describe('REST: stock locations', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let channel: string;
  let warehouse: Location;
  let backroom: Location;
  let depot: Location;

  const expectShape = async (actual: unknown, name: string) => {
    const recorded = await recording(name);
    expect(shapeDifferences(actual, recorded.response.body)).toEqual([]);
  };

  /** Sends a request that must be refused, and checks that it wrote nothing. */
  const refused = async (method: string, path: string, body?: unknown, authorization?: string | null) => {
    const before = await tableCounts(server.gateway.db.prisma);
    const response = await call(method, path, body, authorization);
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    return response;
  };

  const expectUnauthorized = async (method: string, path: string, body?: unknown) => {
    const response = await refused(method, path, body, null);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ message: 'Unauthorized' });
  };

  const keysOf = (value: unknown) => Object.keys(value as Body);

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    call = restClient(server);
    channel = (
      await server.gateway.db.prisma.salesChannel.create({
        data: { id: newId('salesChannel'), name: 'Default Sales Channel', description: 'Created by Medusa' },
      })
    ).id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  describe('POST /admin/stock-locations', () => {
    it('creates the recorded locations and answers Medusa’s default fields (004, 005)', async () => {
      for (const [name, recorded] of [
        ['Oracle Warehouse r1', '004-create-stock-location-1'],
        ['Oracle Backroom r1', '005-create-stock-location-2'],
      ]) {
        const { request } = await recording(recorded);
        expect(request.body).toEqual({ name });
        const response = await call<{ stock_location: Location }>('POST', '/admin/stock-locations', request.body);
        expect(response.status).toBe(200);
        await expectShape(response.body, recorded);
        expect(response.body.stock_location).toMatchObject({ name, metadata: null, address: null });
      }
      const list = await call<{ stock_locations: Location[] }>('GET', '/admin/stock-locations');
      [warehouse, backroom] = list.body.stock_locations;
    });

    it('creates a location with an address, trimming the name as Medusa does', async () => {
      const response = await call<{ stock_location: Location & { address: Body } }>('POST', '/admin/stock-locations', {
        name: '  Depot  ',
        metadata: { zone: 'north' },
        address: {
          address_1: 'Hafenstraße 1',
          country_code: 'de',
          city: 'Hamburg',
          company: 'ACME',
          metadata: { a: 1 },
        },
      });
      expect(response.status).toBe(200);
      depot = response.body.stock_location;
      expect(keysOf(depot)).toEqual(['id', 'name', 'metadata', 'created_at', 'updated_at', 'address']);
      expect(keysOf(depot.address)).toEqual(ADDRESS_KEYS);
      expect(depot).toMatchObject({
        name: 'Depot',
        metadata: { zone: 'north' },
        address: {
          address_1: 'Hafenstraße 1',
          country_code: 'de',
          city: 'Hamburg',
          address_2: null,
          metadata: { a: 1 },
        },
      });
    });

    it('answers fields=id,name and fields=+address.company,*sales_channels', async () => {
      const plain = await call('POST', '/admin/stock-locations?fields=id,name', { name: 'Shelf' });
      expect(plain.body).toEqual({ stock_location: { id: expect.any(String), name: 'Shelf' } });
      const more = await call<{ stock_location: Location & { address: Body } }>(
        'POST',
        '/admin/stock-locations?fields=%2Baddress.company,*sales_channels',
        { name: 'Annex', address: { address_1: 'Street 2', country_code: 'fr', company: 'ACME' } },
      );
      expect(keysOf(more.body.stock_location)).toEqual([
        'id',
        'name',
        'metadata',
        'created_at',
        'updated_at',
        'address',
        'sales_channels',
      ]);
      expect(more.body.stock_location).toMatchObject({ address: { company: 'ACME' }, sales_channels: [] });
    });

    it('drops unknown fields as Medusa does and names them in x-unknown-fields', async () => {
      const response = await call('POST', '/admin/stock-locations?fields=name,bogus,address.nope', { name: 'Cellar' });
      // An address asked for with no field it has is left out, as Medusa does.
      expect(response.body).toEqual({ stock_location: { id: expect.any(String), name: 'Cellar' } });
      expect(response.headers.get('x-unknown-fields')).toBe('bogus,address.nope');
    });

    it.each([
      // Medusa answers a missing name with a 500 (its trim preprocessor fails on undefined).
      [{}, "Invalid request: Field 'name' is required"],
      [{ name: 7 }, "Invalid request: Expected type: 'string' for field 'name', got: '7'"],
      [{ name: 'x', x: 1 }, "Invalid request: Unrecognized fields: 'x'"],
      [{ name: 'x', address: { address_1: 'S' } }, "Invalid request: Field 'address, country_code' is required"],
      [
        { name: 'x', address: { address_1: 'S', country_code: 'de', x: 1 } },
        "Invalid request: Unrecognized fields: 'x'",
      ],
      [{ name: 'x', address: null }, "Invalid request: Expected type: 'object' for field 'address', got: 'null'"],
      [
        { name: 'x', address_id: 'laddr_1' },
        "Invalid request: Field 'address_id' is not supported by this gateway; send the address itself",
      ],
    ])('refuses body %j with a 400, writing nothing', async (body, message) => {
      const response = await refused('POST', '/admin/stock-locations', body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'invalid_data', message });
    });

    it('refuses a blank name, which Medusa would store', async () => {
      const response = await refused('POST', '/admin/stock-locations', { name: '   ' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: 'invalid_data', message: expect.stringContaining('name') });
    });

    it('answers 401 without a token', async () => {
      await expectUnauthorized('POST', '/admin/stock-locations', { name: 'Anonymous' });
    });
  });

  describe('GET /admin/stock-locations/:id', () => {
    it('answers Medusa’s default fields (004)', async () => {
      const response = await call('GET', `/admin/stock-locations/${warehouse.id}`);
      expect(response.status).toBe(200);
      await expectShape(response.body, '004-create-stock-location-1');
      expect(response.body).toEqual({ stock_location: warehouse });
    });

    it('answers fields=id,name, fields=*address and unknown fields', async () => {
      const plain = await call('GET', `/admin/stock-locations/${depot.id}?fields=id,name`);
      expect(plain.body).toEqual({ stock_location: { id: depot.id, name: 'Depot' } });
      const address = await call<{ stock_location: { address: Body } }>(
        'GET',
        `/admin/stock-locations/${depot.id}?fields=id,*address`,
      );
      expect(address.body.stock_location.address).toMatchObject({ company: 'ACME', created_at: expect.any(String) });
      const unknown = await call('GET', `/admin/stock-locations/${depot.id}?fields=id,nope`);
      expect(unknown.body).toEqual({ stock_location: { id: depot.id } });
      expect(unknown.headers.get('x-unknown-fields')).toBe('nope');
    });

    it('answers 404 in Medusa’s words, 400 for an unknown parameter and 401 without a token', async () => {
      const unknown = await call('GET', `/admin/stock-locations/${NOPE}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ type: 'not_found', message: `Stock location with id: ${NOPE} was not found` });
      const parameter = await call('GET', `/admin/stock-locations/${depot.id}?foo=1`);
      expect(parameter.body).toEqual({ type: 'invalid_data', message: "Invalid request: Unrecognized fields: 'foo'" });
      await expectUnauthorized('GET', `/admin/stock-locations/${depot.id}`);
    });
  });

  describe('POST /admin/stock-locations/:id/sales-channels', () => {
    it('links a sales channel and answers Medusa’s default fields (006)', async () => {
      const { request } = await recording('006-link-location-1-to-sales-channel');
      expect(request.body).toEqual({ add: [expect.any(String)] });
      const response = await call('POST', `/admin/stock-locations/${warehouse.id}/sales-channels`, { add: [channel] });
      expect(response.status).toBe(200);
      await expectShape(response.body, '006-link-location-1-to-sales-channel');
      expect(response.body).toEqual({ stock_location: warehouse });
    });

    it('answers fields=id,*sales_channels and fields=sales_channels.name', async () => {
      const star = await call<{ stock_location: { sales_channels: Body[] } }>(
        'POST',
        `/admin/stock-locations/${warehouse.id}/sales-channels?fields=id,*sales_channels`,
        { add: [channel] },
      );
      expect(star.body.stock_location.sales_channels).toMatchObject([
        { id: channel, name: 'Default Sales Channel', description: 'Created by Medusa', is_disabled: false },
      ]);
      const removed = await call(
        'POST',
        `/admin/stock-locations/${warehouse.id}/sales-channels?fields=sales_channels.name`,
        {
          remove: [channel],
        },
      );
      expect(removed.body).toEqual({ stock_location: { id: warehouse.id, sales_channels: [] } });
      await call('POST', `/admin/stock-locations/${warehouse.id}/sales-channels`, { add: [channel] });
    });

    it.each([
      [{ add: 'sc_1' }, "Invalid request: Expected type: 'array' for field 'add', got: 'sc_1'"],
      [{ add: [], x: 1 }, "Invalid request: Unrecognized fields: 'x'"],
    ])('refuses body %j with a 400, changing nothing', async (body, message) => {
      const response = await refused('POST', `/admin/stock-locations/${backroom.id}/sales-channels`, body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'invalid_data', message });
    });

    it('refuses unknown channels and locations with 404 and a channel both added and removed (Medusa answers 200)', async () => {
      const unknownChannel = await refused('POST', `/admin/stock-locations/${backroom.id}/sales-channels`, {
        add: ['sc_01JDNNNN000000000000000000'],
      });
      expect(unknownChannel.status).toBe(404);
      expect(unknownChannel.body).toEqual({
        type: 'not_found',
        message: 'Sales channel with id: sc_01JDNNNN000000000000000000 was not found',
      });
      const unknownLocation = await refused('POST', `/admin/stock-locations/${NOPE}/sales-channels`, {
        add: [channel],
      });
      expect(unknownLocation.status).toBe(404);
      expect(unknownLocation.body).toEqual({
        type: 'not_found',
        message: `Stock location with id: ${NOPE} was not found`,
      });
      const both = await refused('POST', `/admin/stock-locations/${backroom.id}/sales-channels`, {
        add: [channel],
        remove: [channel],
      });
      expect(both.status).toBe(400);
      expect(both.body).toMatchObject({ type: 'invalid_data' });
    });

    it('answers 401 without a token', async () => {
      await expectUnauthorized('POST', `/admin/stock-locations/${backroom.id}/sales-channels`, { add: [channel] });
    });
  });

  describe('GET /admin/stock-locations', () => {
    it('lists with Medusa’s default fields and default limit 20 (004)', async () => {
      const response = await call<{ stock_locations: Location[]; count: number }>('GET', '/admin/stock-locations');
      expect(response.status).toBe(200);
      expect(keysOf(response.body)).toEqual(['stock_locations', 'count', 'offset', 'limit']);
      expect(response.body).toMatchObject({ count: 6, offset: 0, limit: 20 });
      // Without `order`, Medusa sorts by id, which is creation order.
      expect(response.body.stock_locations[0]).toEqual(warehouse);
      const recorded = await recording('004-create-stock-location-1');
      expect(
        shapeDifferences(response.body.stock_locations[0], (recorded.response.body as Body).stock_location),
      ).toEqual([]);
    });

    it('answers fields=id,name and fields=+sales_channels.id', async () => {
      const plain = await call<{ stock_locations: Body[] }>('GET', '/admin/stock-locations?fields=id,name&limit=2');
      expect(plain.body.stock_locations).toEqual([
        { id: warehouse.id, name: 'Oracle Warehouse r1' },
        { id: backroom.id, name: 'Oracle Backroom r1' },
      ]);
      const channels = await call<{ stock_locations: Body[] }>(
        'GET',
        `/admin/stock-locations?fields=%2Bsales_channels.id&id=${warehouse.id}`,
      );
      expect(channels.body.stock_locations).toEqual([{ ...warehouse, sales_channels: [{ id: channel }] }]);
    });

    it('filters, orders and pages as Medusa’s parameters say', async () => {
      const names = async (query: string) =>
        (
          await call<{ stock_locations: { name: string }[]; count: number }>(
            'GET',
            `/admin/stock-locations?fields=name&${query}`,
          )
        ).body;
      expect(await names('q=oracle')).toMatchObject({ count: 2 });
      expect(await names('name=Depot')).toMatchObject({ count: 1, stock_locations: [{ name: 'Depot' }] });
      expect(await names(`sales_channel_id=${channel}`)).toMatchObject({
        count: 1,
        stock_locations: [{ name: 'Oracle Warehouse r1' }],
      });
      expect(await names(`id[]=${depot.id}&id[]=${backroom.id}`)).toMatchObject({ count: 2 });
      expect(await names('order=-name&limit=2&offset=1')).toEqual({
        stock_locations: [
          { id: expect.any(String), name: 'Oracle Warehouse r1' },
          { id: expect.any(String), name: 'Oracle Backroom r1' },
        ],
        count: 6,
        offset: 1,
        limit: 2,
      });
    });

    it('refuses unknown parameters and bad pagination as Medusa does, and answers 401 without a token', async () => {
      const unknown = await call('GET', '/admin/stock-locations?address=laddr_1');
      expect(unknown.status).toBe(400);
      expect(unknown.body).toEqual({
        type: 'invalid_data',
        message: "Invalid request: Unrecognized fields: 'address'",
      });
      expect((await call('GET', '/admin/stock-locations?limit=abc')).status).toBe(400);
      await expectUnauthorized('GET', '/admin/stock-locations');
    });
  });

  describe('POST /admin/stock-locations/:id', () => {
    it('updates a location and answers Medusa’s default fields (005)', async () => {
      const response = await call<{ stock_location: Location }>('POST', `/admin/stock-locations/${backroom.id}`, {
        name: ' Oracle Backroom r2 ',
      });
      expect(response.status).toBe(200);
      await expectShape(response.body, '005-create-stock-location-2');
      expect(response.body.stock_location).toMatchObject({ id: backroom.id, name: 'Oracle Backroom r2' });
    });

    it('gives a location an address and metadata: fields=id,name,address.city and fields=*address', async () => {
      const plain = await call('POST', `/admin/stock-locations/${backroom.id}?fields=id,name,address.city`, {
        address: { address_1: 'Backweg 2', country_code: 'de', city: 'Bremen' },
        metadata: { floor: 1 },
      });
      expect(plain.body).toEqual({
        stock_location: {
          id: backroom.id,
          name: 'Oracle Backroom r2',
          address: { city: 'Bremen' },
        },
      });
      const star = await call<{ stock_location: { address: Body; metadata: Body } }>(
        'POST',
        `/admin/stock-locations/${backroom.id}?fields=metadata,*address`,
        { address: { address_1: 'Backweg 3', country_code: 'de' } },
      );
      expect(star.body.stock_location).toMatchObject({
        metadata: { floor: 1 },
        address: { address_1: 'Backweg 3', city: 'Bremen' },
      });
    });

    it.each([
      [{ x: 1 }, "Invalid request: Unrecognized fields: 'x'"],
      [{ name: 3 }, "Invalid request: Expected type: 'string' for field 'name', got: '3'"],
      [
        { address: { city: 'Kiel' } },
        "Invalid request: Field 'address, address_1' is required; Field 'address, country_code' is required",
      ],
    ])('refuses body %j with a 400, changing nothing', async (body, message) => {
      const response = await refused('POST', `/admin/stock-locations/${backroom.id}`, body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ type: 'invalid_data', message });
    });

    it('answers 404 for an unknown location (Medusa answers 200 with {}) and 401 without a token', async () => {
      const unknown = await refused('POST', `/admin/stock-locations/${NOPE}`, { name: 'x' });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual({ type: 'not_found', message: `Stock location with id: ${NOPE} was not found` });
      await expectUnauthorized('POST', `/admin/stock-locations/${backroom.id}`, { name: 'x' });
    });
  });

  describe('DELETE /admin/stock-locations/:id', () => {
    it('deletes a location with its address and channel links; `fields` does not change the answer', async () => {
      for (const [location, fields] of [
        [warehouse, ''],
        [depot, '?fields=id,name'],
      ] as const) {
        const response = await call('DELETE', `/admin/stock-locations/${location.id}${fields}`);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ id: location.id, object: 'stock_location', deleted: true });
        expect((await call('GET', `/admin/stock-locations/${location.id}`)).status).toBe(404);
      }
      const links = await server.gateway.db.prisma.salesChannelStockLocation.findMany({
        where: { stockLocationId: warehouse.id },
      });
      expect(links.map((link) => link.deletedAt)).toEqual([expect.any(Date)]);
    });

    it('answers 404 for an unknown or deleted location (Medusa answers 200), and 401 without a token', async () => {
      for (const id of [NOPE, warehouse.id]) {
        const response = await refused('DELETE', `/admin/stock-locations/${id}`);
        expect(response.status).toBe(404);
        expect(response.body).toEqual({ type: 'not_found', message: `Stock location with id: ${id} was not found` });
      }
      await expectUnauthorized('DELETE', `/admin/stock-locations/${backroom.id}`);
    });
  });
});
