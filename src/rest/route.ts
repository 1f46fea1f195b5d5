import { z } from 'zod';
import type { ErrorCode } from '../core/errors.js';
import { MAX_PAGE_SIZE } from '../core/page-size.js';
import type { EntityName } from './entities.js';
import { fromDomainCode } from './errors.js';
import type { Plan } from './selection.js';
import { render } from './selection.js';
import { booleanString, nullish } from './validation.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** What a route's functions get from the request, checked. */
export interface RouteInput<Query, Body> {
  params: Record<string, string>;
  query: Query;
  body: Body;
}

/**
 * One Medusa Admin API route, declared: what it accepts, the GraphQL operation it runs, and how
 * the GraphQL result becomes Medusa's response. The `fields` parameter applies to `entity`.
 */
export interface Route<Query = unknown, Body = unknown> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** The entity `fields` selects on, and the route's default fields (Medusa's query config). */
  entity: EntityName;
  defaults: readonly string[];
  /**
   * Medusa's handler answers the same keys whatever `fields` says (the batch routes answer the
   * workflow's rows): `fields` is accepted and the defaults are rendered.
   */
  ignoresFields?: boolean;
  /** Query parameters besides `fields`; Medusa rejects unknown ones. */
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /** The GraphQL document, given the selection set for `entity` (computed once per `fields`). */
  document: (selection: string) => string;
  variables: (input: RouteInput<Query, Body>) => Record<string, unknown>;
  /** Medusa's response from the GraphQL data; `view` renders an object of `entity` with the requested fields. */
  respond: (data: JsonObject, view: (value: Json) => Json, input: RouteInput<Query, Body>) => JsonObject;
}

/** Declares a route with its types inferred from its schemas. */
export const route = <Query, Body>(definition: Route<Query, Body>): Route<Query, Body> => definition;

/** A renderer for objects of the route's entity. */
export function viewer(plan: Plan) {
  return (value: Json): Json => {
    if (Array.isArray(value)) return value.map((item) => render(plan, item as JsonObject));
    return value && typeof value === 'object' ? render(plan, value) : null;
  };
}

/**
 * The result of a mutation: its payload, or the typed error it returned as Medusa's error.
 * Every mutation document selects `__typename` and, on errors, `code` and `message`.
 */
export function payload(data: JsonObject, field = 'result'): JsonObject {
  const result = data[field] as JsonObject | null;
  if (result && typeof result.code === 'string' && typeof result.message === 'string') {
    throw fromDomainCode(result.code as ErrorCode, result.message);
  }
  return result ?? {};
}

/** The query parameters of a route that takes only `fields`. */
export const FIELDS_ONLY = z.object({}).strict();

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

/** The union members every mutation selects besides its payload. */
export const ERROR_SELECTION = '... on MutationError { code message }';

/**
 * A parameter Medusa accepts but the GraphQL filter cannot serve: a 400 that says so, rather than
 * an answer that silently ignores the filter (more rows than asked for).
 */
export const unsupportedFilter = (what: string) =>
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
export const unreadWithDeleted = booleanString.optional();

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

/** `{a_b: 1}` → `{aB: 1}` for the plain columns of an input; nested shapes are converted by each route. */
export function camelKeys(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );
}
