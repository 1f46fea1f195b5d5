import type { Plugin } from 'graphql-yoga';
import { useMaxAliases } from './aliases.js';
import { useMaxDepth } from './depth.js';
import { useInternalRequests } from './internal.js';
import { useNoIntrospection } from './introspection.js';
import { usePersistedOperationsOnly } from './persisted-operations.js';
import { useQueryCost } from './query-cost.js';
import type { GraphQLLimits } from './settings.js';
import { useBlockFieldSuggestions } from './suggestions.js';
import { useMaxTokens } from './tokens.js';

export { INTERNAL_CALLER, type InternalCallerContext } from './internal.js';
export type { GraphQLLimits } from './settings.js';

/** The limits as yoga options and plugins, for createYoga. */
export function limitsForYoga(limits: GraphQLLimits) {
  const internal = new WeakSet<Request>();
  const plugins: Plugin[] = [
    useInternalRequests(internal),
    useMaxTokens(limits.maxTokens),
    useMaxDepth(limits.maxDepth),
    useMaxAliases(limits.maxAliases),
    useQueryCost(limits.maxCost),
  ];
  if (!limits.introspection) plugins.push(useNoIntrospection());
  if (!limits.fieldSuggestions) plugins.push(useBlockFieldSuggestions());
  if (limits.persistedOperations) plugins.push(usePersistedOperationsOnly(limits.persistedOperations, internal));
  return {
    plugins,
    maxRequestBodySize: limits.maxBodyBytes,
    batching: limits.maxBatch > 0 ? { limit: limits.maxBatch } : false,
    graphiql: limits.introspection,
  };
}
