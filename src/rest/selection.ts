import { type Column, type Entity, type EntityName, entity } from './entities.js';
import type { FieldTree } from './fields.js';

/** How to build one Medusa key of a response object. */
export type PlanKey = { key: string; column: Column } | { key: string; relation: Plan };

/** The keys of a response object in Medusa's order; the GraphQL result carries them as aliases. */
export interface Plan {
  keys: PlanKey[];
}

export interface Selection {
  /** The GraphQL selection set, e.g. `{ id: id product_id: productId prices: prices { ... } }`. */
  text: string;
  plan: Plan;
  /** Asked-for names the entity does not have, as dotted paths; Medusa drops them silently. */
  unknown: string[];
}

/**
 * Translates a `fields` tree on a Medusa entity into a GraphQL selection whose aliases are the
 * Medusa keys, so that the GraphQL result is already keyed as Medusa's JSON.
 */
export function selectionFor(tree: FieldTree, entityName: EntityName): Selection {
  const unknown: string[] = [];
  const { text, plan } = select(tree, entity(entityName), '', unknown);
  return { text, plan, unknown };
}

function select(tree: FieldTree, model: Entity, prefix: string, unknown: string[]) {
  const keys: PlanKey[] = [];
  const parts: string[] = [];
  const add = (key: string, column: Column) => {
    if (keys.some((existing) => existing.key === key)) return;
    keys.push({ key, column });
    if ('field' in column) parts.push(`${key}: ${column.field}`);
    if ('onlyIf' in column && column.onlyIf) parts.push(`${conditionAlias(key)}: ${column.onlyIf}`);
  };
  const names = tree.star ? [...Object.keys(model.columns), ...tree.columns] : tree.columns;
  for (const name of names) {
    const relation = own(model.relations, name);
    if (relation) {
      if (keys.some((existing) => existing.key === name)) continue;
      const child = select(
        tree.relations.get(name) ?? starOnly(),
        entity(relation.entity),
        `${prefix}${name}.`,
        unknown,
      );
      keys.push({ key: name, relation: child.plan });
      parts.push(`${name}: ${relation.field}${relation.args ?? ''} ${child.text}`);
      continue;
    }
    const alias = own(model.aliases, name);
    const column = own(model.columns, alias ?? name) ?? own(model.computed, name);
    if (column) add(alias ?? name, column);
    else unknown.push(`${prefix}${name}`);
  }
  // Medusa adds a related object's id, and the gateway needs it for keys such as a price's variant_id.
  if (model.columns.id && !keys.some((key) => key.key === 'id')) add('id', model.columns.id);
  return { text: `{ ${parts.join(' ')} }`, plan: { keys: placed(keys, model.placeAfter) } };
}

/** The keys with each relation of `placeAfter` moved behind its anchor column, when both are there. */
function placed(keys: PlanKey[], placeAfter: Record<string, string> | undefined): PlanKey[] {
  let ordered = keys;
  for (const [name, anchor] of Object.entries(placeAfter ?? {})) {
    const moving = ordered.find((key) => key.key === name);
    if (!moving || !ordered.some((key) => key.key === anchor)) continue;
    ordered = ordered.filter((key) => key !== moving);
    ordered.splice(ordered.findIndex((key) => key.key === anchor) + 1, 0, moving);
  }
  return ordered;
}

/** A key of a lookup table, ignoring what objects inherit: `fields=toString` names nothing. */
function own<V>(table: Record<string, V> | undefined, key: string): V | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The alias under which the selection fetches the `onlyIf` condition of a key. */
const conditionAlias = (key: string) => `${key}__if`;

const starOnly = (): FieldTree => ({ columns: [], star: true, relations: new Map() });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The Medusa JSON of one GraphQL result object, keys in the plan's order. */
export function render(plan: Plan, data: Record<string, Json>, parentId?: string): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const key of plan.keys) {
    if ('relation' in key) {
      const value = data[key.key];
      const ownId = typeof data.id === 'string' ? data.id : undefined;
      out[key.key] = Array.isArray(value)
        ? value.map((item) => render(key.relation, item as Record<string, Json>, ownId))
        : value && typeof value === 'object'
          ? render(key.relation, value as Record<string, Json>, ownId)
          : null;
    } else if ('field' in key.column) {
      const { lowercase, whenNull, onlyIf } = key.column;
      if (onlyIf && data[conditionAlias(key.key)] === false) continue;
      const value = data[key.key] ?? null;
      const atRoot = parentId === undefined;
      out[key.key] =
        value === null
          ? whenNull === 'zero-at-root' && atRoot
            ? 0
            : null
          : lowercase && typeof value === 'string'
            ? value.toLowerCase()
            : value;
    } else if ('constant' in key.column) {
      out[key.key] = key.column.constant === null ? null : [];
    } else {
      out[key.key] = parentId ?? null;
    }
  }
  return out;
}
