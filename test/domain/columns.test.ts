import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.js';
import { copiedFromVariant, writtenValues } from '../../src/domain/columns.js';
import { getDatamodel } from '../../src/generated/pothos-types.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { columnsOf, type EntityDescription, writtenColumns } from '../../src/modules/describe.js';
import { INVENTORY_ITEM } from '../../src/modules/inventory-item/description.js';
import { PRODUCT } from '../../src/modules/product/description.js';
import { STOCK_LOCATION, STOCK_LOCATION_ADDRESS } from '../../src/modules/stock-location/description.js';
import { VARIANT } from '../../src/modules/variant/description.js';

/** The error `run` throws, as code and path. */
function failure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('the columns the domain writes, read from the descriptions', () => {
  it('writes a column added to a description, with no other change', () => {
    const withColumn = {
      ...VARIANT,
      keys: [...VARIANT.keys, { field: 'tariffCode', type: 'String', nullable: true, write: {} }],
    } as const satisfies EntityDescription;
    expect(writtenValues(withColumn, 'create', { title: 'T', tariffCode: 'X1' }, ['input'], ['title'])).toEqual({
      tariffCode: 'X1',
    });
    expect(writtenValues(withColumn, 'update', { tariffCode: null }, ['input'])).toEqual({ tariffCode: null });
  });

  it('leaves out absent fields, and null where the column does not store it', () => {
    const values = writtenValues(VARIANT, 'update', { sku: null, allowBackorder: null, variantRank: null }, ['input']);
    expect(values).toEqual({ sku: null });
  });

  it('leaves the columns with rules of their own to the caller', () => {
    expect(
      writtenValues(PRODUCT, 'update', { title: 'T', handle: 'h', subtitle: 'S' }, [], ['title', 'handle']),
    ).toEqual({ subtitle: 'S' });
  });

  it('applies the description’s rule and the column’s type', () => {
    expect(failure(() => writtenValues(VARIANT, 'update', { weight: -1 }, ['input']))).toEqual({
      code: 'INVALID_DATA',
      path: ['input', 'weight'],
    });
    // A product's dimensions carry no rule.
    expect(writtenValues(PRODUCT, 'update', { weight: -1 }, [])).toEqual({ weight: -1 });
    expect(failure(() => writtenValues(INVENTORY_ITEM, 'update', { width: 1.5 }, ['input']))).toEqual({
      code: 'INVALID_DATA',
      path: ['input', 'width'],
    });
    expect(failure(() => writtenValues(STOCK_LOCATION, 'update', { metadata: [1] }, ['input']))).toEqual({
      code: 'INVALID_DATA',
      path: ['input', 'metadata'],
    });
    expect(writtenValues(STOCK_LOCATION, 'update', { metadata: null }, [])).toEqual({ metadata: Prisma.DbNull });
  });

  it('fills a variant’s own inventory item from the columns marked fromVariant, rounding into whole columns', () => {
    const variant = {
      sku: 'S-1',
      title: 'Tee',
      originCountry: 'de',
      hsCode: '6109',
      midCode: 'M1',
      material: 'cotton',
      weight: 1.6,
      length: null,
      height: 2.4,
      width: 0,
      thumbnail: 'https://example.test/t.png',
    };
    expect(copiedFromVariant(INVENTORY_ITEM, variant)).toEqual({
      sku: 'S-1',
      originCountry: 'de',
      hsCode: '6109',
      midCode: 'M1',
      material: 'cotton',
      weight: 2,
      length: null,
      height: 2,
      width: 0,
      description: 'Tee',
      title: 'Tee',
    });
  });

  it('names only fields the Prisma models have', () => {
    const models = getDatamodel().datamodel.models;
    const fieldsOf = (model: string) => models[model].fields.map((field) => field.name);
    for (const description of [VARIANT, PRODUCT, INVENTORY_ITEM, STOCK_LOCATION, STOCK_LOCATION_ADDRESS]) {
      for (const mutation of ['create', 'update'] as const) {
        const written = writtenColumns(description, mutation).map((column) => column.field);
        expect(fieldsOf(description.model)).toEqual(expect.arrayContaining(written));
      }
    }
    const sources = columnsOf(INVENTORY_ITEM).flatMap((column) =>
      column.fromVariant === undefined ? [] : [column.fromVariant === true ? column.field : column.fromVariant],
    );
    expect(fieldsOf(VARIANT.model)).toEqual(expect.arrayContaining(sources));
  });
});
