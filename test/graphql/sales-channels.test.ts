import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

interface Page {
  nodes: { id: string; name: string }[];
  count: number;
  offset: number;
  limit: number;
}

const LIST = `query List($filter: SalesChannelFilter, $order: [SalesChannelOrder!], $limit: Int, $offset: Int) {
  salesChannels(filter: $filter, order: $order, limit: $limit, offset: $offset) {
    nodes { id name }
    count
    offset
    limit
  }
}`;

describe('sales channel queries', () => {
  let server: GraphQLTestServer;
  let webshop: string;
  let retail: string;
  let outlet: string;
  let berlin: string;

  const names = async (variables: Record<string, unknown>) => {
    const { salesChannels } = await server.data<{ salesChannels: Page }>(LIST, variables);
    return salesChannels.nodes.map((node) => node.name);
  };

  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    webshop = (await prisma.salesChannel.findFirstOrThrow({ where: { name: 'Webshop' } })).id;
    berlin = (await prisma.stockLocation.findFirstOrThrow({ where: { name: 'Berlin Warehouse' } })).id;
    await prisma.salesChannel.update({
      where: { id: webshop },
      data: { createdAt: new Date('2024-01-01T00:00:00Z'), updatedAt: new Date('2024-01-01T00:00:00Z') },
    });
    retail = newId('salesChannel');
    outlet = newId('salesChannel');
    await prisma.salesChannel.createMany({
      data: [
        {
          id: retail,
          name: 'Retail POS',
          description: 'In-store tills',
          isDisabled: true,
          createdAt: new Date('2023-01-01T00:00:00Z'),
          updatedAt: new Date('2025-01-01T00:00:00Z'),
        },
        { id: outlet, name: 'Outlet', description: 'Online clearance', deletedAt: new Date() },
      ],
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('reads one channel with its stock locations', async () => {
    const { salesChannel } = await server.data<{ salesChannel: unknown }>(
      `query One($id: ID!) { salesChannel(id: $id) { id name description isDisabled stockLocations { id name } } }`,
      { id: webshop },
    );
    expect(salesChannel).toEqual({
      id: webshop,
      name: 'Webshop',
      description: 'Online store',
      isDisabled: false,
      stockLocations: [{ id: berlin, name: 'Berlin Warehouse' }],
    });
  });

  it.each([
    ['deleted', () => outlet],
    ['unknown', () => 'sc_01JDNOPE000000000000000000'],
  ])('answers null for a %s channel', async (_kind, id) => {
    const { salesChannel } = await server.data<{ salesChannel: unknown }>(
      `query One($id: ID!) { salesChannel(id: $id) { id } }`,
      { id: id() },
    );
    expect(salesChannel).toBeNull();
  });

  it('lists live channels by id, leaving out deleted ones', async () => {
    const { salesChannels } = await server.data<{ salesChannels: Page }>(LIST);
    expect(salesChannels).toEqual({
      nodes: [
        { id: webshop, name: 'Webshop' },
        { id: retail, name: 'Retail POS' },
      ],
      count: 2,
      offset: 0,
      limit: 20,
    });
  });

  it('filters by ids, leaving out deleted ones', async () => {
    expect(await names({ filter: { ids: [retail, outlet] } })).toEqual(['Retail POS']);
  });

  it('searches name and description case-insensitively with q', async () => {
    expect(await names({ filter: { q: 'ONLINE' } })).toEqual(['Webshop']);
    expect(await names({ filter: { q: 'pos' } })).toEqual(['Retail POS']);
    expect(await names({ filter: { q: 'tills' } })).toEqual(['Retail POS']);
    expect(await names({ filter: { q: 'clearance' } })).toEqual([]);
  });

  it('filters by isDisabled', async () => {
    expect(await names({ filter: { isDisabled: true } })).toEqual(['Retail POS']);
    expect(await names({ filter: { isDisabled: false } })).toEqual(['Webshop']);
  });

  it('orders by name, createdAt and updatedAt', async () => {
    expect(await names({ order: [{ field: 'NAME' }] })).toEqual(['Retail POS', 'Webshop']);
    expect(await names({ order: [{ field: 'NAME', direction: 'DESC' }] })).toEqual(['Webshop', 'Retail POS']);
    expect(await names({ order: [{ field: 'CREATED_AT' }] })).toEqual(['Retail POS', 'Webshop']);
    expect(await names({ order: [{ field: 'UPDATED_AT' }] })).toEqual(['Webshop', 'Retail POS']);
  });

  it('pages by offset and limit, counting every match', async () => {
    const { salesChannels } = await server.data<{ salesChannels: Page }>(LIST, { limit: 1, offset: 1 });
    expect(salesChannels).toEqual({ nodes: [{ id: retail, name: 'Retail POS' }], count: 2, offset: 1, limit: 1 });
  });

  it('answers limit 0 and an offset past the end with the count and no nodes', async () => {
    expect((await server.data<{ salesChannels: Page }>(LIST, { limit: 0 })).salesChannels).toEqual({
      nodes: [],
      count: 2,
      offset: 0,
      limit: 0,
    });
    expect((await server.data<{ salesChannels: Page }>(LIST, { offset: 2 })).salesChannels).toEqual({
      nodes: [],
      count: 2,
      offset: 2,
      limit: 20,
    });
  });

  it('refuses a limit above 200', async () => {
    const response = await server.gql(LIST, { limit: 201 });
    expect(response.data).toBeNull();
    expect(response.errors?.[0].message).toBe('limit must be between 0 and 200 (got 201)');
  });

  it('pages a connection with first and after, with the total count', async () => {
    const CONNECTION = `query Connection($first: Int, $after: String, $filter: SalesChannelFilter) {
      salesChannelsConnection(first: $first, after: $after, filter: $filter) {
        totalCount
        edges { node { name } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    interface Connection {
      salesChannelsConnection: {
        totalCount: number;
        edges: { node: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }
    const first = await server.data<Connection>(CONNECTION, { first: 1 });
    expect(first.salesChannelsConnection).toMatchObject({
      totalCount: 2,
      edges: [{ node: { name: 'Webshop' } }],
      pageInfo: { hasNextPage: true },
    });
    const next = await server.data<Connection>(CONNECTION, {
      first: 1,
      after: first.salesChannelsConnection.pageInfo.endCursor,
    });
    expect(next.salesChannelsConnection).toMatchObject({
      totalCount: 2,
      edges: [{ node: { name: 'Retail POS' } }],
      pageInfo: { hasNextPage: false },
    });
    const filtered = await server.data<Connection>(CONNECTION, { filter: { isDisabled: true } });
    expect(filtered.salesChannelsConnection).toMatchObject({
      totalCount: 1,
      edges: [{ node: { name: 'Retail POS' } }],
    });
  });
});
