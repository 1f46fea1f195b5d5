import type { ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { operationCost } from './cost.js';
import { limitError } from './errors.js';

export interface CostReport {
  requested: number;
  maximum: number;
}

/**
 * Computes each operation's cost (see operationCost) before it runs, refuses it above `maximum`,
 * and reports `{requested, maximum}` in the response's `extensions.cost`.
 */
export function useQueryCost(maximum: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const requested = operationCost(args.schema, args.document, args.operationName, args.variableValues);
      if (requested === null) return;
      const cost: CostReport = { requested, maximum };
      if (requested > maximum) {
        setResultAndStopExecution({
          errors: [
            limitError(
              `Query cost ${requested} exceeds the maximum of ${maximum}: ask for smaller pages or fewer nested lists.`,
              'MAX_COST_EXCEEDED',
              { cost },
            ),
          ],
          extensions: { cost },
        });
        return;
      }
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            setResult(withCost(result, cost));
          }),
      };
    },
  };
}

const withCost = (result: ExecutionResult, cost: CostReport): ExecutionResult => ({
  ...result,
  extensions: { ...result.extensions, cost },
});
