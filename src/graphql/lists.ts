import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/page-size.js';
import { builder } from './builder.js';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Which way to sort.',
  values: {
    ASC: { value: 'asc', description: 'Smallest first.' },
    DESC: { value: 'desc', description: 'Largest first.' },
  },
});
export type Direction = 'asc' | 'desc';

export const DateTimeFilter = builder.inputType('DateTimeFilter', {
  description: 'A range of instants; every bound given must hold.',
  fields: (t) => ({
    gt: t.field({ description: 'Later than this instant.', type: 'DateTime', required: false }),
    gte: t.field({ description: 'This instant or later.', type: 'DateTime', required: false }),
    lt: t.field({ description: 'Earlier than this instant.', type: 'DateTime', required: false }),
    lte: t.field({ description: 'This instant or earlier.', type: 'DateTime', required: false }),
  }),
});

interface DateTimeRange {
  gt?: Date | null;
  gte?: Date | null;
  lt?: Date | null;
  lte?: Date | null;
}

/** A Prisma date filter from a DateTimeFilter argument, dropping absent bounds. */
export function dateTimeWhere(range: DateTimeRange | null | undefined) {
  if (!range) return undefined;
  const entries = Object.entries(range).filter(([, value]) => value instanceof Date);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Case-insensitive substring search over some text columns, as Medusa's `q` does. */
export function searchWhere<Column extends string>(q: string | null | undefined, columns: readonly Column[]) {
  const term = q?.trim();
  if (!term) return undefined;
  return columns.map((column) => ({ [column]: { contains: term, mode: 'insensitive' as const } }));
}

/** Rows in the requested order, then by id so that pages are stable. */
export function orderBy<Column extends string>(
  order: readonly { field: Column; direction?: Direction | null }[] | null | undefined,
): ({ [K in Column]?: Direction } | { id: Direction })[] {
  const requested = (order ?? []).map(
    ({ field, direction }) => ({ [field]: direction ?? 'asc' }) as { [K in Column]?: Direction },
  );
  const byId = (order ?? []).some(({ field }) => field === 'id');
  return byId ? requested : [...requested, { id: 'asc' }];
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** Checks offset and limit against the page size cap, with a clear error when out of range. */
export function pageWindow(
  args: { limit?: number | null; offset?: number | null },
  defaultLimit = DEFAULT_PAGE_SIZE,
): PageWindow {
  const limit = args.limit ?? defaultLimit;
  const offset = args.offset ?? 0;
  if (limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new GraphQLError(`limit must be between 0 and ${MAX_PAGE_SIZE} (got ${limit})`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'limit' },
    });
  }
  if (offset < 0) {
    throw new GraphQLError(`offset must be 0 or more (got ${offset})`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'offset' },
    });
  }
  return { offset, limit };
}

/**
 * A connection's page size cap, given to Pothos as `maxSize`: Pothos would quietly shorten a
 * larger page, which reads as "no more rows" to a client; asking for too many is an error instead.
 */
export function connectionPageCap(args: { first?: number | null; last?: number | null }): number {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size !== null && size !== undefined && size > MAX_PAGE_SIZE) {
      throw new GraphQLError(`${name} must be at most ${MAX_PAGE_SIZE} (got ${size})`, {
        extensions: { code: 'BAD_USER_INPUT', argumentName: name },
      });
    }
  }
  return MAX_PAGE_SIZE;
}
