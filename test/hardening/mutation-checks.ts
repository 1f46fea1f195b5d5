import { expect } from 'vitest';
import type { GraphQLResponse } from '../support/graphql.js';
import type { RestResponse } from '../support/rest.js';

const REST_REFUSALS: Record<number, string[]> = {
  400: ['invalid_data', 'not_allowed'],
  404: ['not_found'],
  409: ['conflict'],
};

/** A REST answer that is a refusal: 400/404/409 with exactly Medusa's `{type, message}` and a message that says something. */
export function expectCleanRestRefusal(response: RestResponse) {
  const context = JSON.stringify({ status: response.status, body: response.body }).slice(0, 600);
  expect(Object.keys(REST_REFUSALS), context).toContain(String(response.status));
  expect(REST_REFUSALS[response.status], context).toContain(response.body.type);
  expect(Object.keys(response.body).sort(), context).toEqual(['message', 'type']);
  expect(String(response.body.message).trim(), context).not.toBe('');
}

export type GraphQLOutcome<T> = { ok: true; payload: T } | { ok: false; code: string; message: string };

const TYPED_CODES = ['NOT_FOUND', 'INVALID_DATA', 'NOT_ALLOWED', 'DUPLICATE', 'CONFLICT'];

/**
 * The outcome of a mutation selected as `result: mutation(...) { __typename ... on MutationError { code message } ... }`:
 * its payload, or a clean refusal (a typed error, or a GraphQL error with a client-error code and
 * a 4xx/200 status). Anything else (a 5xx, INTERNAL_SERVER_ERROR, no code) fails the test.
 */
export function graphQLOutcome<T extends { __typename: string }>(
  response: GraphQLResponse<{ result: T | null }>,
  payloadType: string,
): GraphQLOutcome<T> {
  const context = JSON.stringify(response).slice(0, 600);
  expect(response.status, context).toBeLessThan(500);
  if (response.errors?.length) {
    const [error] = response.errors;
    const code = String(error.extensions?.code ?? '');
    expect(code, context).toMatch(/^[A-Z_]+$/);
    expect(code, context).not.toBe('INTERNAL_SERVER_ERROR');
    expect(error.message.trim(), context).not.toBe('');
    expect(response.data?.result ?? null, context).toBeNull();
    return { ok: false, code, message: error.message };
  }
  const result = response.data?.result as (T & { code?: string; message?: string }) | null | undefined;
  expect(result, context).toBeTruthy();
  if (result?.__typename === payloadType) return { ok: true, payload: result };
  expect(TYPED_CODES, context).toContain(result?.code);
  expect(String(result?.message ?? '').trim(), context).not.toBe('');
  return { ok: false, code: String(result?.code), message: String(result?.message) };
}
