import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { EXAMPLE_OPERATION } from '../../src/graphql/graphiql.js';
import {
  type GraphQLResponse,
  type GraphQLTestServer,
  startGraphQLServer,
  withoutRequestIds,
} from '../support/graphql.js';
import { tableCounts } from '../support/snapshots.js';

type Post = { status: number; body: unknown };

/** POSTs any body to /graphql with the admin token. */
async function post(server: GraphQLTestServer, body: unknown): Promise<Post> {
  const response = await fetch(server.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const firstError = (response: GraphQLResponse) => response.errors?.[0];

/** A query nesting variants and inventory back and forth: every level multiplies the cost. */
const DEEP_VARIANTS = `query Deep($limit: Int) {
  productVariants(limit: $limit) {
    nodes { inventoryItems { inventory { variants { inventoryItems { inventory { variants { id } } } } } } }
  }
}`;

describe('GraphQL limits at their defaults', () => {
  let server: GraphQLTestServer;

  beforeAll(async () => {
    server = await startGraphQLServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it("run GraphiQL's example operation, and report its cost in extensions.cost", async () => {
    const response = await server.gql(EXAMPLE_OPERATION);
    expect(response.errors).toBeUndefined();
    // 10 variants × (8 fields + 10 prices × 3 + 10 inventory items × (… 10 levels × 6)): the limit argument sizes the list.
    expect(response.extensions?.cost).toEqual({ requested: 5783, requestTotal: 5783, maximum: 1_000_000 });
  });

  it('count a page size given as a variable, the default page size when absent, and count and pageInfo once', async () => {
    const cost = async (query: string, variables?: Record<string, unknown>) =>
      ((await server.gql(query, variables)).extensions as { cost: { requested: number } }).cost.requested;
    expect(await cost('query($n: Int) { productVariants(limit: $n) { count nodes { id sku } } }', { n: 7 })).toBe(
      1 + 1 + 1 + 7 * 2,
    );
    expect(await cost('{ productVariants { count nodes { id } } }')).toBe(1 + 1 + 1 + 20);
    expect(
      await cost('{ productsConnection(first: 3) { totalCount pageInfo { hasNextPage } edges { node { id } } } }'),
    ).toBe(1 + 1 + (1 + 1) + (1 + 3 * (1 + 1)));
    // A list without a page size counts 10 of each; nested lists multiply.
    expect(await cost('{ products(limit: 2) { nodes { variants { prices { id } } } } }')).toBe(
      1 + 1 + 2 * (1 + 10 * (1 + 10)),
    );
    expect(await cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(1 + 3);
  });

  it('refuse a page larger than 200 with BAD_USER_INPUT, as a literal or a variable', async () => {
    const literal = await server.gql('{ productVariants(limit: 500) { count } }');
    expect(firstError(literal)).toMatchObject({
      message: 'limit must be between 0 and 200 (got 500)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const variable = await server.gql('query($n: Int) { productsConnection(first: $n) { totalCount } }', { n: 201 });
    expect(firstError(variable)).toMatchObject({
      message: 'first must be at most 200 (got 201)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuse a query costing more than the maximum before it runs, naming its cost', async () => {
    const before = server.gateway.db.statements.count;
    const response = await server.gql(DEEP_VARIANTS, { limit: 200 });
    expect(response.status).toBe(200);
    expect(response.data).toBeUndefined();
    const perVariant = 1 + 10 * (1 + 1 + 10 * (1 + 10 * (1 + 1 + 10 * 1)));
    const requested = 1 + 1 + 200 * perVariant;
    expect(withoutRequestIds(firstError(response))).toEqual({
      message: `Query cost ${requested} exceeds the maximum of 1000000: ask for smaller pages or fewer nested lists.`,
      extensions: { code: 'MAX_COST_EXCEEDED', cost: { requested, requestTotal: requested, maximum: 1_000_000 } },
    });
    expect(response.extensions?.cost).toEqual({ requested, requestTotal: requested, maximum: 1_000_000 });
    expect(server.gateway.db.statements.count).toBe(before);
    // The same document with a small page runs.
    expect((await server.gql(DEEP_VARIANTS, { limit: 2 })).errors).toBeUndefined();
  });

  it('refuse fragments that spread each other twice over quickly, counting every spread', async () => {
    const levels = Array.from(
      { length: 40 },
      (_, level) => `fragment F${level + 1} on Query { ...F${level} ...F${level} }`,
    );
    const query = `query Doubling { ...F40 }\nfragment F0 on Query { productVariants(limit: 1) { count } }\n${levels.join('\n')}`;
    const response = await server.gql(query);
    expect(withoutRequestIds(response.errors)).toEqual([
      expect.objectContaining({
        message: `Query cost ${2 ** 41} exceeds the maximum of 1000000: ask for smaller pages or fewer nested lists.`,
        extensions: expect.objectContaining({ code: 'MAX_COST_EXCEEDED' }),
      }),
    ]);
  });

  it('keep field suggestions and introspection in development', async () => {
    const typo = await server.gql('{ productVariants { nodes { skuu } } }');
    expect(firstError(typo)?.message).toBe('Cannot query field "skuu" on type "ProductVariant". Did you mean "sku"?');
    const introspection = await server.gql('{ __schema { queryType { name } } }');
    expect(introspection.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('refuse batched requests by default, as yoga and Apollo Server do', async () => {
    const response = await post(server, [{ query: '{ products { count } }' }]);
    expect(response.status).toBe(400);
    expect(withoutRequestIds(response.body)).toEqual({
      errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('GraphQL batching turned on', () => {
  let server: GraphQLTestServer;
  const { limits } = loadConfig({ GRAPHQL_MAX_BATCH: '10', GRAPHQL_MAX_COST: '5' });

  beforeAll(async () => {
    server = await startGraphQLServer({ limits });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('run up to GRAPHQL_MAX_BATCH operations in one request and refuse one more with 413', async () => {
    const operation = { query: '{ productVariants(limit: 1) { count } }' };
    const two = await post(server, [operation, operation]);
    expect(two.status).toBe(200);
    expect((two.body as GraphQLResponse[]).map((response) => response.data)).toEqual([
      { productVariants: { count: expect.any(Number) } },
      { productVariants: { count: expect.any(Number) } },
    ]);
    const eleven = await post(
      server,
      Array.from({ length: 11 }, () => operation),
    );
    expect(eleven.status).toBe(413);
    expect(withoutRequestIds(eleven.body)).toEqual({
      errors: [{ message: 'Batching is limited to 10 operations per request.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('give the whole batch one cost budget: operations past it are refused, each alone would pass', async () => {
    // Each costs 2 (productVariants and count); the budget of 5 holds two of them, not three.
    const operation = { query: '{ productVariants(limit: 1) { count } }' };
    const alone = await post(server, operation);
    expect((alone.body as GraphQLResponse).extensions?.cost).toEqual({ requested: 2, requestTotal: 2, maximum: 5 });
    const three = await post(server, [operation, operation, operation]);
    expect(three.status).toBe(200);
    const responses = three.body as GraphQLResponse[];
    expect(responses.map((response) => response.data?.productVariants ?? null)).toEqual([
      { count: expect.any(Number) },
      { count: expect.any(Number) },
      null,
    ]);
    expect(withoutRequestIds(responses[2].errors)).toEqual([
      {
        message:
          'Query cost 2, after 4 spent by the other operations of this request, exceeds the maximum of 5: ask for smaller pages or fewer nested lists.',
        extensions: { code: 'MAX_COST_EXCEEDED', cost: { requested: 2, requestTotal: 6, maximum: 5 } },
      },
    ]);
    // The next request starts with a budget of its own.
    const again = await post(server, [operation, operation]);
    expect((again.body as GraphQLResponse[]).map((response) => response.errors)).toEqual([undefined, undefined]);
  });
});

describe('GraphQL limits set low', () => {
  let server: GraphQLTestServer;
  const { limits } = loadConfig({
    GRAPHQL_MAX_DEPTH: '4',
    GRAPHQL_MAX_ALIASES: '2',
    GRAPHQL_MAX_TOKENS: '60',
    GRAPHQL_MAX_COST: '20',
    MAX_BODY_BYTES: '65536',
  });
  const rename = (title: string, extra = '') =>
    `mutation { updateProduct(input: { id: "${productId}", title: "${title}" }) { ... on ProductPayload { product { title ${extra} } } } }`;
  let productId: string;

  beforeAll(async () => {
    server = await startGraphQLServer({ limits });
    const data = await server.data<{ products: { nodes: { id: string }[] } }>(
      '{ products(limit: 1) { nodes { id } } }',
    );
    productId = data.products.nodes[0].id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** Sends a mutation that a limit refuses, and checks that the database did not change. */
  async function refusedMutation(query: string) {
    const before = await tableCounts(server.gateway.db.prisma);
    const response = await server.gql(query);
    expect(response.data ?? null).toBeNull();
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
    return response;
  }

  it('refuse an operation deeper than GRAPHQL_MAX_DEPTH, and change nothing', async () => {
    const response = await refusedMutation(rename('Deep', 'variants { prices { id } }'));
    expect(withoutRequestIds(response.errors)).toEqual([
      { message: 'Query depth limit of 4 exceeded, found 5.', extensions: { code: 'MAX_DEPTH_EXCEEDED' } },
    ]);
    expect(response.status).toBe(200);
    // A client of the GraphQL-over-HTTP media type gets 400 for a document refused in validation.
    const strict = await fetch(server.gateway.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${server.token}`,
      },
      body: JSON.stringify({ query: rename('Deep', 'variants { prices { id } }') }),
    });
    expect(strict.status).toBe(400);
  });

  it('refuse more aliases than GRAPHQL_MAX_ALIASES', async () => {
    const response = await server.gql(
      '{ a: products(limit: 1) { count } b: products { count } c: products { count } }',
    );
    expect(withoutRequestIds(response.errors)).toEqual([
      { message: 'Aliases limit of 2 exceeded, found 3.', extensions: { code: 'MAX_ALIASES_EXCEEDED' } },
    ]);
  });

  it('refuse a document of more tokens than GRAPHQL_MAX_TOKENS while parsing, and change nothing', async () => {
    const response = await refusedMutation(rename('Long', Array.from({ length: 40 }, () => 'id').join(' ')));
    expect(withoutRequestIds(response.errors)).toEqual([
      { message: 'Token limit of 60 exceeded.', extensions: { code: 'MAX_TOKENS_EXCEEDED' } },
    ]);
  });

  it('refuse a mutation costing more than GRAPHQL_MAX_COST, and change nothing', async () => {
    const response = await refusedMutation(
      `mutation { updateProduct(input: { id: "${productId}", title: "Costly" }) { ... on ProductPayload { product { variants { id sku } } } } }`,
    );
    // updateProduct, product and variants count 1 each, and a product's variants count 10 each.
    expect(withoutRequestIds(response.errors)).toEqual([
      {
        message: 'Query cost 23 exceeds the maximum of 20: ask for smaller pages or fewer nested lists.',
        extensions: { code: 'MAX_COST_EXCEEDED', cost: { requested: 23, requestTotal: 23, maximum: 20 } },
      },
    ]);
  });

  it('refuse a body larger than MAX_BODY_BYTES with 413, and change nothing', async () => {
    const before = await tableCounts(server.gateway.db.prisma);
    const query = `mutation($t: String!) { updateProduct(input: { id: "${productId}", title: $t }) { __typename } }`;
    const response = await post(server, { query, variables: { t: 'x'.repeat(70_000) } });
    expect(response.status).toBe(413);
    expect(withoutRequestIds(response.body)).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
    });
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });

  it('refuse batches when GRAPHQL_MAX_BATCH is 0 (its default)', async () => {
    const response = await post(server, [{ query: '{ products { count } }' }]);
    expect(response.status).toBe(400);
    expect(withoutRequestIds(response.body)).toEqual({
      errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
