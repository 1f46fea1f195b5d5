import type { ExecutionResult } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import { operationCost } from './cost.js';
import { limitError } from './errors.js';

export interface CostReport {
  requested: number;
  /** What the request's operations cost together so far, this one included (a batch shares one budget). */
  requestTotal: number;
  maximum: number;
}

/**
 * Computes each operation's cost (see operationCost) before it runs and refuses it when the
 * request's operations together would cost more than `maximum`: a batched request gets one budget,
 * not one per operation. Reports `{requested, requestTotal, maximum}` in `extensions.cost`.
 */
export function useQueryCost(maximum: number): Plugin {
  const spentByRequest = new WeakMap<Request, number>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const requested = operationCost(args.schema, args.document, args.operationName, args.variableValues);
      if (requested === null) return;
      const request = (args.contextValue as { request?: Request }).request;
      const spent = (request && spentByRequest.get(request)) ?? 0;
      const requestTotal = spent + requested;
      const cost: CostReport = { requested, requestTotal, maximum };
      if (requestTotal > maximum) {
        const what =
          spent > 0
            ? `Query cost ${requested}, after ${spent} spent by the other operations of this request,`
            : `Query cost ${requested}`;
        setResultAndStopExecution({
          errors: [
            limitError(
              `${what} exceeds the maximum of ${maximum}: ask for smaller pages or fewer nested lists.`,
              'MAX_COST_EXCEEDED',
              { cost },
            ),
          ],
          extensions: { cost },
        });
        return;
      }
      if (request) spentByRequest.set(request, requestTotal);
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
