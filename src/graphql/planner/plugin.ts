import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import { executePlanned } from './index.js';

/**
 * Read operations the planner covers are answered by its one statement; every other goes to the
 * resolvers. A planned statement that fails is answered by the resolvers too, so the client gets
 * their errors, with paths, as it would without the planner; the database gone is answered at once.
 */
export function usePlannedReads(): Plugin<GraphQLContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const planned = executePlanned(
          {
            schema: args.schema,
            document: args.document,
            variableValues: args.variableValues as Record<string, unknown> | null | undefined,
            operationName: args.operationName,
            contextValue: args.contextValue as GraphQLContext,
          },
          () => executeFn(args) as Promise<ExecutionResult>,
        );
        return planned ?? executeFn(args);
      });
    },
  };
}
