import {
  type FieldNode,
  type GraphQLField,
  GraphQLObjectType,
  type GraphQLOutputType,
  getArgumentValues,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { GraphQLContext } from '../context.js';
import { type Args, PLANNER_EXTENSION, type PlannerSpec } from './annotations.js';
import { type CollectContext, collectFields, subSelections } from './collect.js';
import type { Model } from './models.js';
import { ColumnReference, type FilterContext, orderSql, orderTerms, Unplannable, whereSql } from './prisma-where.js';
import { ident, jsonObject, literal } from './sql.js';

export interface CompileContext extends CollectContext, FilterContext {
  contextValue: GraphQLContext;
}

interface FieldExtensions {
  [PLANNER_EXTENSION]?: PlannerSpec;
  pothosExposedField?: string;
  pothosPrismaSelect?: unknown;
}

/** The model a GraphQL object type is backed by (Pothos' prismaObject / prismaNode). */
export function modelOfType(context: CompileContext, type: GraphQLObjectType): Model {
  const name = (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;
  const model = name ? context.models.get(name) : undefined;
  if (!model) throw new Unplannable(`${type.name} is not backed by a model`);
  return model;
}

/** A JSON object of the fields `nodes` select on a row of `type`. */
export function objectSql(
  context: CompileContext,
  type: GraphQLObjectType,
  alias: string,
  nodes: readonly FieldNode[],
) {
  const model = modelOfType(context, type);
  const fields = collectFields(context, type, subSelections(nodes));
  const pairs: [string, string][] = [];
  for (const [key, fieldNodes] of fields) pairs.push([key, fieldSql(context, type, model, alias, fieldNodes)]);
  return jsonObject(pairs);
}

export function argumentsOf(context: CompileContext, field: GraphQLField<unknown, unknown>, node: FieldNode): Args {
  return getArgumentValues(field, node, context.variables);
}

function fieldSql(context: CompileContext, type: GraphQLObjectType, model: Model, alias: string, nodes: FieldNode[]) {
  const name = nodes[0].name.value;
  if (name === '__typename') return literal(type.name);
  const field = type.getFields()[name];
  if (!field) throw new Unplannable(`no field ${type.name}.${name}`);
  const extensions = field.extensions as FieldExtensions;
  const spec = extensions[PLANNER_EXTENSION];
  const args = argumentsOf(context, field, nodes[0]);
  const column = (prismaField: string) => {
    const scalar = model.scalars.get(prismaField);
    if (!scalar) throw new Unplannable(`no column ${model.name}.${prismaField}`);
    return `${alias}.${ident(scalar.column)}`;
  };
  if (spec?.kind === 'column') return intChecked(field.type, columnJson(model, alias, spec.field, field.type));
  if (spec?.kind === 'sql') return intChecked(field.type, spec.build({ alias, column, params: context.params }, args));
  if (spec?.kind === 'rows') {
    const parent = Object.fromEntries(spec.uses.map((used) => [used, new ColumnReference(column(used))]));
    return rowsSql(context, field, nodes, spec.model, spec.where(parent), spec.orderBy);
  }
  if (spec && spec.kind !== 'live-relation') throw new Unplannable(`${type.name}.${name} is not a field of a row`);
  if (extensions.pothosExposedField) return columnJson(model, alias, extensions.pothosExposedField, field.type);
  if (name === 'id' && type.getInterfaces().some((iface) => iface.name === 'Node')) return column('id');
  // Relations (t.relation) and fields that select through relations (t.field with `select`) alike.
  if (typeof extensions.pothosPrismaSelect === 'function') {
    const steps = selectPath(extensions.pothosPrismaSelect, args, context.contextValue);
    return relationSql(context, model, alias, field, nodes, spec ? liveAtTheEnd(steps) : steps);
  }
  throw new Unplannable(`${type.name}.${name} has no plan`);
}

/**
 * A computed Int as GraphQL's Int accepts it: a value Int cannot represent (a fraction, beyond 32
 * bits) fails the statement at run time (casting its text), and the resolvers then answer, with
 * the error they give for it.
 */
function intChecked(type: GraphQLOutputType, value: string): string {
  if (getNamedType(type).name !== 'Int') return value;
  return `(SELECT CASE WHEN checked.v IS NULL OR (checked.v BETWEEN -2147483648 AND 2147483647 AND checked.v = trunc(checked.v)) THEN checked.v::int ELSE (checked.v::text)::int END FROM (SELECT (${value})::float8 AS v) checked)`;
}

/** A column as the JSON value the resolver's scalar would serialize. */
function columnJson(model: Model, alias: string, prismaField: string, type: GraphQLOutputType): string {
  const scalar = model.scalars.get(prismaField);
  if (!scalar) throw new Unplannable(`no column ${model.name}.${prismaField}`);
  const column = `${alias}.${ident(scalar.column)}`;
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const cases = named.getValues().map((value) => `WHEN ${literal(String(value.value))} THEN ${literal(value.name)}`);
    return `CASE ${column} ${cases.join(' ')} END`;
  }
  switch (scalar.type) {
    case 'DateTime':
      return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'Decimal':
      return `${column}::float8`;
    case 'Json':
      // The resolvers answer every JSON value in jsonb's key order (graphql/jsonb-order.ts); for
      // a jsonb column the cast changes nothing.
      return `${column}::jsonb`;
    case 'BigInt':
    case 'Bytes':
      throw new Unplannable(`no JSON for ${scalar.type}`);
    default:
      return column;
  }
}

interface Step {
  relation: string;
  args: unknown;
}

/** The path with its last row required to be live, as a `live-relation` field's resolver requires it. */
function liveAtTheEnd(steps: Step[]): Step[] {
  const last = steps[steps.length - 1];
  const { select } = (last.args ?? {}) as { select?: unknown };
  return [...steps.slice(0, -1), { relation: last.relation, args: { where: { deletedAt: null }, select } }];
}

const NESTED = Symbol('nested selection');

/**
 * The relations a field's Prisma `select` walks, read by calling it with a marker for the nested
 * selection: `{ links: { where, select: { item: nested(args) } } }` is the path links → item. The
 * resolver of such a field flattens that path, which is what the planner's SQL does.
 */
function selectPath(select: unknown, args: Args, contextValue: GraphQLContext): Step[] {
  // A relation whose query depends on the field's arguments hands over the function itself.
  const nested = (query: unknown) => ({
    [NESTED]: query === true ? {} : typeof query === 'function' ? query(args, contextValue) : query,
  });
  const root = (select as (args: Args, context: GraphQLContext, nested: unknown) => unknown)(
    args,
    contextValue,
    nested,
  );
  const steps: Step[] = [];
  // Pothos hands back the field's select completed as `{ select: { ... } }`.
  let level = ((root as { select?: unknown }).select ?? root) as Record<string | symbol, unknown>;
  for (;;) {
    const keys = Object.keys(level);
    if (keys.length !== 1) throw new Unplannable('a select that is not one path');
    const value = level[keys[0]] as Record<string | symbol, unknown>;
    if (value && NESTED in value) {
      steps.push({ relation: keys[0], args: value[NESTED] });
      return steps;
    }
    if (!value || typeof value !== 'object' || !value.select)
      throw new Unplannable('a select without a nested selection');
    steps.push({ relation: keys[0], args: { where: value.where, orderBy: value.orderBy } });
    level = value.select as Record<string | symbol, unknown>;
  }
}

/** The rows at the end of a path of relations from a parent row, as a JSON list or a single object. */
function relationSql(
  context: CompileContext,
  parentModel: Model,
  parentAlias: string,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  steps: readonly Step[],
): string {
  const joins: string[] = [];
  const orders: string[] = [];
  let model = parentModel;
  let alias = parentAlias;
  let many = false;
  let first = '';
  let firstCondition = '';
  for (const [index, step] of steps.entries()) {
    const relation = model.relations.get(step.relation);
    if (!relation) throw new Unplannable(`no relation ${model.name}.${step.relation}`);
    const target = context.models.get(relation.target);
    if (!target) throw new Unplannable(`no model ${relation.target}`);
    const child = context.aliases.next();
    const { where, orderBy, ...rest } = (step.args ?? {}) as { where?: unknown; orderBy?: unknown };
    if (Object.keys(rest).some((key) => key !== 'include' && key !== 'select' && (rest as Args)[key] !== undefined))
      throw new Unplannable(`relation arguments ${Object.keys(rest).join(', ')}`);
    const condition = `${relation.join(alias, child)} AND ${whereSql(context, target, child, where)}`;
    if (index === 0) {
      first = `${ident(target.table)} ${child}`;
      firstCondition = condition;
    } else {
      joins.push(`JOIN ${ident(target.table)} ${child} ON ${condition}`);
    }
    const terms = orderTerms(target, child, orderBy);
    if (terms.length > 0) orders.push(orderSql(terms));
    many ||= relation.list;
    model = target;
    alias = child;
  }
  const type = getNamedType(field.type);
  if (!(type instanceof GraphQLObjectType) || !isObjectType(type))
    throw new Unplannable('a relation to a non-object type');
  const element = objectSql(context, type, alias, nodes);
  const from = `FROM ${first} ${joins.join(' ')} WHERE ${firstCondition}`;
  const listType = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  if (many !== listType) throw new Unplannable(`${field.name}: list shape differs from the relation`);
  if (!many) return `(SELECT ${element} ${from} LIMIT 1)`;
  const order = orders.length > 0 ? ` ORDER BY ${orders.join(', ')}` : '';
  return `(SELECT coalesce(json_agg(${element}${order}), '[]'::json) ${from})`;
}

/** The rows of `modelName` a `where` finds, as a JSON list. */
function rowsSql(
  context: CompileContext,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  modelName: string,
  where: unknown,
  orderBy: unknown,
): string {
  const target = context.models.get(modelName);
  if (!target) throw new Unplannable(`no model ${modelName}`);
  const type = getNamedType(field.type);
  const listType = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  if (!(type instanceof GraphQLObjectType) || !listType)
    throw new Unplannable(`${field.name}: rows must be a list of objects`);
  const alias = context.aliases.next();
  const element = objectSql(context, type, alias, nodes);
  const terms = orderTerms(target, alias, orderBy);
  const order = terms.length > 0 ? ` ORDER BY ${orderSql(terms)}` : '';
  const condition = whereSql(context, target, alias, where);
  return `(SELECT coalesce(json_agg(${element}${order}), '[]'::json) FROM ${ident(target.table)} ${alias} WHERE ${condition})`;
}
