import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const NOPE_LOCATION = 'sloc_01JDNOPE000000000000000000';
const NOPE_CHANNEL = 'sc_01JDNOPE000000000000000000';
const NOPE_CHANNEL_2 = 'sc_01JDNOPE000000000000000001';

interface Page {
  nodes: { id: string; name: string }[];
  count: number;
  offset: number;
  limit: number;
}

const LIST = `query List($filter: StockLocationFilter, $order: [StockLocationOrder!], $limit: Int, $offset: Int) {
  stockLocations(filter: $filter, order: $order, limit: $limit, offset: $offset) {
    nodes { id name }
    count
    offset
    limit
  }
}`;

describe('stock location queries', () => {
  let server: GraphQLTestServer;
  let berlin: string;
  let lisbon: string;
  let amsterdam: string;
  let zagreb: string;
  let webshop: string;
  let retail: string;
  let goneChannel: string;

  const names = async (variables: Record<string, unknown>) => {
    const { stockLocations } = await server.data<{ stockLocations: Page }>(LIST, variables);
    return stockLocations.nodes.map((node) => node.name);
  };

  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    const idOf = async (name: string) => (await prisma.stockLocation.findFirstOrThrow({ where: { name } })).id;
    berlin = await idOf('Berlin Warehouse');
    lisbon = await idOf('Lisbon Store');
    webshop = (await prisma.salesChannel.findFirstOrThrow({ where: { name: 'Webshop' } })).id;
    // Fixed instants, so that date filters and date orders have one right answer.
    await prisma.stockLocation.update({
      where: { id: berlin },
      data: { createdAt: new Date('2024-01-01T00:00:00Z'), updatedAt: new Date('2024-06-01T00:00:00Z') },
    });
    await prisma.stockLocation.update({
      where: { id: lisbon },
      data: { createdAt: new Date('2023-01-01T00:00:00Z'), updatedAt: new Date('2025-01-01T00:00:00Z') },
    });
    amsterdam = newId('stockLocation');
    zagreb = newId('stockLocation');
    await prisma.stockLocation.createMany({
      data: [
        {
          id: amsterdam,
          name: 'Amsterdam Depot',
          createdAt: new Date('2020-01-01T00:00:00Z'),
          updatedAt: new Date('2020-01-02T00:00:00Z'),
        },
        { id: zagreb, name: 'Zagreb Closed', deletedAt: new Date() },
      ],
    });
    retail = newId('salesChannel');
    goneChannel = newId('salesChannel');
    await prisma.salesChannel.createMany({
      data: [
        { id: retail, name: 'Retail POS' },
        { id: goneChannel, name: 'Gone Channel', deletedAt: new Date() },
      ],
    });
    await prisma.salesChannelStockLocation.createMany({
      data: [
        // A deleted location, a deleted link and a link to a deleted channel: none of them count.
        { id: newId('salesChannelStockLocation'), salesChannelId: webshop, stockLocationId: zagreb },
        {
          id: newId('salesChannelStockLocation'),
          salesChannelId: retail,
          stockLocationId: lisbon,
          deletedAt: new Date(),
        },
        { id: newId('salesChannelStockLocation'), salesChannelId: goneChannel, stockLocationId: amsterdam },
      ],
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('reads one location with its address and sales channels', async () => {
    const { stockLocation } = await server.data<{ stockLocation: unknown }>(
      `query One($id: ID!) {
        stockLocation(id: $id) {
          id name address { address1 city postalCode countryCode } salesChannels { id name }
        }
      }`,
      { id: berlin },
    );
    expect(stockLocation).toEqual({
      id: berlin,
      name: 'Berlin Warehouse',
      address: { address1: 'Lagerstraße 12', city: 'Berlin', postalCode: '10115', countryCode: 'de' },
      salesChannels: [{ id: webshop, name: 'Webshop' }],
    });
  });

  it.each([
    ['deleted', () => zagreb],
    ['unknown', () => NOPE_LOCATION],
  ])('answers null for a %s location', async (_kind, id) => {
    const { stockLocation } = await server.data<{ stockLocation: unknown }>(
      `query One($id: ID!) { stockLocation(id: $id) { id } }`,
      { id: id() },
    );
    expect(stockLocation).toBeNull();
  });

  it('lists live locations by id with the default page size, leaving out deleted ones', async () => {
    const { stockLocations } = await server.data<{ stockLocations: Page }>(LIST);
    expect(stockLocations).toEqual({
      nodes: [
        { id: berlin, name: 'Berlin Warehouse' },
        { id: lisbon, name: 'Lisbon Store' },
        { id: amsterdam, name: 'Amsterdam Depot' },
      ],
      count: 3,
      offset: 0,
      limit: 20,
    });
  });

  it('filters by ids, leaving out deleted ones', async () => {
    expect(await names({ filter: { ids: [berlin, zagreb, NOPE_LOCATION] } })).toEqual(['Berlin Warehouse']);
  });

  it('searches the name case-insensitively with q', async () => {
    expect(await names({ filter: { q: 'WAREHOUSE' } })).toEqual(['Berlin Warehouse']);
    expect(await names({ filter: { q: 'closed' } })).toEqual([]);
  });

  it('filters by exact names', async () => {
    expect(await names({ filter: { name: ['Lisbon Store', 'Amsterdam Depot', 'Zagreb Closed'] } })).toEqual([
      'Lisbon Store',
      'Amsterdam Depot',
    ]);
    expect(await names({ filter: { name: ['lisbon store'] } })).toEqual([]);
  });

  it('filters by live links to live sales channels', async () => {
    expect(await names({ filter: { salesChannelIds: [webshop] } })).toEqual(['Berlin Warehouse']);
    expect(await names({ filter: { salesChannelIds: [retail] } })).toEqual([]);
    expect(await names({ filter: { salesChannelIds: [goneChannel] } })).toEqual([]);
    expect(await names({ filter: { salesChannelIds: [retail, webshop] } })).toEqual(['Berlin Warehouse']);
  });

  it('filters by createdAt and updatedAt ranges', async () => {
    expect(await names({ filter: { createdAt: { lt: '2021-01-01T00:00:00Z' } } })).toEqual(['Amsterdam Depot']);
    expect(
      await names({ filter: { createdAt: { gte: '2023-01-01T00:00:00Z', lte: '2024-01-01T00:00:00Z' } } }),
    ).toEqual(['Berlin Warehouse', 'Lisbon Store']);
    expect(await names({ filter: { updatedAt: { gt: '2024-06-01T00:00:00Z' } } })).toEqual(['Lisbon Store']);
  });

  it('orders by name, createdAt and updatedAt in either direction', async () => {
    expect(await names({ order: [{ field: 'NAME' }] })).toEqual([
      'Amsterdam Depot',
      'Berlin Warehouse',
      'Lisbon Store',
    ]);
    expect(await names({ order: [{ field: 'NAME', direction: 'DESC' }] })).toEqual([
      'Lisbon Store',
      'Berlin Warehouse',
      'Amsterdam Depot',
    ]);
    expect(await names({ order: [{ field: 'CREATED_AT' }] })).toEqual([
      'Amsterdam Depot',
      'Lisbon Store',
      'Berlin Warehouse',
    ]);
    expect(await names({ order: [{ field: 'UPDATED_AT', direction: 'DESC' }] })).toEqual([
      'Lisbon Store',
      'Berlin Warehouse',
      'Amsterdam Depot',
    ]);
  });

  it('pages by offset and limit, counting every match', async () => {
    const { stockLocations } = await server.data<{ stockLocations: Page }>(LIST, {
      order: [{ field: 'NAME' }],
      limit: 2,
      offset: 1,
    });
    expect(stockLocations).toEqual({
      nodes: [
        { id: berlin, name: 'Berlin Warehouse' },
        { id: lisbon, name: 'Lisbon Store' },
      ],
      count: 3,
      offset: 1,
      limit: 2,
    });
  });

  it('answers limit 0 with the count and no nodes', async () => {
    const { stockLocations } = await server.data<{ stockLocations: Page }>(LIST, { limit: 0 });
    expect(stockLocations).toEqual({ nodes: [], count: 3, offset: 0, limit: 0 });
  });

  it('answers an offset past the end with the count and no nodes', async () => {
    const { stockLocations } = await server.data<{ stockLocations: Page }>(LIST, { offset: 3 });
    expect(stockLocations).toEqual({ nodes: [], count: 3, offset: 3, limit: 20 });
  });

  it('refuses a limit above 200', async () => {
    const response = await server.gql(LIST, { limit: 201 });
    expect(response.data).toBeNull();
    expect(response.errors?.[0].message).toBe('limit must be between 0 and 200 (got 201)');
  });

  it('refuses a negative offset', async () => {
    const response = await server.gql(LIST, { offset: -1 });
    expect(response.data).toBeNull();
    expect(response.errors?.[0].message).toBe('offset must be 0 or more (got -1)');
  });

  it('pages a connection with first and after, with the total count', async () => {
    const CONNECTION = `query Connection($first: Int, $after: String, $filter: StockLocationFilter) {
      stockLocationsConnection(first: $first, after: $after, filter: $filter, order: [{ field: NAME }]) {
        totalCount
        edges { node { name } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    interface Connection {
      stockLocationsConnection: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }
    const first = await server.data<Connection>(CONNECTION, { first: 2 });
    expect(first.stockLocationsConnection).toMatchObject({
      totalCount: 3,
      edges: [{ node: { name: 'Amsterdam Depot' } }, { node: { name: 'Berlin Warehouse' } }],
      pageInfo: { hasNextPage: true },
    });
    const next = await server.data<Connection>(CONNECTION, {
      first: 2,
      after: first.stockLocationsConnection.pageInfo.endCursor,
    });
    expect(next.stockLocationsConnection).toMatchObject({
      totalCount: 3,
      edges: [{ node: { name: 'Lisbon Store' } }],
      pageInfo: { hasNextPage: false },
    });
    const filtered = await server.data<Connection>(CONNECTION, { filter: { salesChannelIds: [webshop] } });
    expect(filtered.stockLocationsConnection).toMatchObject({
      totalCount: 1,
      edges: [{ node: { name: 'Berlin Warehouse' } }],
    });
  });
});

const PAYLOAD_FIELDS = `
  __typename
  ... on StockLocationPayload {
    stockLocation {
      id name metadata addressId
      address { id address1 address2 company city countryCode phone province postalCode metadata }
      salesChannels { id name }
    }
  }
  ... on MutationError { code message path }
`;

const CREATE = `mutation Create($input: CreateStockLocationInput!) {
  createStockLocation(input: $input) { ${PAYLOAD_FIELDS} }
}`;

const UPDATE = `mutation Update($input: UpdateStockLocationInput!) {
  updateStockLocation(input: $input) { ${PAYLOAD_FIELDS} }
}`;

const DELETE = `mutation Delete($id: ID!) {
  deleteStockLocation(input: { id: $id }) {
    __typename
    ... on DeleteStockLocationPayload { id deleted }
    ... on MutationError { code message path }
  }
}`;

const SALES_CHANNELS = `mutation Channels($input: StockLocationSalesChannelsInput!) {
  updateStockLocationSalesChannels(input: $input) { ${PAYLOAD_FIELDS} }
}`;

interface Address {
  id: string;
  address1: string;
  address2: string | null;
  company: string | null;
  city: string | null;
  countryCode: string;
  phone: string | null;
  province: string | null;
  postalCode: string | null;
  metadata: unknown;
}

interface LocationResult {
  __typename: string;
  stockLocation: {
    id: string;
    name: string;
    metadata: unknown;
    addressId: string | null;
    address: Address | null;
    salesChannels: { id: string; name: string }[];
  };
}

describe('stock location mutations', () => {
  let server: GraphQLTestServer;
  let webshop: string;
  let retail: string;
  let closedChannel: string;

  const snapshot = () => {
    const prisma = server.gateway.db.prisma;
    return Promise.all([
      prisma.stockLocation.findMany({ orderBy: { id: 'asc' } }),
      prisma.stockLocationAddress.findMany({ orderBy: { id: 'asc' } }),
      prisma.salesChannelStockLocation.findMany({ orderBy: { id: 'asc' } }),
      prisma.inventoryLevel.findMany({ orderBy: { id: 'asc' } }),
    ]);
  };

  /** Runs a mutation that must be refused, and checks that it left every table as it was. */
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const before = await snapshot();
    const response = await server.gql<Record<string, unknown>>(query, variables);
    expect(response.errors).toBeUndefined();
    expect(await snapshot()).toEqual(before);
    return Object.values(response.data ?? {})[0];
  };

  const create = async (input: Record<string, unknown>) => {
    const data = await server.data<{ createStockLocation: LocationResult }>(CREATE, { input });
    expect(data.createStockLocation.__typename).toBe('StockLocationPayload');
    return data.createStockLocation.stockLocation;
  };

  const links = (stockLocationId: string) =>
    server.gateway.db.prisma.salesChannelStockLocation.findMany({
      where: { stockLocationId },
      orderBy: { salesChannelId: 'asc' },
    });

  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    webshop = (await prisma.salesChannel.findFirstOrThrow({ where: { name: 'Webshop' } })).id;
    retail = newId('salesChannel');
    closedChannel = newId('salesChannel');
    await prisma.salesChannel.createMany({
      data: [
        { id: retail, name: 'Retail POS' },
        { id: closedChannel, name: 'Closed Channel', deletedAt: new Date() },
      ],
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  describe('createStockLocation', () => {
    it('creates a location with a trimmed name, its address and metadata', async () => {
      const location = await create({
        name: '  Porto Hub  ',
        metadata: { region: 'north' },
        address: {
          address1: 'Rua das Flores 7',
          address2: '2nd floor',
          company: 'Porto Logistics',
          city: 'Porto',
          countryCode: 'pt',
          phone: '+351 22 000 0000',
          province: 'Porto',
          postalCode: '4050-262',
          metadata: { dock: 3 },
        },
      });
      expect(location).toEqual({
        id: expect.stringMatching(/^sloc_[0-9A-Z]{26}$/),
        name: 'Porto Hub',
        metadata: { region: 'north' },
        addressId: expect.stringMatching(/^laddr_[0-9A-Z]{26}$/),
        address: {
          id: location.addressId,
          address1: 'Rua das Flores 7',
          address2: '2nd floor',
          company: 'Porto Logistics',
          city: 'Porto',
          countryCode: 'pt',
          phone: '+351 22 000 0000',
          province: 'Porto',
          postalCode: '4050-262',
          metadata: { dock: 3 },
        },
        salesChannels: [],
      });
      const row = await server.gateway.db.prisma.stockLocation.findUniqueOrThrow({ where: { id: location.id } });
      expect(row).toMatchObject({ name: 'Porto Hub', addressId: location.addressId, deletedAt: null });
    });

    it('creates a location without an address', async () => {
      const location = await create({ name: 'Bare Shed' });
      expect(location).toMatchObject({ name: 'Bare Shed', metadata: null, addressId: null, address: null });
    });

    it('refuses a blank name and stores nothing', async () => {
      expect(
        await refused(CREATE, { input: { name: '   ', address: { address1: 'Street 1', countryCode: 'de' } } }),
      ).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'name must not be empty',
        path: ['input', 'name'],
      });
    });

    it('refuses an address with a blank address1 and stores nothing', async () => {
      expect(
        await refused(CREATE, { input: { name: 'Depot', address: { address1: ' ', countryCode: 'de' } } }),
      ).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'address1 must not be empty',
        path: ['input', 'address', 'address1'],
      });
    });

    it('refuses an address with a blank countryCode and stores nothing', async () => {
      expect(
        await refused(CREATE, { input: { name: 'Depot', address: { address1: 'Street 1', countryCode: '' } } }),
      ).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'countryCode must not be empty',
        path: ['input', 'address', 'countryCode'],
      });
    });

    it('refuses metadata that is not a JSON object and stores nothing', async () => {
      expect(await refused(CREATE, { input: { name: 'Depot', metadata: ['a', 'b'] } })).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'metadata must be a JSON object or null',
        path: ['input', 'metadata'],
      });
    });

    it('refuses address metadata that is not a JSON object and stores nothing', async () => {
      const input = { name: 'Depot', address: { address1: 'Street 1', countryCode: 'de', metadata: 'dock 3' } };
      expect(await refused(CREATE, { input })).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'metadata must be a JSON object or null',
        path: ['input', 'address', 'metadata'],
      });
    });
  });

  describe('updateStockLocation', () => {
    it('changes the name (trimmed) and metadata, and patches the address in place', async () => {
      const location = await create({
        name: 'Old Name',
        metadata: { a: 1 },
        address: { address1: 'Street 1', countryCode: 'de', city: 'Hamburg', phone: '040 1' },
      });
      const { updateStockLocation } = await server.data<{ updateStockLocation: LocationResult }>(UPDATE, {
        input: { id: location.id, name: ' New Name ', metadata: { b: 2 }, address: { city: 'Bremen', phone: null } },
      });
      expect(updateStockLocation.stockLocation).toMatchObject({
        id: location.id,
        name: 'New Name',
        metadata: { b: 2 },
        addressId: location.addressId,
        address: { id: location.addressId, address1: 'Street 1', countryCode: 'de', city: 'Bremen', phone: null },
      });
    });

    it('leaves absent fields alone', async () => {
      const location = await create({ name: 'Steady', metadata: { keep: true } });
      const { updateStockLocation } = await server.data<{ updateStockLocation: LocationResult }>(UPDATE, {
        input: { id: location.id },
      });
      expect(updateStockLocation.stockLocation).toEqual(location);
    });

    it('clears metadata with null', async () => {
      const location = await create({ name: 'Tagged', metadata: { a: 1 } });
      const { updateStockLocation } = await server.data<{ updateStockLocation: LocationResult }>(UPDATE, {
        input: { id: location.id, metadata: null },
      });
      expect(updateStockLocation.stockLocation.metadata).toBeNull();
      const row = await server.gateway.db.prisma.stockLocation.findUniqueOrThrow({ where: { id: location.id } });
      expect(row.metadata).toBeNull();
    });

    it('creates an address for a location without one', async () => {
      const location = await create({ name: 'Homeless' });
      const { updateStockLocation } = await server.data<{ updateStockLocation: LocationResult }>(UPDATE, {
        input: { id: location.id, address: { address1: 'Via Roma 1', countryCode: 'it', city: 'Milano' } },
      });
      expect(updateStockLocation.stockLocation).toMatchObject({
        addressId: expect.stringMatching(/^laddr_/),
        address: { address1: 'Via Roma 1', countryCode: 'it', city: 'Milano', address2: null },
      });
    });

    it('removes the address with null, soft-deleting it', async () => {
      const location = await create({ name: 'Moving Out', address: { address1: 'Street 1', countryCode: 'de' } });
      const { updateStockLocation } = await server.data<{ updateStockLocation: LocationResult }>(UPDATE, {
        input: { id: location.id, address: null },
      });
      expect(updateStockLocation.stockLocation).toMatchObject({ addressId: null, address: null });
      const address = await server.gateway.db.prisma.stockLocationAddress.findUniqueOrThrow({
        where: { id: location.addressId ?? '' },
      });
      expect(address.deletedAt).toBeInstanceOf(Date);
    });

    it('refuses an unknown location with NOT_FOUND', async () => {
      expect(await refused(UPDATE, { input: { id: NOPE_LOCATION, name: 'X' } })).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: `Stock location with id: ${NOPE_LOCATION} was not found`,
        path: ['input', 'id'],
      });
    });

    it('refuses a deleted location with NOT_FOUND', async () => {
      const location = await create({ name: 'Gone Soon' });
      await server.data(DELETE, { id: location.id });
      expect(await refused(UPDATE, { input: { id: location.id, name: 'Back' } })).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: `Stock location with id: ${location.id} was not found`,
        path: ['input', 'id'],
      });
    });

    it.each([['  '], [null]])('refuses the name %j and changes nothing', async (name) => {
      const location = await create({ name: 'Named' });
      expect(await refused(UPDATE, { input: { id: location.id, name, metadata: { changed: true } } })).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'name must not be empty',
        path: ['input', 'name'],
      });
    });

    it('refuses blanking address1 of an existing address and changes nothing', async () => {
      const location = await create({ name: 'Addressed', address: { address1: 'Street 1', countryCode: 'de' } });
      expect(await refused(UPDATE, { input: { id: location.id, name: 'Renamed', address: { address1: '' } } })).toEqual(
        {
          __typename: 'InvalidDataError',
          code: 'INVALID_DATA',
          message: 'address1 must not be empty',
          path: ['input', 'address', 'address1'],
        },
      );
    });

    it('refuses a new address without a countryCode and changes nothing', async () => {
      const location = await create({ name: 'Addressless' });
      expect(await refused(UPDATE, { input: { id: location.id, address: { address1: 'Street 1' } } })).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'countryCode must not be empty',
        path: ['input', 'address', 'countryCode'],
      });
    });

    it('refuses metadata that is not a JSON object and changes nothing', async () => {
      const location = await create({ name: 'Meta' });
      expect(await refused(UPDATE, { input: { id: location.id, metadata: 42 } })).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: 'metadata must be a JSON object or null',
        path: ['input', 'metadata'],
      });
    });
  });

  describe('deleteStockLocation', () => {
    it('soft-deletes the location, its address and its links, and keeps inventory levels', async () => {
      const prisma = server.gateway.db.prisma;
      const location = await create({ name: 'Closing', address: { address1: 'Street 9', countryCode: 'de' } });
      await server.data(SALES_CHANNELS, { input: { stockLocationId: location.id, add: [webshop, retail] } });
      const item = await prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-WHITE' } });
      const level = await prisma.inventoryLevel.create({
        data: { id: newId('inventoryLevel'), inventoryItemId: item.id, locationId: location.id, stockedQuantity: 4 },
      });

      const { deleteStockLocation } = await server.data<{ deleteStockLocation: unknown }>(DELETE, { id: location.id });
      expect(deleteStockLocation).toEqual({ __typename: 'DeleteStockLocationPayload', id: location.id, deleted: true });

      const row = await prisma.stockLocation.findUniqueOrThrow({ where: { id: location.id } });
      expect(row.deletedAt).toBeInstanceOf(Date);
      const address = await prisma.stockLocationAddress.findUniqueOrThrow({ where: { id: location.addressId ?? '' } });
      expect(address.deletedAt).toEqual(row.deletedAt);
      const linkRows = await links(location.id);
      expect(linkRows).toHaveLength(2);
      for (const link of linkRows) expect(link.deletedAt).toEqual(row.deletedAt);
      expect(await prisma.inventoryLevel.findUniqueOrThrow({ where: { id: level.id } })).toEqual(level);

      const after = await server.data<{ stockLocation: unknown; stockLocations: Page }>(
        `query After($id: ID!) { stockLocation(id: $id) { id } stockLocations(filter: { ids: [$id] }) { nodes { id } count } }`,
        { id: location.id },
      );
      expect(after).toEqual({ stockLocation: null, stockLocations: { nodes: [], count: 0 } });
      const channel = await server.data<{ salesChannel: { stockLocations: { id: string }[] } }>(
        `query Channel($id: ID!) { salesChannel(id: $id) { stockLocations { id } } }`,
        { id: retail },
      );
      expect(channel.salesChannel.stockLocations).toEqual([]);
    });

    it('refuses an unknown location with NOT_FOUND', async () => {
      expect(await refused(DELETE, { id: NOPE_LOCATION })).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: `Stock location with id: ${NOPE_LOCATION} was not found`,
        path: ['input', 'id'],
      });
    });

    it('refuses a location deleted before with NOT_FOUND', async () => {
      const location = await create({ name: 'Twice' });
      await server.data(DELETE, { id: location.id });
      expect(await refused(DELETE, { id: location.id })).toMatchObject({
        __typename: 'NotFoundError',
        message: `Stock location with id: ${location.id} was not found`,
      });
    });
  });

  describe('updateStockLocationSalesChannels', () => {
    const update = async (input: Record<string, unknown>) => {
      const data = await server.data<{ updateStockLocationSalesChannels: LocationResult }>(SALES_CHANNELS, { input });
      expect(data.updateStockLocationSalesChannels.__typename).toBe('StockLocationPayload');
      return data.updateStockLocationSalesChannels.stockLocation;
    };

    it('links sales channels with new link ids', async () => {
      const location = await create({ name: 'Linked' });
      const updated = await update({ stockLocationId: location.id, add: [webshop, retail, webshop] });
      expect(updated.salesChannels.map((channel) => channel.id).sort()).toEqual([webshop, retail].sort());
      const rows = await links(location.id);
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row).toMatchObject({ id: expect.stringMatching(/^scloc_/), deletedAt: null });
    });

    it('leaves an existing link untouched when it is added again', async () => {
      const location = await create({ name: 'Relinked' });
      await update({ stockLocationId: location.id, add: [webshop] });
      const before = await links(location.id);
      const updated = await update({ stockLocationId: location.id, add: [webshop] });
      expect(updated.salesChannels).toEqual([{ id: webshop, name: 'Webshop' }]);
      expect(await links(location.id)).toEqual(before);
    });

    it('unlinks by soft delete, and revives the same link when added again', async () => {
      const location = await create({ name: 'Toggled' });
      await update({ stockLocationId: location.id, add: [webshop, retail] });
      const [original] = (await links(location.id)).filter((link) => link.salesChannelId === webshop);

      const removed = await update({ stockLocationId: location.id, remove: [webshop] });
      expect(removed.salesChannels).toEqual([{ id: retail, name: 'Retail POS' }]);
      const [unlinked] = (await links(location.id)).filter((link) => link.salesChannelId === webshop);
      expect(unlinked).toMatchObject({ id: original.id, deletedAt: expect.any(Date) });

      const revived = await update({ stockLocationId: location.id, add: [webshop] });
      expect(revived.salesChannels.map((channel) => channel.id).sort()).toEqual([webshop, retail].sort());
      const [again] = (await links(location.id)).filter((link) => link.salesChannelId === webshop);
      expect(again).toMatchObject({ id: original.id, deletedAt: null });
    });

    it('adds and removes in one call', async () => {
      const location = await create({ name: 'Swapped' });
      await update({ stockLocationId: location.id, add: [webshop] });
      const updated = await update({ stockLocationId: location.id, add: [retail], remove: [webshop] });
      expect(updated.salesChannels).toEqual([{ id: retail, name: 'Retail POS' }]);
    });

    it('refuses a channel both added and removed and changes nothing', async () => {
      const location = await create({ name: 'Undecided' });
      await update({ stockLocationId: location.id, add: [webshop] });
      expect(
        await refused(SALES_CHANNELS, {
          input: { stockLocationId: location.id, add: [retail, webshop], remove: [webshop] },
        }),
      ).toEqual({
        __typename: 'InvalidDataError',
        code: 'INVALID_DATA',
        message: `Sales channel ${webshop} cannot be both added and removed`,
        path: ['input', 'remove', '0'],
      });
    });

    it('refuses an unknown location with NOT_FOUND and changes nothing', async () => {
      expect(await refused(SALES_CHANNELS, { input: { stockLocationId: NOPE_LOCATION, add: [webshop] } })).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: `Stock location with id: ${NOPE_LOCATION} was not found`,
        path: ['input', 'stockLocationId'],
      });
    });

    it('refuses a deleted location with NOT_FOUND and changes nothing', async () => {
      const location = await create({ name: 'Deleted Before' });
      await server.data(DELETE, { id: location.id });
      expect(await refused(SALES_CHANNELS, { input: { stockLocationId: location.id, add: [webshop] } })).toMatchObject({
        __typename: 'NotFoundError',
        path: ['input', 'stockLocationId'],
      });
    });

    it('refuses unknown and deleted sales channels with NOT_FOUND listing them all, and changes nothing', async () => {
      const location = await create({ name: 'Picky' });
      const input = {
        stockLocationId: location.id,
        add: [webshop, NOPE_CHANNEL, closedChannel],
        remove: [NOPE_CHANNEL_2],
      };
      expect(await refused(SALES_CHANNELS, { input })).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: `Sales channels with ids: ${NOPE_CHANNEL}, ${closedChannel}, ${NOPE_CHANNEL_2} were not found`,
        path: ['input', 'add'],
      });
    });

    it('refuses an unknown sales channel to remove with NOT_FOUND and changes nothing', async () => {
      const location = await create({ name: 'Remover' });
      await update({ stockLocationId: location.id, add: [webshop] });
      expect(
        await refused(SALES_CHANNELS, {
          input: { stockLocationId: location.id, add: [retail], remove: [NOPE_CHANNEL] },
        }),
      ).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        message: `Sales channel with id: ${NOPE_CHANNEL} was not found`,
        path: ['input', 'remove'],
      });
    });
  });
});
