import { type Column, columnsOf, type EntityDescription } from '../../modules/describe.js';
import type { FilterField } from '../list-fields.js';

/** The kind of list filter a column's type gives: exact texts, a boolean, a range of instants. */
function filterKind(column: Column): 'strings' | 'boolean' | 'dates' {
  switch (column.type) {
    case 'String':
      return 'strings';
    case 'Boolean':
      return 'boolean';
    case 'DateTime':
      return 'dates';
    default:
      throw new Error(`${column.field}: a list cannot filter a ${column.type} column`);
  }
}

/** The list filters of the entity's columns that have one (`filter`), by field name, in Medusa's order. */
export function columnFilters(description: EntityDescription): Record<string, FilterField> {
  return Object.fromEntries(
    columnsOf(description).flatMap((column) =>
      column.filter ? [[column.field, { kind: filterKind(column), description: column.filter }]] : [],
    ),
  );
}
