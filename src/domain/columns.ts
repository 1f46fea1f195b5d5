/*
 * The columns a mutation writes, read from the entity's description (src/modules/<entity>/), so
 * that a column added there is typed, checked and written by the domain without a line here or in
 * the rules. Columns with rules of their own (a trimmed title, a unique handle) are left out by
 * the caller and written by it.
 */
import { InvalidDataError } from '../core/errors.js';
import {
  type Column,
  columnsOf,
  type EntityDescription,
  type Mutation,
  type ScalarType,
  type WrittenColumn,
  writtenColumns,
} from '../modules/describe.js';
import { INTEGER_MIN, metadataColumn, requireWholeNumber } from './rules.js';

/** The value of a scalar as the API gives it. */
type ScalarValue<Type extends ScalarType> = Type extends 'ID' | 'String'
  ? string
  : Type extends 'Int' | 'Float'
    ? number
    : Type extends 'Boolean'
      ? boolean
      : Type extends 'DateTime'
        ? Date
        : unknown;

type RequiredColumn<D extends EntityDescription, M extends Mutation> = [M] extends ['create']
  ? Extract<WrittenColumn<D, M>, { write: { required: true } }>
  : never;

/**
 * The input of mutation M, one field per written column: absent leaves the column as it is, null
 * clears it. On create, the columns the description requires are required.
 */
export type WrittenFields<D extends EntityDescription, M extends Mutation = Mutation> = {
  [C in Exclude<WrittenColumn<D, M>, RequiredColumn<D, M>> as C['field']]?: ScalarValue<C['type']> | null;
} & { [C in RequiredColumn<D, M> as C['field']]: ScalarValue<C['type']> };

/** A JSON column as the domain writes it (see rules.ts metadataColumn). */
type JsonValue = Exclude<ReturnType<typeof metadataColumn>, undefined>;

/** The null a column stores: none where it cannot be null or the API never nulls it (there null means "not given"). */
type Nulls<C> = C extends { nullable: true } ? (C extends { write: { body: 'not-null' } } ? never : null) : never;

type ColumnValue<C extends Column> = C['type'] extends 'JSON' ? JsonValue : ScalarValue<C['type']> | Nulls<C>;

/** The checked values of the written columns but those in Except, as Prisma takes them. */
export type WrittenValues<D extends EntityDescription, M extends Mutation, Except extends string = never> = {
  [C in WrittenColumn<D, M> as Exclude<C['field'], Except>]?: ColumnValue<C>;
};

const storesNull = (column: Column) => column.nullable === true && column.write?.body !== 'not-null';

/** The value checked by the column's type and rule; throws INVALID_DATA at the column's path. */
function checked(column: Column, value: unknown, path: string[]): unknown {
  if (column.type === 'JSON') return metadataColumn(value, path);
  if (typeof value !== 'number') return value;
  if (column.write?.rule === 'non-negative' && !(Number.isFinite(value) && value >= 0)) {
    throw new InvalidDataError(`${column.field} must be 0 or more (got ${value})`, path);
  }
  return column.type === 'Int' ? requireWholeNumber(value, INTEGER_MIN, path) : value;
}

/**
 * The columns of `input` that mutation M writes, in the description's order, checked, but those
 * named in `except`. Absent fields are left out, so an update keeps them; so is null for a column
 * that does not store it.
 */
export function writtenValues<D extends EntityDescription, M extends Mutation, Except extends string = never>(
  description: D,
  mutation: M,
  input: WrittenFields<D, M>,
  path: readonly string[],
  except: readonly Except[] = [],
): WrittenValues<D, M, Except> {
  const given = input as Readonly<Record<string, unknown>>;
  const values: Record<string, unknown> = {};
  for (const column of writtenColumns(description, mutation)) {
    const value = given[column.field];
    if (value === undefined || (value === null && !storesNull(column))) continue;
    if ((except as readonly string[]).includes(column.field)) continue;
    values[column.field] = checked(column, value, [...path, column.field]);
  }
  return values as WrittenValues<D, M, Except>;
}

type CopiedColumn<D extends EntityDescription> = Extract<D['keys'][number], Column & { fromVariant: true | string }>;

/** The columns of an entity Medusa fills from a variant (marked `fromVariant` in its description). */
export type CopiedValues<D extends EntityDescription> = {
  [C in CopiedColumn<D> as C['field']]: ScalarValue<C['type']> | null;
};

/** The variant's columns they are filled from, so that a row without one does not compile. */
type VariantSource<D extends EntityDescription> = {
  [C in CopiedColumn<D> as C['fromVariant'] extends string ? C['fromVariant'] : C['field']]: unknown;
};

/**
 * The columns the description marks `fromVariant`, from the variant's row: each from the
 * variant's column it names, or of its own name; a number rounded where the column is whole.
 */
export function copiedFromVariant<D extends EntityDescription>(
  description: D,
  variant: VariantSource<D>,
): CopiedValues<D> {
  const row = variant as Readonly<Record<string, unknown>>;
  const values: Record<string, unknown> = {};
  for (const column of columnsOf(description)) {
    if (column.fromVariant === undefined) continue;
    const value = row[column.fromVariant === true ? column.field : column.fromVariant] ?? null;
    values[column.field] = column.type === 'Int' && typeof value === 'number' ? Math.round(value) : value;
  }
  return values as CopiedValues<D>;
}
