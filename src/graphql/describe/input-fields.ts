import type { InputFieldRef } from '@pothos/core';
import {
  type Column,
  type EntityDescription,
  type Mutation,
  type WrittenColumn,
  writtenColumns,
} from '../../modules/describe.js';
import type { SchemaTypes } from '../builder.js';

/*
 * The input fields of the columns a create or update mutation takes, from the entity's
 * description: typed by the description's literal field names, so the resolver hands the domain
 * the same object it always did (GraphQL field = Prisma field).
 */

type InputFields = PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>;

type IsRequired<C, M extends Mutation> = M extends 'create'
  ? C extends { write: { required: true } }
    ? true
    : false
  : false;

type InputShape<C extends Column, M extends Mutation> =
  | SchemaTypes['inputShapes'][C['type']]
  | (IsRequired<C, M> extends true ? never : null | undefined);

export type WrittenFields<D extends EntityDescription, M extends Mutation> = {
  [C in WrittenColumn<D, M> as C['field']]: InputFieldRef<SchemaTypes, InputShape<C, M>>;
};

/** The description of a column's input field on `mutation`. */
function inputDescription(column: Column, mutation: Mutation): string | undefined {
  const update = mutation === 'update' ? column.write?.updateDescription : undefined;
  return update ?? column.write?.description ?? column.description;
}

/** The input fields of the columns `mutation` takes, in Medusa's order; required on create where the description says so. */
export function writtenFields<D extends EntityDescription, M extends Mutation>(
  t: InputFields,
  description: D,
  mutation: M,
): WrittenFields<D, M> {
  const fields = writtenColumns(description, mutation).map((column) => [
    column.field,
    t.field({
      type: column.type,
      required: mutation === 'create' && column.write?.required === true,
      description: inputDescription(column, mutation),
    }),
  ]);
  // The one cast: the fields are built from the description as data, and typed from it as a literal.
  return Object.fromEntries(fields) as WrittenFields<D, M>;
}
