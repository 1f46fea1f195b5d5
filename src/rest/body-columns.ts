import { z } from 'zod';
import { INTEGER_MIN } from '../domain/rules.js';
import {
  type Column,
  type EntityName,
  type Mutation,
  medusaKey,
  type ScalarType,
  writtenColumns,
} from '../modules/describe.js';
import { DESCRIPTIONS } from '../modules/index.js';
import { entity } from './entities.js';
import { booleanString, nullish, wholeNumber } from './validation.js';

/**
 * The per-column part of a create or update body, from the entity's description: each column the
 * mutation writes, under its Medusa key, checked as Medusa's zod schemas check it. Routes add the
 * keys that are not columns (relations, nested rows, Medusa's hook data).
 */
export function bodyColumns(name: EntityName, mutation: Mutation): Record<string, z.ZodType> {
  return Object.fromEntries(
    writtenColumns(DESCRIPTIONS[name], mutation).map((column) => [medusaKey(column), columnSchema(column, mutation)]),
  );
}

/** Medusa's check of a value of each type; a JSON column is Medusa's metadata, an object. */
const BY_TYPE: Record<ScalarType, () => z.ZodType> = {
  ID: () => z.string(),
  String: () => z.string(),
  DateTime: () => z.string(),
  Int: () => z.number(),
  Float: () => z.number(),
  Boolean: () => booleanString,
  JSON: () => z.record(z.string(), z.unknown()),
};

/** Where the description says the body checks a column otherwise than its type does. */
const BY_BODY: Record<'json-boolean' | 'whole-number', () => z.ZodType> = {
  'json-boolean': () => z.boolean(),
  // Medusa takes any number; the gateway takes what the integer column can hold, else a 400 naming the range.
  'whole-number': () => wholeNumber(INTEGER_MIN),
};

/**
 * Required on create: present and not null; on update, optional but not null. Other columns are
 * optional and may be null (Medusa's `nullish()`), except booleans (Medusa's booleanString fields
 * are optional only) and where the description says `not-null`.
 */
function columnSchema(column: Column, mutation: Mutation): z.ZodType {
  const { body, required } = column.write ?? {};
  const value = body && body !== 'not-null' ? BY_BODY[body]() : BY_TYPE[column.type]();
  if (required && mutation === 'create') return value;
  return required || body === 'not-null' || column.type === 'Boolean' ? value.optional() : nullish(value);
}

/** A body's columns as the GraphQL input names them: each Medusa key as the field the entity answers it by. */
export function columnsInput(name: EntityName, columns: Record<string, unknown>): Record<string, unknown> {
  const { columns: keys, computed = {} } = entity(name);
  return Object.fromEntries(
    Object.entries(columns).map(([key, value]) => {
      const column = Object.hasOwn(keys, key) ? keys[key] : Object.hasOwn(computed, key) ? computed[key] : undefined;
      if (!column || !('field' in column)) throw new Error(`The ${name} description has no column ${key}`);
      return [column.field, value];
    }),
  );
}
