import { describe, expect, it } from 'vitest';
import { getDatamodel } from '../../src/generated/pothos-types.js';
import { columnsOf, medusaKey, type ScalarType } from '../../src/modules/describe.js';
import { DESCRIPTIONS } from '../../src/modules/index.js';

const models = getDatamodel().datamodel.models as Record<
  string,
  { fields: { name: string; kind: string; type: string; isRequired: boolean }[] }
>;

/** The Prisma scalar types a described column of each GraphQL type may be stored as. */
const STORED_AS: Record<ScalarType, readonly string[]> = {
  ID: ['String'],
  String: ['String'],
  Int: ['Int', 'Decimal'],
  Float: ['Float', 'Decimal'],
  Boolean: ['Boolean'],
  JSON: ['Json'],
  DateTime: ['DateTime'],
};

/*
 * The descriptions are the one place a column is named; what they say of a stored column must be
 * what schema.prisma says of it, or every layer derived from them would be wrong the same way.
 */
describe.each(Object.values(DESCRIPTIONS))('the description of $name', (description) => {
  const model = models[description.model];

  it('names a Prisma model', () => {
    expect(model, description.model).toBeDefined();
  });

  it('describes each stored column with its Prisma type and nullability', () => {
    for (const column of columnsOf(description)) {
      const field = model.fields.find((candidate) => candidate.name === column.field);
      if (!field) {
        // Only a value computed in SQL or a relation shown as a column may be no column of the table.
        expect(column.handWritten, `${description.model}.${column.field} is no Prisma field`).toBe(true);
        continue;
      }
      if (field.kind !== 'scalar') continue;
      expect(STORED_AS[column.type], `${description.model}.${column.field}`).toContain(field.type);
      expect(Boolean(column.nullable), `${description.model}.${column.field} nullable`).toBe(!field.isRequired);
      expect(column.decimal === true, `${description.model}.${column.field} decimal`).toBe(field.type === 'Decimal');
    }
  });

  it('gives every Medusa key once', () => {
    const keys = description.keys.map(medusaKey).filter((key): key is string => key !== null);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
