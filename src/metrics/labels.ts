import type { IncomingMessage } from 'node:http';

/** Operation names come from clients: a bounded set of them becomes labels, the rest are "other". */
const MAX_OPERATION_NAMES = 200;
const seenOperations = new Set<string>();
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export function operationLabel(name: string | undefined | null): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_NAMES) return 'other';
  seenOperations.add(name);
  return name;
}

/** The REST route a request matched (its pattern, not its path), set by the REST shim. */
const restRoutes = new WeakMap<IncomingMessage, string>();

export function labelRestRoute(req: IncomingMessage, pattern: string): void {
  restRoutes.set(req, pattern);
}

/** The route label of a request: paths with parameters and unknown paths never become labels. */
export function routeLabel(req: IncomingMessage, path: string, known: (path: string) => boolean): string {
  const rest = restRoutes.get(req);
  if (rest) return rest;
  if (path.startsWith('/admin/')) return '/admin/(unmatched)';
  return known(path) ? path : '(unmatched)';
}
