import type { DomainError } from './errors.js';

/** Medusa soft-deletes: a row with deleted_at set is gone for every reader. */
export const LIVE = { deletedAt: null } as const;

/** How every node is found by its id: live rows only. */
export const liveById = (id: string) => ({ id, ...LIVE });

/**
 * The one way a rule requires a live row: `find` is given the soft-delete filter to add to its
 * `where`, and no row is the NOT_FOUND error the caller words (Medusa's messages differ per entity).
 */
export async function requireLive<Row>(
  find: (live: typeof LIVE) => PromiseLike<Row | null>,
  notFound: () => DomainError,
): Promise<Row> {
  const row = await find(LIVE);
  if (!row) throw notFound();
  return row;
}

/**
 * Every id of `ids` must be a live row: `find` returns the live ones among them (given the
 * soft-delete filter), and `notFound` words the error from the missing ids, in the order given.
 */
export async function requireAllLive(
  ids: readonly string[],
  find: (live: typeof LIVE) => PromiseLike<{ id: string }[]>,
  notFound: (missing: string[]) => DomainError,
): Promise<void> {
  if (ids.length === 0) return;
  const live = new Set((await find(LIVE)).map((row) => row.id));
  const missing = ids.filter((id) => !live.has(id));
  if (missing.length > 0) throw notFound(missing);
}
