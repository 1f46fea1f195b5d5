import type { z } from 'zod';
import { type Column, columnsOf, type EntityName, medusaKey } from '../modules/describe.js';
import { DESCRIPTIONS } from '../modules/index.js';
import { dateFilter, dateRange, stringList, stringOrList } from './list-query.js';
import { booleanString } from './validation.js';

/**
 * A list route's filters on columns, from the entity's description: the columns it has a
 * `filter` for, as Medusa's list parameters (under their Medusa keys) and as the GraphQL filter's
 * fields (under their GraphQL fields). Where Medusa's route takes fewer, it names them in
 * `without`; parameters that are not columns (ids of related rows, `q`) stay with the route.
 */
export interface FilterOptions {
  /** Medusa keys of filtered columns that Medusa's route does not take. */
  without?: readonly string[];
  /** Medusa keys of text filters taken whole, as Medusa takes a plain string, rather than split on commas. */
  whole?: readonly string[];
}

/** How a filtered column is taken and handed on, by its type. */
interface FilterKind {
  param: z.ZodType;
  variable: (value: unknown) => unknown;
}

const STRINGS: FilterKind = { param: stringOrList, variable: (value) => stringList(value as string | string[]) };

const BY_TYPE: Partial<Record<Column['type'], FilterKind>> = {
  ID: STRINGS,
  String: STRINGS,
  Boolean: { param: booleanString.optional(), variable: (value) => value },
  DateTime: { param: dateFilter, variable: (value) => dateRange(value as Parameters<typeof dateRange>[0]) },
};

const WHOLE: FilterKind = { param: stringOrList, variable: (value) => [value].flat() };

function filtered(name: EntityName, { without = [], whole = [] }: FilterOptions): [string, Column, FilterKind][] {
  const columns = columnsOf(DESCRIPTIONS[name]).filter((column) => column.filter !== undefined);
  const keys = columns.map((column) => medusaKey(column));
  const stray = [...without, ...whole].filter((key) => !keys.includes(key));
  if (stray.length > 0) throw new Error(`The ${name} description has no filter ${stray.join(', ')}`);
  return columns.flatMap((column) => {
    const key = medusaKey(column) as string;
    if (without.includes(key)) return [];
    const kind = whole.includes(key) ? WHOLE : BY_TYPE[column.type];
    if (!kind) throw new Error(`No list filter for the ${column.type} column ${name}.${column.field}`);
    return [[key, column, kind]];
  });
}

/** The route's query parameters for the filtered columns. */
export function filterParams(name: EntityName, options: FilterOptions = {}): Record<string, z.ZodType> {
  return Object.fromEntries(filtered(name, options).map(([key, , kind]) => [key, kind.param]));
}

/** The GraphQL filter's fields for the filtered columns, from the checked query. */
export function filterVariables(
  name: EntityName,
  query: Record<string, unknown>,
  options: FilterOptions = {},
): Record<string, unknown> {
  return Object.fromEntries(
    filtered(name, options).map(([key, column, kind]) => [
      column.field,
      query[key] === undefined ? undefined : kind.variable(query[key]),
    ]),
  );
}
