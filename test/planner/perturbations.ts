import type { ExecutionResult } from 'graphql';

/**
 * Small wrongs a planner could do, applied to the resolvers' own result: the self-check that the
 * comparison, the arbitrary and the catalog together are sensitive to each.
 */
export interface Perturbation {
  name: string;
  perturb(result: ExecutionResult): ExecutionResult;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function mapData(result: ExecutionResult, change: (value: Json) => Json): ExecutionResult {
  const data = JSON.parse(JSON.stringify(result.data ?? null)) as Json;
  const walk = (value: Json): Json => {
    const changed = change(value);
    if (Array.isArray(changed)) return changed.map(walk);
    if (changed && typeof changed === 'object') {
      return Object.fromEntries(Object.entries(changed).map(([key, inner]) => [key, walk(inner)]));
    }
    return changed;
  };
  return { ...result, data: walk(data) as ExecutionResult['data'] };
}

export const PERTURBATIONS: Perturbation[] = [
  {
    name: 'its keys in another order',
    perturb: (result) =>
      mapData(result, (value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
  },
  {
    name: 'DateTime text without milliseconds',
    perturb: (result) =>
      mapData(result, (value) =>
        typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(value)
          ? value.replace(/\.\d{3}Z$/, 'Z')
          : value,
      ),
  },
  {
    name: 'fractions as a 4-byte real prints them',
    perturb: (result) =>
      mapData(result, (value) => (typeof value === 'number' && !Number.isInteger(value) ? Math.fround(value) : value)),
  },
  {
    name: 'absent keys for nulls',
    perturb: (result) =>
      mapData(result, (value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== null))
          : value,
      ),
  },
  {
    name: 'the last row of a list missing',
    perturb: (result) =>
      mapData(result, (value) => (Array.isArray(value) && value.length > 1 ? value.slice(0, -1) : value)),
  },
  {
    name: 'a count one too high',
    perturb: (result) =>
      mapData(result, (value) =>
        value && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(
              Object.entries(value).map(([key, inner]) => [
                key,
                (key === 'count' || key === 'totalCount') && typeof inner === 'number' ? inner + 1 : inner,
              ]),
            )
          : value,
      ),
  },
];
