import { z } from 'zod';
import { INTEGER_MAX } from '../domain/rules.js';
import { shortInput } from '../quote-input.js';
import { invalidData } from './errors.js';

/**
 * Checks input with a zod schema and reports failures as Medusa does: `Invalid request: ` and at
 * most three issues joined by "; ", worded as Medusa's zod helpers word them.
 */
export function validate<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 3).map(describe);
  throw invalidData(`Invalid request: ${messages.join('; ')}`);
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join(', ');
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Unrecognized fields: '${issue.keys.join(', ')}'`;
    case 'invalid_type':
      if (input === undefined) return `Field '${field}' is required`;
      // Medusa 2.21 prints the value it got, not its type: got: '123', got: 'null', got: 'Infinity'.
      return `Expected type: '${issue.expected}' for field '${field}', got: '${shown(input)}'`;
    case 'too_small':
      return `Value for field '${field}' too small, expected at least: '${issue.minimum}'`;
    case 'too_big':
      return `Value for field '${field}' too big, expected at most: '${issue.maximum}'`;
    case 'invalid_value':
      return `Expected: '${issue.values.join(', ')}' for field '${field}', but got: '${shortInput(input)}'`;
    case 'custom':
      return issue.message ? `${issue.message.replace('{field}', field)}` : 'Invalid input';
    default:
      return 'Invalid input';
  }
}

function shown(value: unknown): string {
  return shortInput(value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/**
 * Medusa's booleanString: true/false as JSON booleans or as strings in any case. Medusa answers
 * anything else with a bare "Invalid input"; this names the field and the value instead.
 */
export const booleanString = z.union([z.boolean(), z.string()]).transform((value, context) => {
  if (typeof value === 'boolean') return value;
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  context.addIssue({
    code: 'custom',
    message: `Expected type: 'boolean' for field '{field}', got: '${shortInput(value)}'`,
  });
  return z.NEVER;
});

/**
 * A count the gateway stores as a PostgreSQL integer: stricter than Medusa, which stores 0,
 * negative, fractional and out-of-range numbers as given.
 */
export const wholeNumber = (min: number) =>
  z.number().refine((value) => Number.isInteger(value) && value >= min && value <= INTEGER_MAX, {
    message: `Field '{field}' must be a whole number from ${min} to ${INTEGER_MAX}`,
  });

/** Nullable optional, as Medusa's `nullish()` fields. */
export const nullish = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
