import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { tableCounts } from '../support/snapshots.js';

const CREATE = `mutation($input: CreateProductInput!) {
  createProduct(input: $input) {
    __typename
    ... on ProductPayload { product { id title handle status options { title values { value } } variants { sku options { value } } salesChannels { name } } }
    ... on MutationError { code message path }
  }
}`;

type Result = Record<string, unknown> & { __typename: string };

describe('products', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });
  const createProduct = async (input: Record<string, unknown>) =>
    (await server.gql<{ createProduct: Result }>(CREATE, { input })).data?.createProduct as Result;

  it('lists, filters and pages products', async () => {
    const data = await server.data<Record<string, { count: number; nodes: { handle: string }[] }>>(`{
      all: products(order: [{ field: HANDLE }]) { count nodes { handle } }
      q: products(filter: { q: "MUG" }) { count nodes { handle } }
      page: products(limit: 1, offset: 1, order: [{ field: HANDLE, direction: DESC }]) { count nodes { handle } }
      published: products(filter: { status: [PUBLISHED] }) { count nodes { handle } }
    }`);
    expect(data.all).toEqual({ count: 3, nodes: [{ handle: 'hoodie' }, { handle: 'mug' }, { handle: 't-shirt' }] });
    expect(data.q.nodes).toEqual([{ handle: 'mug' }]);
    expect(data.page).toEqual({ count: 3, nodes: [{ handle: 'mug' }] });
    expect(data.published.count).toBe(3);
  });

  it('shows a product with its options, values, variants and sales channels', async () => {
    const id = (await server.gateway.db.prisma.product.findFirstOrThrow({ where: { handle: 't-shirt' } })).id;
    const { product } = await server.data<{ product: Record<string, unknown> }>(
      `{ product(id: "${id}") { title options { title values { value } } variants { sku } salesChannels { name } } }`,
    );
    expect(product).toMatchObject({ title: 'Medusa T-Shirt', salesChannels: [{ name: 'Webshop' }] });
    expect((product.options as { title: string }[]).map((o) => o.title).sort()).toEqual(['Color', 'Size']);
    expect((product.variants as unknown[]).length).toBe(4);
  });

  it('creates a product with options, variants and a derived handle', async () => {
    const channel = await server.gateway.db.prisma.salesChannel.findFirstOrThrow();
    const result = await createProduct({
      title: 'Canvas Tote (Large)!',
      status: 'PUBLISHED',
      options: [{ title: 'Color', values: ['Natural', 'Black'] }],
      salesChannelIds: [channel.id],
      variants: [
        {
          title: 'Natural',
          sku: 'TOTE-NAT',
          options: [{ option: 'Color', value: 'Natural' }],
          prices: [{ currencyCode: 'eur', amount: 900 }],
        },
        { title: 'Black', sku: 'TOTE-BLK', options: [{ option: 'Color', value: 'Black' }] },
      ],
    });
    expect(result).toMatchObject({
      __typename: 'ProductPayload',
      product: {
        title: 'Canvas Tote (Large)!',
        handle: 'canvas-tote-large',
        status: 'PUBLISHED',
        options: [{ title: 'Color', values: expect.arrayContaining([{ value: 'Natural' }, { value: 'Black' }]) }],
        variants: [
          { sku: 'TOTE-NAT', options: [{ value: 'Natural' }] },
          { sku: 'TOTE-BLK', options: [{ value: 'Black' }] },
        ],
        salesChannels: [{ name: 'Webshop' }],
      },
    });
    const option = await server.gateway.db.prisma.productOption.findFirstOrThrow({
      where: { title: 'Color', productLinks: { some: { product: { handle: 'canvas-tote-large' } } } },
    });
    expect(option.isExclusive).toBe(true);
  });

  it.each([
    [{ title: 'No options', options: [] }, 'INVALID_DATA', ['input', 'options']],
    [{ title: 'Dup', handle: 'mug', options: [{ title: 'Size', values: ['M'] }] }, 'DUPLICATE', ['input', 'handle']],
    [{ title: ' ', options: [{ title: 'Size', values: ['M'] }] }, 'INVALID_DATA', ['input', 'title']],
    [
      { title: 'Twice', options: [{ title: 'Size', values: ['M', 'M'] }] },
      'INVALID_DATA',
      ['input', 'options', '0', 'values'],
    ],
    [
      {
        title: 'Channel',
        options: [{ title: 'Size', values: ['M'] }],
        salesChannelIds: ['sc_01JDNNNN000000000000000000'],
      },
      'NOT_FOUND',
      ['input', 'salesChannelIds'],
    ],
    [
      {
        title: 'Bad variant',
        options: [{ title: 'Size', values: ['M'] }],
        variants: [{ title: 'V', options: [{ option: 'Size', value: 'XL' }] }],
      },
      'INVALID_DATA',
      ['input', 'variants', '0', 'options', '0'],
    ],
  ])('refuses %j and writes nothing', async (input, code, path) => {
    const before = await tableCounts(server.gateway.db.prisma);
    expect(await createProduct(input)).toMatchObject({ code, path });
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });

  it('updates a product, keeping handles unique', async () => {
    const id = (await server.gateway.db.prisma.product.findFirstOrThrow({ where: { handle: 'hoodie' } })).id;
    const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) {
      __typename ... on ProductPayload { product { title handle subtitle } } ... on MutationError { code message } } }`;
    const ok = await server.data<{ updateProduct: Result }>(UPDATE, {
      input: { id, title: 'Hoodie 2', subtitle: 'Warm' },
    });
    expect(ok.updateProduct).toMatchObject({ product: { title: 'Hoodie 2', handle: 'hoodie', subtitle: 'Warm' } });
    const clash = await server.data<{ updateProduct: Result }>(UPDATE, { input: { id, handle: 'mug' } });
    expect(clash.updateProduct).toEqual({
      __typename: 'DuplicateError',
      code: 'DUPLICATE',
      message: 'Product with handle: mug, already exists.',
    });
  });

  it('deletes a product with its variants, softly', async () => {
    const created = await createProduct({
      title: 'Ephemeral',
      options: [{ title: 'Size', values: ['One'] }],
      variants: [{ title: 'One', sku: 'EPH-1', options: [{ option: 'Size', value: 'One' }] }],
    });
    const id = (created.product as { id: string }).id;
    const DELETE = `mutation($id: ID!) { deleteProduct(input: { id: $id }) { __typename ... on DeleteProductPayload { id deleted } ... on MutationError { code } } }`;
    expect((await server.data<{ deleteProduct: Result }>(DELETE, { id })).deleteProduct).toEqual({
      __typename: 'DeleteProductPayload',
      id,
      deleted: true,
    });
    expect(
      await server.data(`{ product(id: "${id}") { id } productVariants(filter: { sku: ["EPH-1"] }) { count } }`),
    ).toEqual({
      product: null,
      productVariants: { count: 0 },
    });
    expect((await server.data<{ deleteProduct: Result }>(DELETE, { id })).deleteProduct).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
    });
  });

  it('deletes the options exclusive to a deleted product, as Medusa does, and keeps shared ones', async () => {
    const { prisma } = server.gateway.db;
    const created = await createProduct({
      title: 'Short-lived',
      options: [{ title: 'Fit', values: ['Slim', 'Loose'] }],
    });
    const id = (created.product as { id: string }).id;
    const mug = await prisma.product.findFirstOrThrow({ where: { handle: 'mug' } });
    const shared = await prisma.productOption.create({
      data: { id: 'opt_SHAREDBYDELETEDPRODUCT00', title: 'Shared material', isExclusive: false },
    });
    await prisma.productProductOption.createMany({
      data: [
        { id: 'prodopt_SHAREDDELETED0000000', productId: id, productOptionId: shared.id },
        { id: 'prodopt_SHAREDMUG00000000000', productId: mug.id, productOptionId: shared.id },
      ],
    });
    await server.data(`mutation { deleteProduct(input: { id: "${id}" }) { __typename } }`);
    const own = await prisma.productOption.findFirstOrThrow({
      where: { title: 'Fit', productLinks: { some: { productId: id } } },
      include: { values: true },
    });
    expect(own.deletedAt).not.toBeNull();
    expect(own.values.map((value) => value.deletedAt)).toEqual([expect.any(Date), expect.any(Date)]);
    expect((await prisma.productOption.findUniqueOrThrow({ where: { id: shared.id } })).deletedAt).toBeNull();
  });
});
