import { describe, expect, it } from 'vitest';
import { entityOfId, ID_PREFIXES, type IdEntity, newId } from '../../src/core/ids.js';

describe('ids', () => {
  it.each(Object.entries(ID_PREFIXES))('%s ids are %s_<ULID>', (entity, prefix) => {
    const id = newId(entity as IdEntity);
    expect(id).toMatch(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`));
    expect(entityOfId(id)).toBe(entity);
  });

  it('uses the prefixes Medusa writes', () => {
    expect(newId('productVariant')).toMatch(/^variant_/);
    expect(newId('inventoryItem')).toMatch(/^iitem_/);
    expect(newId('productVariantInventoryItem')).toMatch(/^pvitem_/);
    expect(newId('stockLocation')).toMatch(/^sloc_/);
  });

  it('gives every prefix to one entity only, so an id names its entity', () => {
    const prefixes = Object.values(ID_PREFIXES);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('sorts ids by creation time', () => {
    const ids = Array.from({ length: 50 }, () => newId('product'));
    expect(new Set(ids).size).toBe(50);
    expect([...ids].sort()).toEqual(ids);
  });

  it('recognises an id from a real Medusa 2.21 response', () => {
    expect(entityOfId('variant_01M7Y8DZJ2V447BMTJYM7XXZBE')).toBe('productVariant');
  });

  it.each([
    '',
    'variant',
    'variant_',
    'variant_123',
    'nope_01M7Y8DZJ2V447BMTJYM7XXZBE',
    'variant_01m7y8dzj2v447bmtjym7xxzbe',
  ])('does not recognise %j', (id) => {
    expect(entityOfId(id)).toBeUndefined();
  });
});
