import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../src/rest/entities.js';
import { openApiDocument, openApiPath } from '../../src/rest/openapi.js';
import { ROUTES } from '../../src/rest/routes/index.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

/** At most this share of the generated properties may be `unknown` (issue 15). */
const MAX_UNKNOWN_SHARE = 0.05;

/**
 * The property declarations of openapi-typescript's output, one a line (`name?: type;`, or
 * `name: {` opening an object); index signatures (`[key: string]: …`) and comments are not
 * properties. A property is untyped when its type is `unknown`, alone or with `null`.
 */
function properties(types: string): { line: string; unknown: boolean }[] {
  return types
    .split('\n')
    .filter((line) => /^\s*("[^"]+"|[\w$]+)\??: /.test(line))
    .map((line) => ({ line: line.trim(), unknown: /: unknown( \| null)?;$/.test(line) }));
}

/** The declaration of one property of a component schema, e.g. `created_at: string;`. */
function componentProperty(types: string, schema: string, property: string): string | undefined {
  const block = types.match(new RegExp(`\\n    ${schema}: \\{\\n([\\s\\S]*?)\\n    \\};`))?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.startsWith(`${property}?: `) || line.startsWith(`${property}: `));
}

describe('the TypeScript types openapi-typescript generates from /openapi.json', () => {
  let types: string;

  beforeAll(async () => {
    // The served document equals this one (test/rest/openapi.test.ts checks it).
    types = await openapiTS(structuredClone(openApiDocument()) as unknown as OpenAPI3, { silent: true });
  });

  it(`leave at most ${MAX_UNKNOWN_SHARE * 100} % of the properties unknown`, () => {
    const all = properties(types);
    const unknown = all.filter((property) => property.unknown);
    const share = unknown.length / all.length;
    console.info(
      `openapi-typescript: ${unknown.length} of ${all.length} properties unknown (${(share * 100).toFixed(1)} %)`,
    );
    expect(all.length).toBeGreaterThan(1000);
    expect(share).toBeLessThanOrEqual(MAX_UNKNOWN_SHARE);
  });

  it('type the response entities’ columns and relations from the GraphQL schema', () => {
    const expected: [string, string, string][] = [
      ['Variant', 'id', 'string'],
      ['Variant', 'sku', 'string | null'],
      ['Variant', 'weight', 'number | null'],
      ['Variant', 'variant_rank', 'number | null'],
      ['Variant', 'allow_backorder', 'boolean'],
      ['Variant', 'created_at', 'string'],
      ['Variant', 'deleted_at', 'null'],
      ['Variant', 'inventory_quantity', 'number | null'],
      ['Variant', 'product', 'components["schemas"]["Product"] | null'],
      ['Variant', 'prices', 'components["schemas"]["Price"][]'],
      ['Product', 'status', '"draft" | "proposed" | "published" | "rejected"'],
      ['Price', 'variant_id', 'string | null'],
      ['InventoryItem', 'stocked_quantity', 'number | null'],
      ['InventoryLevel', 'stock_locations', 'components["schemas"]["StockLocation"][]'],
      ['StockLocation', 'address_id', 'string | null'],
      ['StockLocation', 'address', 'components["schemas"]["StockLocationAddress"] | null'],
      ['VariantInventoryItem', 'inventory', 'components["schemas"]["InventoryItem"]'],
    ];
    for (const [schema, property, type] of expected) {
      expect(componentProperty(types, schema, property), `${schema}.${property}`).toBe(`${property}?: ${type};`);
    }
  });

  it('mark timestamps as date-time', () => {
    const components = openApiDocument().components as {
      schemas: Record<string, { properties: Record<string, object> }>;
    };
    expect(components.schemas.Variant.properties.created_at).toEqual({ type: 'string', format: 'date-time' });
    expect(components.schemas.Product.properties.updated_at).toEqual({ type: 'string', format: 'date-time' });
  });
});

type Schema = Record<string, unknown>;

const TYPES: Record<string, (value: unknown) => boolean> = {
  null: (value) => value === null,
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number',
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  array: Array.isArray,
  object: (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
};

/**
 * Where a JSON value breaks a schema of the document, for the keywords the shim's response
 * schemas use ($ref, anyOf, type, format date-time, enum, const, properties, required,
 * additionalProperties: false, items, maxItems).
 */
function violations(document: Schema, schema: Schema, value: unknown, path = '$'): string[] {
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema)[key], document);
    return violations(document, target as Schema, value, path);
  }
  if (Array.isArray(schema.anyOf)) {
    const fits = schema.anyOf.some((option) => violations(document, option as Schema, value, path).length === 0);
    return fits ? [] : [`${path}: ${JSON.stringify(value)} fits no choice of anyOf`];
  }
  const types = schema.type === undefined ? [] : [schema.type].flat().map(String);
  if (types.length > 0 && !types.some((type) => TYPES[type](value)))
    return [`${path}: ${JSON.stringify(value)} is not ${types.join(' or ')}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [`${path}: ${JSON.stringify(value)} is not in enum`];
  if ('const' in schema && value !== schema.const) return [`${path}: ${JSON.stringify(value)} is not ${schema.const}`];
  if (schema.format === 'date-time' && typeof value === 'string' && Number.isNaN(Date.parse(value)))
    return [`${path}: ${value} is not a date-time`];
  if (Array.isArray(value)) {
    const tooMany = typeof schema.maxItems === 'number' && value.length > schema.maxItems;
    const items = schema.items as Schema | undefined;
    return [
      ...(tooMany ? [`${path}: more than ${schema.maxItems} items`] : []),
      ...(items ? value.flatMap((item, index) => violations(document, items, item, `${path}[${index}]`)) : []),
    ];
  }
  if (!TYPES.object(value)) return [];
  const object = value as Schema;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  return [
    ...((schema.required ?? []) as string[])
      .filter((key) => !(key in object))
      .map((key) => `${path}.${key} is missing`),
    ...Object.entries(object).flatMap(([key, item]) => {
      if (properties[key]) return violations(document, properties[key], item, `${path}.${key}`);
      return schema.additionalProperties === false ? [`${path}.${key} is not documented`] : [];
    }),
  ];
}

describe('the gateway’s answers', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  const document = openApiDocument() as Schema;

  beforeAll(async () => {
    server = await startGraphQLServer();
    call = restClient(server);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('fit the types of every GET route, with the default fields and with every relation', async () => {
    const first = async (path: string, key: string) =>
      ((await call<Record<string, { id: string }[]>>('GET', `${path}?fields=id&limit=1`)).body[key] ?? [])[0].id;
    const product = await first('/admin/products', 'products');
    const values: Record<string, string> = {
      id: product,
      variant_id: await first(`/admin/products/${product}/variants`, 'variants'),
    };
    const item = await first('/admin/inventory-items', 'inventory_items');
    const location = await first('/admin/stock-locations', 'stock_locations');
    const ids: Record<string, Record<string, string>> = {
      products: values,
      'product-variants': {},
      'inventory-items': { id: item },
      'stock-locations': { id: location },
    };
    const problems: string[] = [];
    let checked = 0;
    for (const route of ROUTES.filter((candidate) => candidate.method === 'GET')) {
      const url = route.path.replace(/:(\w+)/g, (_, name: string) => ids[route.path.split('/')[2]][name]);
      const everyRelation = Object.keys(ENTITIES[route.entity].relations).map((key) => `+*${key}`);
      const paths = document.paths as Record<string, Record<string, Schema>>;
      const responses = paths[openApiPath(route.path)].get.responses as Record<string, Schema>;
      const schema = (responses['200'].content as Record<string, Schema>)['application/json'].schema as Schema;
      for (const query of ['', `?fields=${everyRelation.join(',')}`]) {
        const response = await call('GET', `${url}${query}`);
        expect(response.status, `${url}${query}`).toBe(200);
        problems.push(...violations(document, schema, response.body).map((problem) => `${url}${query} ${problem}`));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
