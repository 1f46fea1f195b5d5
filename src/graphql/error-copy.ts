import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';

/**
 * A copy of an error with more extensions. A copy, not a change: yoga caches some errors (those of
 * validation) across requests, so what one request adds must not reach another.
 */
export function withExtensions(error: GraphQLError, extensions: GraphQLErrorExtensions): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, ...extensions },
  });
}
