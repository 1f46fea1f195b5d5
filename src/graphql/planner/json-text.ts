import type { ExecutionResult } from 'graphql';

/**
 * The `data` of a planned read as the statement's JSON text, parsed only when something reads it
 * as an object (`toJSON`, the REST shim): a GraphQL response writes the text itself, so a page is
 * neither parsed nor serialised again in JavaScript, and no object tree of it outlives the request.
 */
export class PlannedData {
  constructor(readonly text: string) {}

  /** The object a client reads; JSON.stringify of a result holding this data gives the same text as `compact`. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }

  /** The text as JSON.stringify writes it: PostgreSQL's text without its spaces, when nothing else in it differs. */
  compact(): string {
    const compacted = this.text.replace(INSIGNIFICANT_SPACE, '$1');
    return UNLIKE_STRINGIFY.test(compacted) ? JSON.stringify(this.toJSON()) : compacted;
  }
}

/** Strings (kept whole, `$1`) or white space between tokens (dropped). */
const INSIGNIFICANT_SPACE = /("[^"\\]*(?:\\.[^"\\]*)*")|\s+/g;

/**
 * What JSON.parse and JSON.stringify would write otherwise than PostgreSQL: numbers not in
 * JavaScript's shortest form (trailing fraction zeros of `numeric`, exponents of `float8`, digits
 * beyond a double's precision, `-0`, below 1e-6) and keys that are array indexes (an object puts
 * them first). Text inside strings may match too; that only takes the slow, exact way.
 */
const UNLIKE_STRINGIFY =
  /[:,[](?:-?\d+\.\d*0(?=[,}\]])|-?\d+(?:\.\d+)?[eE]|-?[\d.]{16}|-?0\.00000|-0(?=[,}\]]))|[{,]"(?:0|[1-9]\d*)":/;

/** A result with its own serialiser, which yoga's result processors use instead of JSON.stringify. */
export type SerializableResult = ExecutionResult & { stringify: (result: ExecutionResult) => string };

/** The result of a planned read: its data as the statement's text. */
export function plannedResult(text: string): SerializableResult {
  return { data: new PlannedData(text) as unknown as Record<string, unknown>, stringify: stringifyResult };
}

/** JSON.stringify of the result, with planned data written as its compacted text. */
export function stringifyResult(result: ExecutionResult): string {
  const data: unknown = result.data;
  if (!(data instanceof PlannedData) || Object.keys(result)[0] !== 'data') return JSON.stringify(result);
  const rest = JSON.stringify({ ...result, data: undefined });
  const text = data.compact();
  return rest === '{}' ? `{"data":${text}}` : `{"data":${text},${rest.slice(1)}`;
}

/** The planned data of a result, or undefined when its data is an object (the resolvers'). */
export function plannedDataOf(result: ExecutionResult): PlannedData | undefined {
  const data: unknown = result.data;
  return data instanceof PlannedData ? data : undefined;
}
