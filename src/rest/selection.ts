import { type Column, type Entity, type EntityName, entity, type Relation } from './entities.js';
import { emptyTree, type FieldTree } from './fields.js';

/** How to build one Medusa key of a response object. */
export type PlanKey =
  | { key: string; column: Column }
  | { key: string; relation: Plan; list?: true; absentWhenNull?: true }
  /** A related object Medusa shows as `{id}` only, its id being the value of the `key` column. */
  | { key: string; stubOf: string };

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
  const model = entity(entityName);
  const { text, plan } = select(withLoadedElsewhere(tree, model), model, '', unknown);
  return { text, plan, unknown };
}

/**
 * One level of the selection. Keys come in Medusa's order: the columns asked for, then the keys
 * of the relation this level is reached by (`via.childKeys`), then the join columns of the
 * relations it holds (their `parentKeys`), then those relations; a stub sits after its column.
 */
function select(tree: FieldTree, model: Entity, prefix: string, unknown: string[], via?: Relation) {
  const columns: PlanKey[] = [];
  const relations: PlanKey[] = [];
  const fetched = new Set<string>();
  const parts: string[] = [];
  const fetch = (alias: string, field: string) => {
    if (fetched.has(alias)) return;
    fetched.add(alias);
    parts.push(`${alias}: ${field}`);
  };
  const has = (key: string) => columns.some((existing) => existing.key === key);
  const add = (name: string) => {
    const alias = own(model.aliases, name);
    const key = alias ?? name;
    const column = own(model.columns, key) ?? own(model.computed, name);
    if (!column) return false;
    if (has(key)) return true;
    columns.push({ key, column });
    if ('field' in column) fetch(key, column.field);
    if ('onlyIf' in column && column.onlyIf) fetch(conditionAlias(key), column.onlyIf);
    return true;
  };
  const chosen: [string, Relation][] = [];
  const names = tree.star ? [...Object.keys(model.columns), ...tree.columns] : tree.columns;
  for (const name of names) {
    const relation = own(model.relations, name);
    if (!relation) {
      if (!add(name)) unknown.push(`${prefix}${name}`);
    } else if (tree.relations.has(name)) {
      if (!chosen.some(([existing]) => existing === name)) chosen.push([name, relation]);
    } else if (relation.foreignKey && !columns.some((key) => key.key === name)) {
      // Named alone: a many-to-one is its stub, in the place asked; any other relation gives nothing.
      const column = own(model.columns, relation.foreignKey);
      if (column && 'field' in column) fetch(relation.foreignKey, column.field);
      columns.push({ key: name, stubOf: relation.foreignKey });
    }
  }
  for (const key of via?.childKeys ?? []) add(key);
  for (const [, relation] of chosen) for (const key of relation.parentKeys ?? []) add(key);
  for (const [name, relation] of chosen) {
    const child = select(
      tree.relations.get(name) as FieldTree,
      entity(relation.entity),
      `${prefix}${name}.`,
      unknown,
      relation,
    );
    const absentWhenNull = relation.absentWhenNull && tree.relations.get(name)?.star === true;
    relations.push({
      key: name,
      relation: child.plan,
      ...(relation.list ? { list: true as const } : {}),
      ...(absentWhenNull ? { absentWhenNull: true as const } : {}),
    });
    parts.push(`${name}: ${relation.field}${relation.args ?? ''} ${child.text}`);
  }
  for (const [name, column] of Object.entries(tree.star ? (via?.stubs ?? {}) : {})) {
    const anchor = columns.findIndex((key) => key.key === column);
    if (anchor >= 0 && !chosen.some(([existing]) => existing === name)) {
      columns.splice(anchor + 1, 0, { key: name, stubOf: column });
    }
  }
  // The gateway needs each object's id, e.g. for its prices' variant_id, even where Medusa does not show it.
  if (model.columns.id && 'field' in model.columns.id) fetch('id', model.columns.id.field);
  return { text: `{ ${parts.join(' ')} }`, plan: { keys: placed([...columns, ...relations], model.placeAfter) } };
}

/** The tree with each `loadedElsewhere` path given the columns its source path is asked with, where its parent is asked for. */
function withLoadedElsewhere(tree: FieldTree, model: Entity): FieldTree {
  const at = (path: string[]) => path.reduce<FieldTree | undefined>((node, name) => node?.relations.get(name), tree);
  for (const [path, sourcePath] of Object.entries(model.loadedElsewhere ?? {})) {
    const source = at(sourcePath.split('.'));
    const names = path.split('.');
    const last = names.pop() as string;
    const parent = at(names);
    if (!source || !parent) continue;
    const target = parent.relations.get(last) ?? emptyTree();
    parent.relations.set(last, target);
    if (!parent.columns.includes(last)) parent.columns.push(last);
    target.star ||= source.star;
    // Only the source's columns: its own relations (an option's values) are not filled in the reference.
    for (const column of source.columns) {
      if (!source.relations.has(column) && !target.columns.includes(column)) target.columns.push(column);
    }
  }
  return tree;
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

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The Medusa JSON of one GraphQL result object, keys in the plan's order. */
export function render(plan: Plan, data: Record<string, Json>, parentId?: string): Record<string, Json> {
  const out: Record<string, Json> = {};
  const ownId = typeof data.id === 'string' ? data.id : undefined;
  for (const key of plan.keys) {
    if ('relation' in key) {
      const value = data[key.key];
      // Asked for with no field it has (`options.bogus`), a list relation holds nulls in Medusa and another is left out.
      const empty = key.relation.keys.length === 0;
      const one = (item: Json) => (empty ? null : render(key.relation, item as Record<string, Json>, ownId));
      if (Array.isArray(value)) out[key.key] = value.map(one);
      else if (empty) continue;
      else if (value && typeof value === 'object') out[key.key] = key.list ? [one(value)] : one(value);
      else if (!key.absentWhenNull) out[key.key] = key.list ? [] : null;
    } else if ('stubOf' in key) {
      const id = data[key.stubOf];
      out[key.key] = typeof id === 'string' ? { id } : null;
    } else if ('field' in key.column) {
      const { lowercase, whenNull, onlyIf } = key.column;
      if (onlyIf && data[conditionAlias(key.key)] === false) continue;
      const value = data[key.key] ?? null;
      if (value === null && whenNull === 'absent') continue;
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
