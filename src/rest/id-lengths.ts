import { tooLongIdMessage } from '../graphql/id-length.js';
import { invalidData } from './errors.js';

/** Keys whose string values (or lists of strings) are ids in Medusa's query parameters and bodies. */
const ID_KEY = /^(id|ids|add|remove|delete)$|_ids?$/;
/** A product's `external_id` is the client's own reference, and metadata holds the client's own keys. */
const NOT_IDS = new Set(['external_id', 'metadata', 'additional_data']);

/**
 * Refuses an id longer than any the gateway accepts, naming it by its Medusa key path
 * (`location_id`, `create, 0, location_id`): the GraphQL layer would name its own variable instead.
 */
export function refuseTooLongIds(value: unknown, path: string[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'string') checkId([...path, String(index)], item, path.at(-1));
      else refuseTooLongIds(item, [...path, String(index)]);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (NOT_IDS.has(key)) continue;
    if (typeof child === 'string') checkId([...path, key], child, key);
    else refuseTooLongIds(child, [...path, key]);
  }
}

/** `key` is the key the id sits under: a list's own key for its items. */
function checkId(fieldPath: string[], value: string, key: string | undefined): void {
  if (!ID_KEY.test(key ?? '')) return;
  const message = tooLongIdMessage(fieldPath.join(', '), value);
  if (message) throw invalidData(`Invalid request: ${message}`);
}
