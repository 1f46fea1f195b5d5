// placeholder; replaced by the planner
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context.js';

export interface PlannedReadArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  variableValues?: Record<string, unknown> | null;
  operationName?: string | null;
  contextValue: GraphQLContext;
}

/** The operation's result computed by one SQL statement, or null when the planner does not cover the operation. */
export function executePlanned(_args: PlannedReadArgs): Promise<ExecutionResult> | null {
  return null;
}

/** Field coordinates ("Type.field") the planner does not cover; an operation selecting any of them is not planned. */
export const UNPLANNED_FIELDS: ReadonlySet<string> = new Set(['ProductVariant.calculatedPrice']);

/** Marks this file as the stand-in: the equivalence test compares the resolvers with themselves until it is gone. */
export const PLANNER_IS_PLACEHOLDER = true;
