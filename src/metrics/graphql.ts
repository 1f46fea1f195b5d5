import { type ExecutionResult, getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { INTERNAL_CALLER, type InternalCallerContext } from '../graphql/limits/index.js';
import { operationLabel } from './labels.js';
import type { Metrics } from './registry.js';

/** Counts, times and tallies the errors of every executed GraphQL operation, /graphql's and the REST shim's. */
export function useOperationMetrics(metrics: Metrics): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const definition = getOperationAST(args.document, args.operationName);
      const operation = operationLabel(definition?.name?.value);
      const type = definition?.operation ?? 'unknown';
      const source = (args.contextValue as InternalCallerContext)[INTERNAL_CALLER] ? 'rest' : 'graphql';
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result)) return;
          const { errors } = result as ExecutionResult;
          metrics.operationDuration.observe({ operation, type, source }, (performance.now() - started) / 1000);
          metrics.operations.inc({ operation, type, source, outcome: errors?.length ? 'error' : 'ok' });
          for (const error of errors ?? []) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            metrics.operationErrors.inc({ operation, source, code });
          }
        },
      };
    },
  };
}
