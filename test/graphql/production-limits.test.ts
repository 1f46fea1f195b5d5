import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { OperatorError } from '../../src/operator-error.js';
import { startupReport } from '../../src/startup-report.js';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET, withoutRequestIds } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { tableCounts } from '../support/snapshots.js';

const COUNT_VARIANTS = 'query CountVariants { productVariants { count } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('production: introspection and suggestions off, only persisted operations', () => {
  let server: GraphQLTestServer;
  let folder: string;

  /** POSTs a GraphQL request body to /graphql with the admin token. */
  async function post(body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(server.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const persisted = (hash: string, variables?: Record<string, unknown>) => ({
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
  });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'persisted-'));
    const file = join(folder, 'operations.json');
    writeFileSync(
      file,
      JSON.stringify({
        [sha256(COUNT_VARIANTS)]: COUNT_VARIANTS,
        typo: 'query Typo { productVariants { nodes { skuu } } }',
        schema: 'query Schema { __schema { queryType { name } } }',
        order: 'query Order($order: [ProductVariantOrder!]) { productVariants(order: $order) { count } }',
      }),
    );
    const { limits } = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: TEST_JWT_SECRET,
      PERSISTED_OPERATIONS_FILE: file,
    });
    server = await startGraphQLServer({ production: true, limits });
  });
  afterAll(async () => {
    await server?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('run an allow-listed operation named by its hash, and report its cost', async () => {
    const response = await post(persisted(sha256(COUNT_VARIANTS)));
    expect(response.status).toBe(200);
    expect(withoutRequestIds(response.body)).toEqual({
      data: { productVariants: { count: expect.any(Number) } },
      extensions: { cost: { requested: 2, requestTotal: 2, maximum: 1_000_000 } },
    });
  });

  it('refuse a query sent as text, and a hash not on the list, with 400 and change nothing', async () => {
    const before = await tableCounts(server.gateway.db.prisma);
    const text = await post({ query: 'mutation { deleteProduct(input: { id: "prod_x" }) { __typename } }' });
    expect(text.status).toBe(400);
    expect(withoutRequestIds(text.body)).toEqual({
      errors: [
        {
          message:
            'Only persisted operations are accepted: send the hash of an allow-listed operation in extensions.persistedQuery.sha256Hash instead of a query.',
          extensions: { code: 'PERSISTED_OPERATION_REQUIRED' },
        },
      ],
    });
    const unknown = await post(persisted(sha256('mutation { deleteProduct(input: { id: "prod_x" }) { __typename } }')));
    expect(unknown.status).toBe(400);
    expect(withoutRequestIds(unknown.body)).toEqual({
      errors: [
        {
          message: 'The persisted operation is not on the allow-list of this server.',
          extensions: { code: 'PERSISTED_OPERATION_NOT_FOUND' },
        },
      ],
    });
    expect(await tableCounts(server.gateway.db.prisma)).toEqual(before);
  });

  it("still run the REST shim's own documents, with their cost in x-query-cost", async () => {
    const response = await restClient(server)('GET', '/admin/product-variants?fields=id,sku&limit=2');
    expect(response.status).toBe(200);
    expect((response.body as { variants: unknown[] }).variants).toHaveLength(2);
    expect(response.headers.get('x-query-cost')).toBe(String(1 + 1 + 1 + 1 + 1 + 2 * 2));
  });

  it('refuse introspection, even in an allow-listed operation', async () => {
    const response = await post(persisted('schema'));
    expect(withoutRequestIds(response.body.errors)).toEqual([
      {
        message: 'Introspection is turned off on this server; the operation asks for "__schema".',
        locations: [{ line: 1, column: 16 }],
        extensions: { code: 'INTROSPECTION_DISABLED' },
      },
    ]);
  });

  it('hide field suggestions', async () => {
    const response = await post(persisted('typo'));
    expect(withoutRequestIds(response.body.errors)).toEqual([
      {
        message: 'Cannot query field "skuu" on type "ProductVariant".',
        locations: [{ line: 1, column: 40 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    const variable = await post(persisted('order', { order: [{ field: 'SKUU' }] }));
    expect(JSON.stringify(variable.body.errors)).toContain(
      'Value \\"SKUU\\" does not exist in \\"ProductVariantOrderField\\" enum.',
    );
    expect(JSON.stringify(variable.body.errors)).not.toContain('Did you mean');
  });

  it('answer a browser asking for GraphiQL with a 404 that says why', async () => {
    const response = await fetch(server.gateway.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'GraphiQL is not served: introspection is turned off on this server (GRAPHQL_INTROSPECTION).',
          extensions: { code: 'GRAPHIQL_DISABLED' },
        },
      ],
    });
    expect(startupReport(server.gateway)).toContain(
      `GraphQL:     ${server.gateway.graphqlUrl}  (GraphiQL is off with introspection; GRAPHQL_INTROSPECTION=true turns both on)`,
    );
  });
});

describe('limits configuration', () => {
  it('turns introspection and suggestions off in production unless told, and suggestions follow introspection', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'secret' };
    expect(loadConfig(production).limits).toMatchObject({ introspection: false, fieldSuggestions: false });
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).limits).toMatchObject({
      introspection: true,
      fieldSuggestions: true,
    });
    expect(loadConfig({}).limits).toMatchObject({ introspection: true, fieldSuggestions: true });
    expect(loadConfig({ GRAPHQL_FIELD_SUGGESTIONS: 'false' }).limits.fieldSuggestions).toBe(false);
  });

  it('refuses bad values and an unreadable allow-list with a message naming the setting', () => {
    expect(() => loadConfig({ GRAPHQL_MAX_COST: '0' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(
      'GRAPHQL_MAX_DEPTH must be an integer from 1 to 1000 (got "deep")',
    );
    const folder = mkdtempSync(join(tmpdir(), 'persisted-'));
    try {
      const file = join(folder, 'bad.json');
      writeFileSync(file, JSON.stringify({ abc: '{ products { ' }));
      expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: file })).toThrow(OperatorError);
      expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: file })).toThrow(/the entry "abc" does not parse/);
      expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: join(folder, 'missing.json') })).toThrow(
        /PERSISTED_OPERATIONS_FILE ".*missing\.json" cannot be read as JSON/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
