import { describe, expect, it } from 'vitest';
import { asJson } from '../../src/graphql/internal-result.js';
import { plannedResult } from '../../src/graphql/planner/json-text.js';

describe('the GraphQL result the REST shim takes as an object', () => {
  it("keeps the planner's data, JSON text, as it is, without a copy", () => {
    const result = {
      ...plannedResult('{"page" : {"count" : 1, "nodes" : [{"id" : "variant_1"}]}}'),
      extensions: { cost: { requested: 3 } },
    };
    expect(asJson(result)).toBe(result);
  });

  it("makes the resolvers' data what a client reads in JSON: serialised scalars, plain objects", () => {
    const node = Object.assign(Object.create(null) as Record<string, unknown>, {
      id: 'variant_1',
      createdAt: new Date('2026-01-01T00:00:00.000Z'),
      missing: undefined,
    });
    const result = asJson({ data: { page: { nodes: [node] } } });
    expect(result.data).toEqual({ page: { nodes: [{ id: 'variant_1', createdAt: '2026-01-01T00:00:00.000Z' }] } });
    expect(Object.getPrototypeOf((result.data as { page: { nodes: object[] } }).page.nodes[0])).toBe(Object.prototype);
  });

  it('makes errors plain JSON, also beside planned data', () => {
    const error = Object.assign(new Error('boom'), {
      extensions: { code: 'BAD_USER_INPUT' },
      toJSON: () => ({ message: 'boom', extensions: { code: 'BAD_USER_INPUT' } }),
    });
    const result = asJson({ ...plannedResult('{"page" : null}'), errors: [error as never] });
    expect(result.data).toEqual({ page: null });
    expect(result.errors).toEqual([{ message: 'boom', extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});
