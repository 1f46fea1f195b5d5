import { z } from 'zod';
import { MAX_PAGE_SIZE } from '../core/page-size.js';
import type { Json, JsonObject } from './route.js';
import { booleanString, nullish } from './validation.js';

/*
 * Medusa's list routes: their parameters (createFindParams), the GraphQL list document and
 * arguments, and the envelope.
 */

/** A list route's GraphQL document: a `page` of `field` with the list's filter and order types. */
export const listDocument =
  (name: string, field: string, filterType: string, orderType: string) => (selection: string) =>
    `query ${name}($filter: ${filterType}, $order: [${orderType}!], $limit: Int, $offset: Int) {
  page: ${field}(filter: $filter, order: $order, limit: $limit, offset: $offset) { count offset limit nodes ${selection} }
}`;

/** Medusa's list envelope, `{<key>: [...], count, offset, limit}`, from the `page` of a list document. */
export function pageEnvelope(key: string, data: JsonObject, view: (value: Json) => Json): JsonObject {
  const page = data.page as JsonObject;
  return { [key]: view(page.nodes), count: page.count, offset: page.offset, limit: page.limit };
}

/**
 * A parameter Medusa accepts but the GraphQL filter cannot serve: a 400 that says so, rather than
 * an answer that silently ignores the filter (more rows than asked for).
 */
const unsupportedFilter = (what: string) =>
  z
    .unknown()
    .optional()
    .superRefine((value, context) => {
      if (value !== undefined) {
        context.addIssue({
          code: 'custom',
          message: `Filtering ${what} by '{field}' is not supported by this gateway`,
        });
      }
    });

/**
 * Medusa's createFindParams takes `with_deleted` on every list, but only its products list reads
 * it; elsewhere it is accepted and has no effect, here too.
 */
const unreadWithDeleted = booleanString.optional();

/** One value or several, as Medusa's `z.union([z.string(), z.array(z.string())])`. */
export const stringOrList = z.union([z.string(), z.array(z.string())]).optional();

/** Medusa's list parameters (createFindParams), stricter on numbers: negative or fractional is a 400. */
export const listQuery = (defaultLimit: number) => ({
  limit: z.coerce.number().int().min(0).max(MAX_PAGE_SIZE).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.string().optional(),
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
});

/**
 * A list parameter's values. Medusa splits a one-element array on commas (`id[]=a,b`) and takes
 * several as given (`id=a&id=b`); the gateway splits a single value too (`id=a,b`), where Medusa
 * looks for the whole text.
 */
export const stringList = (value: string | string[] | undefined) => {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return value.split(',');
  return value.length === 1 ? value[0].split(',') : value;
};

/** `order` items, trimmed: a `+` written in a URL arrives as a space. */
export const orderItems = (order: string | undefined) =>
  (order ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** `order=-created_at` → `[{field: "CREATED_AT", direction: "DESC"}]`, GraphQL's order argument. */
export function orderArgument(order: string | undefined) {
  if (!order) return undefined;
  return orderItems(order).map((item) => {
    const descending = item.startsWith('-');
    const name = item.replace(/^[-+]/, '');
    return { field: name.toUpperCase(), direction: descending ? 'DESC' : 'ASC' };
  });
}

/** Date filters as Medusa takes them: `created_at[$gt]=...` and friends, for the bounds GraphQL has. */
export const dateFilter = nullish(
  z.object({ $gt: z.string(), $gte: z.string(), $lt: z.string(), $lte: z.string() }).partial().strict(),
);

export function dateRange(filter: { $gt?: string; $gte?: string; $lt?: string; $lte?: string } | null | undefined) {
  if (!filter) return undefined;
  return { gt: filter.$gt, gte: filter.$gte, lt: filter.$lt, lte: filter.$lte };
}

/** A list route's GraphQL arguments: its filter, Medusa's `order` as GraphQL's, and the page. */
export const listArguments = (
  query: { order?: string; limit: number; offset: number },
  filter: Record<string, unknown>,
) => ({ filter, order: orderArgument(query.order), limit: query.limit, offset: query.offset });

/**
 * What every Medusa list takes and the gateway does not serve: `with_deleted`, accepted without
 * effect; `$and`, `$or` and the route's `refused` filters, refused.
 */
export const unservedParams = (what: string, refused: readonly string[] = []) => ({
  with_deleted: unreadWithDeleted,
  ...Object.fromEntries([...refused, '$and', '$or'].map((key) => [key, unsupportedFilter(what)])),
});
