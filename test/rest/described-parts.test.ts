import { describe, expect, it } from 'vitest';
import { medusaKey, writtenColumns } from '../../src/modules/describe.js';
import { DESCRIPTIONS } from '../../src/modules/index.js';
import { bodyColumns, columnsInput } from '../../src/rest/body-columns.js';
import { columnFields, namedFields } from '../../src/rest/default-fields.js';
import { ENTITIES } from '../../src/rest/entities.js';
import { filterParams, filterVariables } from '../../src/rest/list-filters.js';
import { VARIANT_FIELDS } from '../../src/rest/routes/variants.js';

/** The REST shim's parts that come from the entity descriptions (issue 15). */
describe('the REST shim read from the descriptions', () => {
  it('renders every described key with a Medusa key, computed ones only when asked for', () => {
    expect(Object.keys(ENTITIES.variant.columns)).not.toContain('inventory_quantity');
    expect(ENTITIES.variant.computed).toEqual({
      inventory_quantity: { field: 'inventoryQuantity', onlyIf: 'manageInventory' },
    });
    expect(Object.keys(ENTITIES.price.columns)).not.toContain('price_set_id');
    expect(ENTITIES.price.columns.variant_id).toEqual({ parentId: true });
  });

  it('starts the default fields with the described columns, adjusted by the keys Medusa moves', () => {
    expect(VARIANT_FIELDS.slice(0, Object.keys(ENTITIES.variant.columns).length)).toEqual(
      Object.keys(ENTITIES.variant.columns),
    );
    expect(columnFields('option', { without: ['metadata'], moved: [['id', 'title']], of: 'options' })).toEqual([
      'options.title',
      'options.id',
      'options.is_exclusive',
      'options.created_at',
      'options.updated_at',
      'options.deleted_at',
    ]);
    expect(() => namedFields('inventoryLevel', ['id', 'bogus'])).toThrow('no key bogus');
    expect(() => columnFields('variant', { without: ['bogus'] })).toThrow('no key bogus');
  });

  it('takes in bodies the columns each mutation writes, under their Medusa keys, and hands them on as fields', () => {
    expect(Object.keys(bodyColumns('stockLocationAddress', 'create'))).toEqual(
      writtenColumns(DESCRIPTIONS.stockLocationAddress, 'create').map(medusaKey),
    );
    expect(Object.keys(bodyColumns('stockLocationAddress', 'create'))).toContain('address_1');
    expect(bodyColumns('variant', 'create').title.safeParse(undefined).success).toBe(false);
    expect(bodyColumns('variant', 'update').title.safeParse(undefined).success).toBe(true);
    expect(bodyColumns('variant', 'update').title.safeParse(null).success).toBe(false);
    expect(columnsInput('stockLocationAddress', { address_1: 'a', postal_code: 'p' })).toEqual({
      address1: 'a',
      postalCode: 'p',
    });
    expect(() => columnsInput('variant', { bogus: 1 })).toThrow('no column bogus');
  });

  it('filters lists by the described filters, except those a route names', () => {
    expect(Object.keys(filterParams('stockLocation'))).toEqual(['name', 'created_at', 'updated_at']);
    expect(Object.keys(filterParams('stockLocation', { without: ['created_at', 'updated_at'] }))).toEqual(['name']);
    expect(filterVariables('stockLocation', { name: 'a,b', created_at: { $gt: 'x' } })).toEqual({
      name: ['a', 'b'],
      createdAt: { gt: 'x', gte: undefined, lt: undefined, lte: undefined },
      updatedAt: undefined,
    });
    expect(filterVariables('product', { title: 'a,b' }, { whole: ['title'] }).title).toEqual(['a,b']);
    expect(() => filterParams('stockLocation', { without: ['metadata'] })).toThrow('no filter metadata');
  });
});
