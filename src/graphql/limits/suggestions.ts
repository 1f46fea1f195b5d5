import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** graphql-js' hints, in validation and in variable coercion: `Did you mean "sku"?`, `Did you mean the enum value "SKU"?` */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Drops "Did you mean ...?" from every error a response carries: the hints spell out the schema.
 * (graphql-armor's block-field-suggestions only covers validation, and not the enum value form.)
 */
export function useBlockFieldSuggestions(): Plugin {
  return {
    onExecutionResult({ result }) {
      if (!result || isAsyncIterable(result)) return;
      for (const error of result.errors ?? []) {
        if (error instanceof GraphQLError) error.message = error.message.replace(SUGGESTION, '');
      }
    },
  };
}
