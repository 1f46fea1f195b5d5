import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_ERRORS } from '../../src/core/errors.js';
import { ROUTES } from '../../src/rest/routes/index.js';
import { SEED_REGION_ID } from '../../src/seed/demo-catalog.js';
import { type GraphQLResponse, type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { PROJECT_ROOT } from '../support/processes.js';

/**
 * Every ```graphql block of the documentation, run against a gateway on the demo catalog: queries
 * first (so that they see the seeded data), then mutations, each in the order the files give them.
 *
 * Examples take ids as `$variables`; VARIABLES below says what each name stands for and looks it
 * up when an operation needs it, so a mutation can use what an earlier example made (`$giftBoxItemId`).
 * A block may hold several operations, each named; each runs by its operationName.
 *
 * A line `# expect: error` inside an operation says the example shows a typed error (a member of
 * the `Error` interface returned by a mutation); `# expect: graphql-error` says it shows a GraphQL
 * error in the response's `errors`. Every other operation must answer without either.
 */

const DOCUMENTS = ['docs/graphql.md', 'README.md'];

/**
 * Examples in README.md that do not run as written on the demo catalog. Each entry asserts the
 * error the example gets today; when the README is fixed, the test says to remove the entry.
 */
const KNOWN_BROKEN: Record<string, { code: string; why: string }> = {};

type Expectation = 'data' | 'error' | 'graphql-error';

interface Example {
  file: string;
  line: number;
  name: string;
  kind: 'query' | 'mutation';
  expectation: Expectation;
  /** The whole block: an operation runs by name within it. */
  document: string;
  variables: string[];
}

const ERROR_TYPES = new Set<string>(DOMAIN_ERRORS.map((ErrorClass) => ErrorClass.name));

function examplesOf(file: string): Example[] {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const examples: Example[] = [];
  for (const block of text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)) {
    const source = block[1];
    const line = text.slice(0, block.index).split('\n').length + 1;
    const definitions = parse(source).definitions;
    let regionStart = 0;
    for (const definition of definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const operation = definition as OperationDefinitionNode;
      const end = operation.loc?.end ?? source.length;
      const region = source.slice(regionStart, end);
      regionStart = end;
      const marker = /^\s*#\s*expect:\s*(error|graphql-error)\s*$/m.exec(region)?.[1] as Expectation | undefined;
      const start = operation.loc?.start ?? 0;
      examples.push({
        file,
        line: line + source.slice(0, start).split('\n').length - 1,
        name: operation.name?.value ?? '',
        kind: operation.operation === 'mutation' ? 'mutation' : 'query',
        expectation: marker ?? 'data',
        document: source,
        variables: (operation.variableDefinitions ?? []).map((variable) => variable.variable.name.value),
      });
    }
  }
  return examples;
}

const examples = DOCUMENTS.flatMap(examplesOf);
const ordered = [
  ...examples.filter((example) => example.kind === 'query'),
  ...examples.filter((example) => example.kind === 'mutation'),
];

type Lookup = (server: GraphQLTestServer) => Promise<unknown>;

/** One node's id from a list query's first node: `{ list: productVariants(...) { nodes { id } } }`. */
const firstId = (query: string, variables?: Record<string, unknown>): Lookup => {
  return async (server) => {
    const data = await server.data<{ list: { nodes: { id: string }[] } }>(query, variables);
    const [node] = data.list.nodes;
    if (!node) throw new Error(`No row for the example variable: ${query}`);
    return node.id;
  };
};

const product = (handle: string) =>
  firstId('query($h: [String!]) { list: products(filter: { handle: $h }) { nodes { id } } }', { h: [handle] });
const variant = (sku: string) =>
  firstId('query($s: [String!]) { list: productVariants(filter: { sku: $s }) { nodes { id } } }', { s: [sku] });
const inventoryItem = (sku: string) =>
  firstId('query($s: [String!]) { list: inventoryItems(filter: { sku: $s }) { nodes { id } } }', { s: [sku] });
const stockLocation = (q: string) =>
  firstId('query($q: String) { list: stockLocations(filter: { q: $q }) { nodes { id } } }', { q });

/** What each variable name of the examples stands for; docs/graphql.md lists the same in its table. */
const VARIABLES: Record<string, Lookup> = {
  productId: product('t-shirt'),
  mugProductId: product('mug'),
  variantId: variant('TEE-BLACK-S'),
  kitVariantId: variant('MUG-WHITE-2PACK'),
  inventoryItemId: inventoryItem('TEE-BLACK-S'),
  mugItemId: inventoryItem('MUG-WHITE'),
  // README.md's LinkKit example, and its REST example's $ITEM, use the white mug's item.
  itemId: inventoryItem('MUG-WHITE'),
  blackMugItemId: inventoryItem('MUG-BLACK'),
  giftBoxItemId: inventoryItem('GIFT-BOX'),
  locationId: stockLocation('Berlin Warehouse'),
  otherLocationId: stockLocation('Lisbon Store'),
  newLocationId: stockLocation('Porto Pop-up'),
  salesChannelId: firstId('{ list: salesChannels(filter: { q: "Webshop" }) { nodes { id } } }'),
  regionId: async () => SEED_REGION_ID,
  priceId: async (server) => {
    const id = await variant('TEE-BLACK-S')(server);
    const data = await server.data<{
      productVariant: { prices: { id: string; currencyCode: string; rules: Record<string, string> }[] };
    }>('query($id: ID!) { productVariant(id: $id) { prices { id currencyCode rules } } }', { id });
    const price = data.productVariant.prices.find((p) => p.currencyCode === 'eur' && Object.keys(p.rules).length === 0);
    if (!price) throw new Error('TEE-BLACK-S has no EUR price without rules');
    return price.id;
  },
  after: async (server) => {
    const data = await server.data<{ productVariantsConnection: { pageInfo: { endCursor: string } } }>(
      '{ productVariantsConnection(first: 4, order: [{ field: SKU }]) { pageInfo { endCursor } } }',
    );
    return data.productVariantsConnection.pageInfo.endCursor;
  },
};

describe('documentation facts', () => {
  it('docs/rest.md lists every route of the route table, and no other', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'docs/rest.md'), 'utf8');
    const documented = [...text.matchAll(/^\| `(GET|POST|DELETE)` \| `([^`]+)` \|/gm)].map(
      ([, method, path]) => `${method} ${path}`,
    );
    expect(documented).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`));
  });

  it('docs/configuration.md describes every environment variable src/config.ts reads', () => {
    const source = ['src/config.ts', 'src/env-file.ts']
      .map((file) => readFileSync(join(PROJECT_ROOT, file), 'utf8'))
      .join('\n');
    const read = new Set([...source.matchAll(/env\.([A-Z_]+)|env, '([A-Z_]+)'/g)].map(([, a, b]) => a ?? b));
    const text = readFileSync(join(PROJECT_ROOT, 'docs/configuration.md'), 'utf8');
    const documented = new Set([...text.matchAll(/^\| `([A-Z_]+)` \|/gm)].map(([, name]) => name));
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((name) => !documented.has(name))).toEqual([]);
    expect([...documented].filter((name) => !read.has(name))).toEqual([]);
  });
});

describe('documentation examples', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('finds the examples: named operations, variables the test knows', () => {
    expect(examples.filter((example) => example.file === 'docs/graphql.md').length).toBeGreaterThan(20);
    for (const example of examples) {
      expect(example.name, `${example.file}:${example.line}: give the operation a name`).not.toBe('');
      for (const name of example.variables) {
        expect(
          Object.hasOwn(VARIABLES, name),
          `${example.file}:${example.line} ${example.name} uses $${name}: say what it stands for in VARIABLES`,
        ).toBe(true);
      }
    }
    const names = examples.map((example) => `${example.file} ${example.name}`);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  const run = async (example: Example): Promise<GraphQLResponse> => {
    const variables: Record<string, unknown> = {};
    for (const name of example.variables) variables[name] = await VARIABLES[name](server);
    const response = await fetch(`${server.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: example.document, operationName: example.name, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
  };

  for (const example of ordered) {
    const title = `${example.file}:${example.line} ${example.kind} ${example.name}${
      example.expectation === 'data' ? '' : ` (expects ${example.expectation})`
    }`;
    it(title, async () => {
      const response = await run(example);
      const where = `${example.file}:${example.line} ${example.name}`;
      if (example.expectation === 'graphql-error') {
        expect(response.errors?.length, `${where} should answer a GraphQL error`).toBeGreaterThan(0);
        for (const error of response.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        return;
      }
      expect(response.errors, `${where}: ${JSON.stringify(response.errors)}`).toBeUndefined();
      expect(response.status).toBe(200);
      expect(response.data).toBeTruthy();
      if (example.kind !== 'mutation') return;

      const results = Object.values(response.data ?? {}) as { __typename?: string; code?: string }[];
      for (const result of results) {
        expect(result?.__typename, `${where}: select __typename in every mutation example`).toBeTypeOf('string');
      }
      const errors = results.filter((result) => ERROR_TYPES.has(result.__typename as string));
      const known = KNOWN_BROKEN[`${example.file} ${example.name}`];
      if (known) {
        expect(
          errors.map((error) => error.code),
          `${where} now runs: remove it from KNOWN_BROKEN in test/docs/examples.test.ts`,
        ).toEqual([known.code]);
      } else if (example.expectation === 'error') {
        expect(errors.length, `${where} is marked "# expect: error" but returned ${JSON.stringify(results)}`).toBe(
          results.length,
        );
      } else {
        expect(errors, `${where} returned an error`).toEqual([]);
      }
    });
  }
});
