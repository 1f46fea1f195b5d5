import fc from 'fast-check';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { fieldTree, resolveFields } from '../../src/rest/fields.js';
import { PRODUCT_FIELDS } from '../../src/rest/routes/products-fields.js';
import { VARIANT_FIELDS } from '../../src/rest/routes/variants.js';
import { selectionFor } from '../../src/rest/selection.js';

const DEFAULTS = ['id', 'title', 'sku', '*prices', 'prices.price_rules.value'];

describe('the fields parameter', () => {
  it('uses the defaults when absent', () => {
    expect(resolveFields(undefined, DEFAULTS)).toEqual(DEFAULTS);
  });

  it('replaces the defaults with bare names, always adding id', () => {
    expect(resolveFields('title', DEFAULTS)).toEqual(['title', 'id']);
    expect(resolveFields('-sku,title', DEFAULTS)).toEqual(['sku', 'title', 'id']);
    expect(resolveFields('', DEFAULTS)).toEqual(['id']);
  });

  it('adds with + (or a space, as a decoded +) and removes with -, in modify mode', () => {
    expect(resolveFields('+inventory_quantity', DEFAULTS)).toEqual([...DEFAULTS, 'inventory_quantity']);
    expect(resolveFields(' inventory_quantity', DEFAULTS)).toEqual([...DEFAULTS, 'inventory_quantity']);
    expect(resolveFields('-sku', DEFAULTS)).toEqual(['id', 'title', '*prices', 'prices.price_rules.value']);
    expect(resolveFields('-prices', DEFAULTS)).toEqual(['id', 'title', 'sku']);
    expect(resolveFields('*inventory_items,options.*', DEFAULTS)).toEqual([
      ...DEFAULTS,
      '*inventory_items',
      'options.*',
    ]);
  });

  it('builds a tree of columns and relations from stars and dotted paths', () => {
    const tree = fieldTree(['id', '*inventory_items', 'inventory_items.inventory.sku', 'product.title']);
    expect(tree.columns).toEqual(['id', 'inventory_items', 'product']);
    expect(tree.relations.get('inventory_items')?.star).toBe(true);
    expect(tree.relations.get('inventory_items')?.relations.get('inventory')?.columns).toEqual(['sku']);
    expect(tree.relations.get('product')?.columns).toEqual(['title']);
  });

  it('selects Medusa keys as GraphQL aliases and reports unknown names', () => {
    const selection = selectionFor(fieldTree(['id', 'sku', 'bogus', 'product.title', '*nope']), 'variant');
    expect(selection.text).toBe('{ id: id sku: sku product_id: productId product: product { title: title id: id } }');
    expect(selection.unknown).toEqual(['bogus', 'nope']);
  });

  it("fills an option value's option with what the product's options are loaded with, else its {id} stub", () => {
    const optionOfValues = (param: string | undefined) => {
      const { plan } = selectionFor(fieldTree(resolveFields(param, PRODUCT_FIELDS)), 'product');
      const plans = (keys: typeof plan.keys, name: string) =>
        keys.find((key) => key.key === name && 'relation' in key) as { relation: typeof plan } | undefined;
      const values = plans(plans(plan.keys, 'variants')?.relation.keys ?? [], 'options');
      return values?.relation.keys.find((key) => key.key === 'option');
    };
    expect(optionOfValues(undefined)).toMatchObject({
      relation: { keys: expect.arrayContaining([{ key: 'title', column: { field: 'title' } }]) },
    });
    expect(optionOfValues('-options')).toEqual({ key: 'option', stubOf: 'option_id' });
  });

  it('turns any string into a selection GraphQL accepts, never a crash (property)', () => {
    const names = fc.constantFrom(
      'id',
      'sku',
      'title',
      'prices',
      'options',
      'inventory_items',
      'inventory',
      'product',
      'bogus',
      'price_rules',
      'value',
      'location_levels',
      '',
    );
    const item = fc
      .tuple(fc.constantFrom('', '+', '-', ' ', '*'), fc.array(names, { maxLength: 4 }), fc.constantFrom('', '.*'))
      .map(([prefix, path, suffix]) => `${prefix}${path.join('.')}${suffix}`);
    const field = fc.oneof(
      fc.array(item, { maxLength: 8 }).map((items) => items.join(',')),
      fc.string(),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(field, (param) => {
        const selection = selectionFor(fieldTree(resolveFields(param, VARIANT_FIELDS)), 'variant');
        const document = parse(
          `query($filter: ProductVariantFilter) { productVariants(filter: $filter) { nodes ${selection.text} } }`,
        );
        expect(validate(schema, document)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
