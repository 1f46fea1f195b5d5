import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import { executePlanned } from './index.js';

/** Read operations the planner covers are answered by its one statement; every other goes to the resolvers. */
export function usePlannedReads(): Plugin<GraphQLContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(
        (args) =>
          executePlanned({
            schema: args.schema,
            document: args.document,
            variableValues: args.variableValues as Record<string, unknown> | null | undefined,
            operationName: args.operationName,
            contextValue: args.contextValue as GraphQLContext,
          }) ?? executeFn(args),
      );
    },
  };
}
