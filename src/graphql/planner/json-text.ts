import type { ExecutionResult } from 'graphql';

/**
 * The `data` of a planned read as the statement's JSON text, parsed only when something reads it
 * as an object (`toJSON`, the REST shim): a GraphQL response writes the text itself, so a page is
 * neither parsed nor serialised again in JavaScript, and no object tree of it outlives the request.
 */
export class PlannedData {
  constructor(readonly text: string) {}

  /** The object a client reads (JSON.stringify of a result holding this data, e.g. idempotency's stored result). */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }

  /**
   * The text a response carries: PostgreSQL's own, which differs from what JSON.stringify writes
   * only by the spaces between tokens, when nothing else in it differs; else JSON.stringify's.
   * The spaces are left in: taking them out costs more CPU per page than anything else the
   * gateway does for a planned read, and a client's parser reads the same value.
   */
  wire(): string {
    return UNLIKE_STRINGIFY.test(this.text) ? JSON.stringify(this.toJSON()) : this.text;
  }
}

/** JSON text without the spaces between its tokens (what JSON.stringify writes, for equal values). */
export const withoutSpaces = (text: string): string => text.replace(INSIGNIFICANT_SPACE, '$1');

/** Strings (kept whole, `$1`) or white space between tokens (dropped). */
const INSIGNIFICANT_SPACE = /("[^"\\]*(?:\\.[^"\\]*)*")|\s+/g;

/**
 * What JSON.parse and JSON.stringify would write otherwise than PostgreSQL: numbers not in
 * JavaScript's shortest form (trailing fraction zeros of `numeric`, exponents of `float8`, digits
 * beyond a double's precision, `-0`, below 1e-6) and keys that are array indexes (an object puts
 * them first). Text inside strings may match too; that only takes the slow, exact way.
 */
const UNLIKE_STRINGIFY =
  /[:,[]\s*(?:-?\d+\.\d*0(?=\s*[,}\]])|-?\d+(?:\.\d+)?[eE]|-?[\d.]{16}|-?0\.00000|-0(?=\s*[,}\]]))|[{,]\s*"(?:0|[1-9]\d*)"\s*:/;

/** A result with its own serialiser, which yoga's result processors use instead of JSON.stringify. */
export type SerializableResult = ExecutionResult & { stringify: (result: ExecutionResult) => string };

/** The result of a planned read: its data as the statement's text. */
export function plannedResult(text: string): SerializableResult {
  return { data: new PlannedData(text) as unknown as Record<string, unknown>, stringify: stringifyResult };
}

/** JSON.stringify of the result, with planned data written as its wire text. */
export function stringifyResult(result: ExecutionResult): string {
  const data: unknown = result.data;
  if (!(data instanceof PlannedData) || Object.keys(result)[0] !== 'data') return JSON.stringify(result);
  const rest = JSON.stringify({ ...result, data: undefined });
  const text = data.wire();
  return rest === '{}' ? `{"data":${text}}` : `{"data":${text},${rest.slice(1)}`;
}

/** The planned data of a result, or undefined when its data is an object (the resolvers'). */
export function plannedDataOf(result: ExecutionResult): PlannedData | undefined {
  const data: unknown = result.data;
  return data instanceof PlannedData ? data : undefined;
}
