/**
 * Compares two JSON values by shape: the same keys, nesting and value types, whatever the ids,
 * timestamps and other values. Returns the paths where they differ (empty when alike). Arrays are
 * compared by their first element, as a recording and a fresh response rarely hold the same rows.
 */
export function shapeDifferences(actual: unknown, expected: unknown, path = '$'): string[] {
  const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  if (kind(actual) !== kind(expected)) return [`${path}: ${kind(actual)} where Medusa has ${kind(expected)}`];
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length === 0 || expected.length === 0) return [];
    return shapeDifferences(actual[0], expected[0], `${path}[0]`);
  }
  if (kind(actual) !== 'object') return [];
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const differences: string[] = [];
  for (const key of Object.keys(e)) {
    if (!(key in a)) differences.push(`${path}.${key}: missing`);
    else differences.push(...shapeDifferences(a[key], e[key], `${path}.${key}`));
  }
  for (const key of Object.keys(a)) if (!(key in e)) differences.push(`${path}.${key}: not in Medusa's response`);
  return differences;
}

/** A recorded Medusa 2.21 exchange (test/fixtures/medusa-2.21-responses, copied from the real Medusa). */
export interface Recording {
  request: { method: string; url: string; body?: unknown };
  response: { status: number; body: unknown };
}

export async function recording(name: string): Promise<Recording> {
  const { readFile } = await import('node:fs/promises');
  const url = new URL(`../fixtures/medusa-2.21-responses/${name}.json`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as Recording;
}

/** The query string of a recorded request (`?fields=...`, or ''), to send the same to the gateway. */
export async function recordedQuery(name: string): Promise<string> {
  const { request } = await recording(name);
  const index = request.url.indexOf('?');
  return index === -1 ? '' : request.url.slice(index);
}
