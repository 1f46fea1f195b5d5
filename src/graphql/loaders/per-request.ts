import DataLoader from 'dataloader';
import type { GraphQLContext } from '../context.js';

/**
 * A DataLoader that lives as long as one request: batches the loads of one request into one
 * statement, and never serves one request's data to another.
 */
export function perRequestLoader<K, V, C = K>(
  batch: (context: GraphQLContext, keys: readonly K[]) => Promise<V[]>,
  options: { cacheKeyFn?: (key: K) => C } = {},
): (context: GraphQLContext) => DataLoader<K, V, C> {
  const loaders = new WeakMap<GraphQLContext, DataLoader<K, V, C>>();
  return (context) => {
    let loader = loaders.get(context);
    if (!loader) {
      loader = new DataLoader<K, V, C>((keys) => batch(context, keys), options);
      loaders.set(context, loader);
    }
    return loader;
  };
}
