import { type FieldNode, type GraphQLObjectType, getNamedType, isObjectType } from 'graphql';
import { liveById } from '../../core/live.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../core/page-size.js';
import { nodeTypeOfId } from '../node-ids.js';
import { type Args, PLANNER_EXTENSION, type PlannerSpec } from './annotations.js';
import { collectFields, subSelections } from './collect.js';
import { argumentsOf, type CompileContext, modelOfType, objectSql } from './compile.js';
import { decodeCursor } from './cursor.js';
import type { Model } from './models.js';
import { type OrderTerm, orderSql, orderTerms, Unplannable, whereSql } from './prisma-where.js';
import { ident, jsonObject, literal } from './sql.js';

/** The response's `data` for the root fields of a query, as one SQL expression. */
export function queryDataSql(context: CompileContext, queryType: GraphQLObjectType, nodes: readonly FieldNode[]) {
  const fields = collectFields(context, queryType, subSelections(nodes));
  const pairs: [string, string][] = [];
  for (const [key, fieldNodes] of fields) pairs.push([key, rootFieldSql(context, queryType, fieldNodes)]);
  return jsonObject(pairs);
}

function rootFieldSql(context: CompileContext, queryType: GraphQLObjectType, nodes: FieldNode[]): string {
  const name = nodes[0].name.value;
  if (name === '__typename') return literal(queryType.name);
  const field = queryType.getFields()[name];
  if (!field) throw new Unplannable(`no root field ${name}`);
  const args = argumentsOf(context, field, nodes[0]);
  if (name === 'node') return nodeSql(context, String(args.id), nodes);
  if (name === 'nodes') {
    const ids = args.ids as string[];
    if (ids.length === 0) return `'[]'::json`;
    if (ids.length > 100) throw new Unplannable('more ids than json_build_array takes');
    return `json_build_array(${ids.map((id) => nodeSql(context, id, nodes)).join(', ')})`;
  }
  const spec = (field.extensions as { [PLANNER_EXTENSION]?: PlannerSpec })[PLANNER_EXTENSION];
  const type = getNamedType(field.type);
  if (!spec || !isObjectType(type)) throw new Unplannable(`root field ${name} has no plan`);
  switch (spec.kind) {
    case 'find': {
      const model = modelOfType(context, type);
      const alias = context.aliases.next();
      return `(SELECT ${objectSql(context, type, alias, nodes)} FROM ${ident(model.table)} ${alias} WHERE ${whereSql(context, model, alias, spec.where(args))} LIMIT 1)`;
    }
    case 'page': {
      const resolve = field.resolve as unknown as (
        root: unknown,
        args: Args,
        context: unknown,
        info: unknown,
      ) => PageWindow;
      return pageSql(context, type, nodes, resolve(undefined, args, context.contextValue, {}));
    }
    case 'connection':
      return connectionSql(context, type, nodes, args, spec);
    default:
      throw new Unplannable(`root field ${name} is not a root`);
  }
}

/** `node(id:)`: the type the id's prefix names, found as that type finds its nodes. */
function nodeSql(context: CompileContext, id: string, nodes: readonly FieldNode[]): string {
  const type = context.schema.getType(nodeTypeOfId(id) || 'ProductVariant');
  if (!type || !isObjectType(type)) throw new Unplannable(`no node type for ${id}`);
  const model = modelOfType(context, type);
  const alias = context.aliases.next();
  return `(SELECT ${objectSql(context, type, alias, nodes)} FROM ${ident(model.table)} ${alias} WHERE ${whereSql(context, model, alias, liveById(id))} LIMIT 1)`;
}

const nodeTypeOf = (pageType: GraphQLObjectType, field: string, inner?: string): GraphQLObjectType => {
  let type = getNamedType(pageType.getFields()[field]?.type);
  if (inner && isObjectType(type)) type = getNamedType(type.getFields()[inner]?.type);
  if (!type || !isObjectType(type)) throw new Unplannable(`${pageType.name}.${field} is not a list of objects`);
  return type;
};

function countSql(context: CompileContext, model: Model, where: unknown): string {
  const alias = context.aliases.next();
  return `(SELECT count(*)::int FROM ${ident(model.table)} ${alias} WHERE ${whereSql(context, model, alias, where)})`;
}

interface PageWindow {
  where: unknown;
  orderBy: unknown;
  offset: number;
  limit: number;
}

/** A page by offset: its rows chosen first by id, then their fields, so skipped rows cost nothing. */
function pageSql(
  context: CompileContext,
  pageType: GraphQLObjectType,
  nodes: readonly FieldNode[],
  page: PageWindow,
): string {
  const nodeType = nodeTypeOf(pageType, 'nodes');
  const model = modelOfType(context, nodeType);
  const fields = collectFields(context, pageType, subSelections(nodes));
  const pairs: [string, string][] = [];
  for (const [key, fieldNodes] of fields) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push([key, literal(pageType.name)]);
    else if (name === 'offset') pairs.push([key, context.params.add(page.offset, 'int')]);
    else if (name === 'limit') pairs.push([key, context.params.add(page.limit, 'int')]);
    else if (name === 'count') pairs.push([key, countSql(context, model, page.where)]);
    else if (name === 'nodes') {
      const chosen = context.aliases.next();
      const row = context.aliases.next();
      const terms = orderTerms(model, chosen, page.orderBy);
      const id = ident(model.scalars.get('id')?.column ?? 'id');
      const pick = `SELECT ${chosen}.${id} FROM ${ident(model.table)} ${chosen} WHERE ${whereSql(context, model, chosen, page.where)} ORDER BY ${orderSql(terms)} LIMIT ${context.params.add(page.limit, 'int')} OFFSET ${context.params.add(page.offset, 'int')}`;
      const rowOrder = orderSql(orderTerms(model, row, page.orderBy));
      const picked = context.aliases.next();
      pairs.push([
        key,
        `(SELECT coalesce(json_agg(${objectSql(context, nodeType, row, fieldNodes)} ORDER BY ${rowOrder}), '[]'::json) FROM (${pick}) ${picked} JOIN ${ident(model.table)} ${row} ON ${row}.${id} = ${picked}.${id})`,
      ]);
    } else throw new Unplannable(`${pageType.name}.${name}`);
  }
  return jsonObject(pairs);
}

/** The decline of a cursor page over a nullable order column (see connectionSql). */
export const NULLABLE_CURSOR_ORDER = 'a cursor page in an order on a nullable column';

type ConnectionSpec = Extract<PlannerSpec, { kind: 'connection' }>;

/** A Relay connection with Prisma's cursor semantics, as Pothos' prismaConnection pages it. */
function connectionSql(
  context: CompileContext,
  connectionType: GraphQLObjectType,
  nodes: readonly FieldNode[],
  args: Args,
  spec: ConnectionSpec,
): string {
  const first = args.first as number | null | undefined;
  const last = args.last as number | null | undefined;
  const before = args.before as string | null | undefined;
  const after = args.after as string | null | undefined;
  if ((first ?? 0) < 0 || (last ?? 0) < 0) throw new Unplannable('negative page size');
  if ((first ?? 0) > MAX_PAGE_SIZE || (last ?? 0) > MAX_PAGE_SIZE) throw new Unplannable('page too large');
  if ((before && after) || (before != null && first != null) || (after != null && last != null))
    throw new Unplannable('cursor arguments that Pothos refuses');
  const size = Math.min(first ?? last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const limit = size + 1;
  const backward = before != null || last != null;
  const cursorText = before ?? after;
  const cursorId = cursorText == null ? null : decodeCursor(cursorText);
  const skip = cursorId === null ? 0 : 1;

  const edgeType = nodeTypeOf(connectionType, 'edges');
  const nodeType = nodeTypeOf(connectionType, 'edges', 'node');
  const pageInfoType = nodeTypeOf(connectionType, 'pageInfo');
  const model = modelOfType(context, nodeType);
  const id = ident(model.scalars.get('id')?.column ?? 'id');
  const where = spec.where(args, context.contextValue);
  const orderBy = spec.orderBy(args);

  const chosen = context.aliases.next();
  const terms = orderTerms(model, chosen, orderBy);
  const conditions = [whereSql(context, model, chosen, where)];
  // Prisma pages past a cursor over a nullable order column with its own NULL rules, partly in
  // memory; those pages are left to the resolvers rather than imitated.
  if (cursorId !== null && terms.some((term) => term.nullable)) throw new Unplannable(NULLABLE_CURSOR_ORDER);
  if (cursorId !== null) conditions.push(cursorCondition(context, model, terms, cursorId, backward));
  const order = orderSql(terms, backward);
  const rows = `SELECT ${chosen}.${id} AS id, row_number() OVER (ORDER BY ${order}) AS ord FROM ${ident(model.table)} ${chosen} WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${context.params.add(limit, 'int')} OFFSET ${skip}`;
  const keptUpTo = skip + size;
  const direction = backward ? 'DESC' : 'ASC';
  const reverse = backward ? 'ASC' : 'DESC';
  const gotFull = `((SELECT count(*) FROM rows) = ${limit})`;
  const cursorOf = (alias: string) =>
    `translate(encode(convert_to('GPC:S:' || ${alias}.${id}, 'UTF8'), 'base64'), E'\\n', '')`;
  const edgeCursor = (ordering: string) =>
    `(SELECT ${cursorOf('kept')} FROM kept ORDER BY kept.ord ${ordering} LIMIT 1)`;

  const pairs: [string, string][] = [];
  for (const [key, fieldNodes] of collectFields(context, connectionType, subSelections(nodes))) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push([key, literal(connectionType.name)]);
    else if (name === 'totalCount') pairs.push([key, countSql(context, model, where)]);
    else if (name === 'pageInfo') {
      const infoPairs: [string, string][] = [];
      for (const [infoKey, infoNodes] of collectFields(context, pageInfoType, subSelections(fieldNodes))) {
        const infoName = infoNodes[0].name.value;
        if (infoName === '__typename') infoPairs.push([infoKey, literal(pageInfoType.name)]);
        else if (infoName === 'hasNextPage')
          infoPairs.push([infoKey, before != null ? 'true' : last != null ? 'false' : gotFull]);
        else if (infoName === 'hasPreviousPage')
          infoPairs.push([infoKey, after != null ? 'true' : backward ? gotFull : 'false']);
        else if (infoName === 'startCursor') infoPairs.push([infoKey, edgeCursor(direction)]);
        else if (infoName === 'endCursor') infoPairs.push([infoKey, edgeCursor(reverse)]);
        else throw new Unplannable(`PageInfo.${infoName}`);
      }
      pairs.push([key, jsonObject(infoPairs)]);
    } else if (name === 'edges') {
      const row = context.aliases.next();
      const edgePairs: [string, string][] = [];
      for (const [edgeKey, edgeNodes] of collectFields(context, edgeType, subSelections(fieldNodes))) {
        const edgeName = edgeNodes[0].name.value;
        if (edgeName === '__typename') edgePairs.push([edgeKey, literal(edgeType.name)]);
        else if (edgeName === 'cursor') edgePairs.push([edgeKey, cursorOf(row)]);
        else if (edgeName === 'node') edgePairs.push([edgeKey, objectSql(context, nodeType, row, edgeNodes)]);
        else throw new Unplannable(`${edgeType.name}.${edgeName}`);
      }
      pairs.push([
        key,
        `(SELECT coalesce(json_agg(${jsonObject(edgePairs)} ORDER BY kept.ord ${direction}), '[]'::json) FROM kept JOIN ${ident(model.table)} ${row} ON ${row}.${id} = kept.id)`,
      ]);
    } else throw new Unplannable(`${connectionType.name}.${name}`);
  }
  return `(WITH rows AS (${rows}), kept AS (SELECT id, ord FROM rows WHERE ord <= ${keptUpTo}) SELECT ${jsonObject(pairs)})`;
}

/**
 * Prisma's cursor: rows at or after the cursor row's position in the order (by the values of the
 * order columns in the cursor row, whether or not that row is still listed), the cursor row itself
 * then skipped by `OFFSET 1`.
 */
function cursorCondition(
  context: CompileContext,
  model: Model,
  terms: readonly OrderTerm[],
  cursorId: string,
  backward: boolean,
): string {
  const id = ident(model.scalars.get('id')?.column ?? 'id');
  const cursorParam = context.params.add(cursorId, 'text');
  const cursorValue = (term: OrderTerm) => {
    const column = term.column.slice(term.column.indexOf('.') + 1);
    return `(SELECT ${column} FROM ${ident(model.table)} WHERE ${id} = ${cursorParam})`;
  };
  const alternatives = terms.map((term, index) => {
    const ascending = (term.direction === 'asc') !== backward;
    const last = index === terms.length - 1;
    const operator = ascending ? (last ? '>=' : '>') : last ? '<=' : '<';
    const equal = terms.slice(0, index).map((previous) => `${previous.column} = ${cursorValue(previous)}`);
    return [...equal, `${term.column} ${operator} ${cursorValue(term)}`].join(' AND ');
  });
  return `(${alternatives.map((alternative) => `(${alternative})`).join(' OR ')})`;
}
