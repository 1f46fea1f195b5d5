/** What the limits on GraphQL operations (and so on the REST shim, which runs through them) are set to. */
export interface GraphQLLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  /** Operations in one batched request; 0 (the default, as in yoga and Apollo Server) turns batching off. */
  maxBatch: number;
  /** The largest request body of /graphql and of the REST shim. */
  maxBodyBytes: number;
  introspection: boolean;
  fieldSuggestions: boolean;
  /** The allow-list, hash (or id) → document; null accepts any operation. */
  persistedOperations: ReadonlyMap<string, string> | null;
}

export const DEFAULT_LIMITS = {
  maxDepth: 10,
  maxAliases: 300,
  maxTokens: 3_000,
  maxCost: 1_000_000,
  maxBatch: 0,
  maxBodyBytes: 1_000_000,
} as const;
