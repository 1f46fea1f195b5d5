import openapiTS, { type OpenAPI3 } from 'openapi-typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/rest/openapi.js';

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
      ['StockLocation', 'address_id', 'string'],
      ['StockLocation', 'address', 'components["schemas"]["StockLocationAddress"]'],
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
