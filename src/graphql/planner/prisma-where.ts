import type { Model } from './models.js';
import { type Aliases, ident, type Params } from './sql.js';

/*
 * Prisma's `where` and `orderBy` objects as SQL. The list filters and the relation queries of the
 * schema are written once, as Prisma arguments; the planner reads those very objects, so a filter
 * means the same on both paths. Only the part of Prisma's language the schema uses is understood;
 * anything else makes the planner decline the operation.
 */

export class Unplannable extends Error {}

/** A value of a `where` that is a column of an enclosing row, e.g. the parent's id in a `rows` field. */
export class ColumnReference {
  constructor(readonly sql: string) {}
}

export interface FilterContext {
  models: Map<string, Model>;
  params: Params;
  aliases: Aliases;
}

type Where = Record<string, unknown>;

const PARAM_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'int',
  Float: 'float8',
  Boolean: 'boolean',
  DateTime: 'timestamptz',
  Decimal: 'numeric',
};

/** SQL for a Prisma `where` over a row of `model` aliased `alias`; `TRUE` for an empty one. */
export function whereSql(context: FilterContext, model: Model, alias: string, where: unknown): string {
  if (where === undefined || where === null) return 'TRUE';
  if (typeof where !== 'object' || Array.isArray(where)) throw new Unplannable('where is not an object');
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where as Where)) {
    if (value === undefined) continue;
    if (key === 'AND') parts.push(combine(context, model, alias, value, ' AND ', 'TRUE'));
    else if (key === 'OR') parts.push(combine(context, model, alias, value, ' OR ', 'FALSE'));
    else if (key === 'NOT') parts.push(`NOT (${combine(context, model, alias, value, ' AND ', 'TRUE')})`);
    else if (model.scalars.has(key)) parts.push(scalarSql(context, model, alias, key, value));
    else if (model.relations.has(key)) parts.push(relationSql(context, model, alias, key, value));
    else throw new Unplannable(`unknown filter ${model.name}.${key}`);
  }
  return parts.length === 0 ? 'TRUE' : parts.map((part) => `(${part})`).join(' AND ');
}

function combine(context: FilterContext, model: Model, alias: string, value: unknown, joiner: string, empty: string) {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return empty;
  return list.map((item) => `(${whereSql(context, model, alias, item)})`).join(joiner);
}

function scalarSql(context: FilterContext, model: Model, alias: string, name: string, value: unknown): string {
  const field = model.scalars.get(name);
  if (!field) throw new Unplannable(`no column ${name}`);
  const column = `${alias}.${ident(field.column)}`;
  const type = PARAM_TYPES[field.type];
  if (!type) throw new Unplannable(`no filter on ${field.type} columns`);
  const param = (raw: unknown) => context.params.add(paramValue(raw), type);
  if (value === null) return `${column} IS NULL`;
  if (value instanceof ColumnReference) return `${column} = ${value.sql}`;
  if (typeof value !== 'object' || value instanceof Date) return `${column} = ${param(value)}`;
  const conditions: string[] = [];
  const filter = value as Where;
  const insensitive = filter.mode === 'insensitive';
  for (const [operator, operand] of Object.entries(filter)) {
    if (operand === undefined || operator === 'mode') continue;
    switch (operator) {
      case 'equals':
        conditions.push(operand === null ? `${column} IS NULL` : `${column} = ${param(operand)}`);
        break;
      case 'not':
        conditions.push(operand === null ? `${column} IS NOT NULL` : `${column} <> ${param(operand)}`);
        break;
      case 'in':
        conditions.push(`${column} = ANY(${context.params.add((operand as unknown[]).map(paramValue), `${type}[]`)})`);
        break;
      case 'notIn':
        conditions.push(`${column} <> ALL(${context.params.add((operand as unknown[]).map(paramValue), `${type}[]`)})`);
        break;
      case 'gt':
        conditions.push(`${column} > ${param(operand)}`);
        break;
      case 'gte':
        conditions.push(`${column} >= ${param(operand)}`);
        break;
      case 'lt':
        conditions.push(`${column} < ${param(operand)}`);
        break;
      case 'lte':
        conditions.push(`${column} <= ${param(operand)}`);
        break;
      case 'contains':
        conditions.push(
          `${column}::text ${insensitive ? 'ILIKE' : 'LIKE'} ${context.params.add(`%${operand}%`, 'text')}`,
        );
        break;
      default:
        throw new Unplannable(`unknown operator ${operator}`);
    }
  }
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
}

const paramValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

function relationSql(context: FilterContext, model: Model, alias: string, name: string, value: unknown): string {
  const relation = model.relations.get(name);
  if (!relation) throw new Unplannable(`no relation ${name}`);
  const target = context.models.get(relation.target);
  if (!target) throw new Unplannable(`no model ${relation.target}`);
  const child = context.aliases.next();
  const exists = (where: unknown) =>
    `EXISTS (SELECT 1 FROM ${ident(target.table)} ${child} WHERE ${relation.join(alias, child)} AND ${whereSql(context, target, child, where)})`;
  if (relation.list) {
    const filter = value as Where;
    const parts: string[] = [];
    for (const [operator, operand] of Object.entries(filter)) {
      if (operand === undefined) continue;
      if (operator === 'some') parts.push(exists(operand));
      else if (operator === 'none') parts.push(`NOT ${exists(operand)}`);
      else if (operator === 'every')
        parts.push(
          `NOT EXISTS (SELECT 1 FROM ${ident(target.table)} ${child} WHERE ${relation.join(alias, child)} AND NOT (${whereSql(context, target, child, operand)}))`,
        );
      else throw new Unplannable(`unknown list relation filter ${operator}`);
    }
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  }
  if (value === null)
    return `NOT EXISTS (SELECT 1 FROM ${ident(target.table)} ${child} WHERE ${relation.join(alias, child)})`;
  const filter = value as Where;
  if ('is' in filter || 'isNot' in filter) {
    const parts: string[] = [];
    if (filter.is !== undefined)
      parts.push(filter.is === null ? relationSql(context, model, alias, name, null) : exists(filter.is));
    if (filter.isNot !== undefined)
      parts.push(
        filter.isNot === null
          ? `NOT (${relationSql(context, model, alias, name, null)})`
          : `NOT ${exists(filter.isNot)}`,
      );
    return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
  }
  return exists(filter);
}

export interface OrderTerm {
  column: string;
  direction: 'asc' | 'desc';
  nullable: boolean;
}

/** A Prisma `orderBy` (an object or a list of them) as the terms of an ORDER BY, in order. */
export function orderTerms(model: Model, alias: string, orderBy: unknown): OrderTerm[] {
  if (orderBy === undefined || orderBy === null) return [];
  const list = Array.isArray(orderBy) ? orderBy : [orderBy];
  const terms: OrderTerm[] = [];
  for (const entry of list) {
    for (const [name, direction] of Object.entries(entry as Record<string, unknown>)) {
      if (direction === undefined) continue;
      const field = model.scalars.get(name);
      if (!field || (direction !== 'asc' && direction !== 'desc')) throw new Unplannable(`cannot order by ${name}`);
      terms.push({ column: `${alias}.${ident(field.column)}`, direction, nullable: field.nullable });
    }
  }
  return terms;
}

export const orderSql = (terms: readonly OrderTerm[], reverse = false): string =>
  terms.map(({ column, direction }) => `${column} ${(direction === 'asc') !== reverse ? 'ASC' : 'DESC'}`).join(', ');
