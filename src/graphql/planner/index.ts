import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  Kind,
  locatedError,
  type SelectionSetNode,
} from 'graphql';
import { isDatabaseUnavailable } from '../../db/unavailable.js';
import type { GraphQLContext } from '../context.js';
import type { CompileContext } from './compile.js';
import { plannedResult } from './json-text.js';
import { modelsOf } from './models.js';
import { Unplannable } from './prisma-where.js';
import { NULLABLE_CURSOR_ORDER, queryDataSql } from './roots.js';
import { Aliases, Params } from './sql.js';

export interface PlannedReadArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
  contextValue: GraphQLContext;
}

/** Field coordinates the planner does not cover; an operation selecting any of them runs through the resolvers. */
export const UNPLANNED_FIELDS: ReadonlySet<string> = new Set(['ProductVariant.calculatedPrice']);

export interface PlannedStatement {
  sql: string;
  params: unknown[];
}

/**
 * A read operation as one SQL statement whose single value is the response's `data`, or null when
 * the operation is not a query, selects something the planner does not cover, or has arguments
 * the resolvers would refuse (they then answer it, with their errors).
 */
export function planRead(args: PlannedReadArgs): PlannedStatement | null {
  const outcome = plan(args);
  return 'sql' in outcome ? outcome : null;
}

/**
 * Why the planner leaves an operation to the resolvers, by design, though it selects no unplanned
 * field: Prisma semantics it does not imitate (see docs/planner.md). Null for any other operation.
 */
export const DESIGNED_DECLINES: ReadonlySet<string> = new Set([NULLABLE_CURSOR_ORDER]);

/** The reason the planner declines an operation, or null when it plans it. */
export function declineReason(args: PlannedReadArgs): string | null {
  const outcome = plan(args);
  return 'sql' in outcome ? null : outcome.reason;
}

function plan(args: PlannedReadArgs): PlannedStatement | { reason: string } {
  const operation = getOperationAST(args.document, args.operationName);
  const queryType = args.schema.getQueryType();
  if (operation?.operation !== 'query' || !queryType) return { reason: 'not a query' };
  const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
  if (coerced.errors) return { reason: 'variables the resolvers refuse' };
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of args.document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const params = new Params();
  const context: CompileContext = {
    schema: args.schema,
    fragments,
    variables: coerced.coerced,
    models: modelsOf(args.contextValue.prisma),
    params,
    aliases: new Aliases(),
    contextValue: args.contextValue,
  };
  try {
    const data = queryDataSql(context, queryType, [
      { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'query' }, selectionSet: operation.selectionSet },
    ]);
    return { sql: `SELECT (${data})::text AS data`, params: params.values };
  } catch (error) {
    if (error instanceof Unplannable || isArgumentError(error)) return { reason: (error as Error).message };
    throw error;
  }
}

/** Errors the field's own argument checks raise: the resolvers raise them again, in their words. */
const isArgumentError = (error: unknown) => error instanceof Error && error.name === 'GraphQLError';

/**
 * The operation's result from one SQL statement, or null when the planner does not cover it. A
 * statement that fails (a value the schema cannot represent) is answered by `fallback`, the
 * resolvers, so the client gets their errors. The database gone is answered at once, located at
 * the first root field: asking the resolvers would wait for a connection a second time.
 */
export function executePlanned(
  args: PlannedReadArgs,
  fallback: () => PromiseOrValue<ExecutionResult> = () =>
    execute({
      schema: args.schema,
      document: args.document,
      variableValues: args.variableValues,
      operationName: args.operationName,
      contextValue: args.contextValue,
    }),
): Promise<ExecutionResult> | null {
  const statement = planRead(args);
  if (!statement) return null;
  return args.contextValue.prisma.$queryRawUnsafe<{ data: string }[]>(statement.sql, ...statement.params).then(
    ([row]) => plannedResult(row.data),
    (error) => (isDatabaseUnavailable(error) ? unavailableResult(args, error) : fallback()),
  );
}

function unavailableResult(args: PlannedReadArgs, error: unknown): ExecutionResult {
  const operation = getOperationAST(args.document, args.operationName);
  const field = operation && firstField(operation.selectionSet, args.document);
  const path = field ? [(field.alias ?? field.name).value] : undefined;
  return { data: null, errors: [locatedError(error, field ?? operation ?? undefined, path)] };
}

function firstField(selectionSet: SelectionSetNode, document: DocumentNode): FieldNode | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) return selection;
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : document.definitions.find(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
          )?.selectionSet;
    const found = inner && firstField(inner, document);
    if (found) return found;
  }
  return undefined;
}

type PromiseOrValue<T> = T | Promise<T>;
