import { type ExecutionResult, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * Variables that do not fit their types (a string for an Int, an unknown input field) fail before
 * execution, in a result without `data`. graphql-tools' executor 2.x no longer tags those errors,
 * so they would reach clients with no `extensions.code`; they get BAD_USER_INPUT, as before.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || 'data' in result || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map(withInputCode) } as ExecutionResult);
        },
      };
    },
  };
}

function withInputCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
  });
}
