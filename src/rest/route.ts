import { z } from 'zod';
import type { ErrorCode } from '../core/errors.js';
import type { EntityName } from '../modules/describe.js';
import { fromDomainCode } from './errors.js';
import type { Plan } from './selection.js';
import { render } from './selection.js';

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

/** The union members every mutation selects besides its payload. */
export const ERROR_SELECTION = '... on MutationError { code message }';
