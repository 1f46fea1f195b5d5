import type { EntityName } from '../modules/describe.js';
import { entity } from './entities.js';

/** Where Medusa's default list differs from the description, by the keys concerned. */
export interface Adjustments {
  /** Keys Medusa's list does not have. */
  without?: readonly string[];
  /** Keys Medusa's list has elsewhere: each moved right after the key named with it, in turn. */
  moved?: readonly (readonly [key: string, after: string])[];
  /** The relation the keys are of, e.g. `address` for `address.id`. */
  of?: string;
}

/**
 * The column part of a route's default `fields` (Medusa's query config), from the entity's
 * description: what `*entity` gives, in Medusa's order. Where Medusa's list leaves keys out or
 * orders them otherwise, the route says so by the keys concerned, so that a column added to the
 * description joins every default list that takes all columns.
 */
export function columnFields(name: EntityName, adjustments: Adjustments = {}): string[] {
  const { without = [], moved = [], of } = adjustments;
  namedFields(name, [...without, ...moved.flat()]);
  let keys = Object.keys(entity(name).columns);
  keys = keys.filter((key) => !without.includes(key));
  for (const [key, after] of moved) {
    keys = keys.filter((existing) => existing !== key);
    if (!keys.includes(after)) throw new Error(`The ${name} fields have no ${after} to put ${key} after`);
    keys.splice(keys.indexOf(after) + 1, 0, key);
  }
  return of ? keys.map((key) => `${of}.${key}`) : keys;
}

/**
 * A default list Medusa writes in an order of its own, given by hand: checked against the
 * description, so that a renamed or removed column cannot linger in it.
 */
export function namedFields(name: EntityName, keys: readonly string[]): string[] {
  const { columns, computed = {} } = entity(name);
  const unknown = keys.filter((key) => !Object.hasOwn(columns, key) && !Object.hasOwn(computed, key));
  if (unknown.length > 0) throw new Error(`The ${name} description has no key ${unknown.join(', ')}`);
  return [...keys];
}
