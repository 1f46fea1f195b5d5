import { describe, expect, it } from 'vitest';
import { asJson, parsedJsonData } from '../../src/graphql/internal-result.js';

describe('the GraphQL result the REST shim takes as an object', () => {
  it('keeps data parsed from JSON as it is, without a copy', () => {
    const data = parsedJsonData({
      page: { count: 1, nodes: [{ id: 'variant_1', createdAt: '2026-01-01T00:00:00.000Z' }] },
    });
    const result = { data, extensions: { cost: { requested: 3 } } };
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

  it('makes errors plain JSON, also beside parsed data', () => {
    const data = parsedJsonData({ page: null });
    const error = Object.assign(new Error('boom'), {
      extensions: { code: 'BAD_USER_INPUT' },
      toJSON: () => ({ message: 'boom', extensions: { code: 'BAD_USER_INPUT' } }),
    });
    const result = asJson({ data, errors: [error as never] });
    expect(result.errors).toEqual([{ message: 'boom', extensions: { code: 'BAD_USER_INPUT' } }]);
  });
});
