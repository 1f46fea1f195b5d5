import { getNamedType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { columnsOf } from '../../src/modules/describe.js';
import { DESCRIPTIONS } from '../../src/modules/index.js';

/*
 * The object types are generated from the entity descriptions (src/graphql/describe/): every
 * column is a field of its type with the description's type, nullability and words; a column
 * written by hand in the type's file keeps the description's nullability and words.
 */
describe('the GraphQL object types follow the entity descriptions', () => {
  for (const description of Object.values(DESCRIPTIONS)) {
    it(`${description.type} has the columns of ${description.name}`, () => {
      const type = schema.getType(description.type);
      if (!isObjectType(type)) throw new Error(`${description.type} is not an object type`);
      const fields = type.getFields();
      for (const column of columnsOf(description)) {
        const field = fields[column.field];
        if (column.handWritten && !field) continue;
        expect(field, `${description.type}.${column.field}`).toBeDefined();
        expect(isNonNullType(field.type), `${description.type}.${column.field} nullability`).toBe(!column.nullable);
        if (column.description) expect(field.description).toBe(column.description);
        if (!column.handWritten) expect(getNamedType(field.type).name).toBe(column.type);
      }
    });
  }
});
