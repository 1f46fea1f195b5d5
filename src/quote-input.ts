/** How much of a client's input an error message repeats: enough to recognise it, never all of a huge value. */
export const QUOTED_INPUT_MAX = 40;

/**
 * A client's value as error messages repeat it: cut to its first QUOTED_INPUT_MAX characters,
 * saying how long it was, when longer. Error messages repeat input only through this (or quoteInput).
 */
export function shortInput(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= QUOTED_INPUT_MAX) return text;
  return `${text.slice(0, QUOTED_INPUT_MAX)}… (${text.length} characters)`;
}

/** shortInput in double quotes, escaped as JSON: for text that may hold quotes or control characters. */
export function quoteInput(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (text.length <= QUOTED_INPUT_MAX) return JSON.stringify(text);
  return `${JSON.stringify(text.slice(0, QUOTED_INPUT_MAX))}… (${text.length} characters)`;
}
