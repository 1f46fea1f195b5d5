import { DOMAIN_ERRORS, type DomainError, type ErrorCode } from '../core/errors.js';
import { builder } from './builder.js';

const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: "What kind of failure an error is; mirrors Medusa's error types.",
  values: {
    NOT_FOUND: { description: 'Something the input names does not exist (Medusa: not_found).' },
    INVALID_DATA: { description: 'The input breaks a rule (Medusa: invalid_data).' },
    NOT_ALLOWED: { description: 'The operation is not allowed in the current state (Medusa: not_allowed).' },
    DUPLICATE: { description: 'A unique value is already taken (Medusa: invalid_data on unique violations).' },
    CONFLICT: { description: 'Another change got there first; retry with fresh data (Medusa: conflict).' },
  } satisfies Record<ErrorCode, unknown>,
});

/**
 * Named so that generated client code exports no type called `Error`, which would shadow
 * JavaScript's global `Error` wherever it is imported.
 */
export const MutationErrorInterface = builder.interfaceRef<DomainError>('MutationError').implement({
  description:
    "A failure a mutation reports as data: nothing was changed. Each mutation's result union lists exactly the errors it can return.",
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in words a person can act on.' }),
    code: t.field({
      type: ErrorCodeEnum,
      description: 'The kind of failure; the same as the concrete type.',
      resolve: (error) => error.code,
    }),
    path: t.stringList({
      nullable: true,
      description:
        'Where in the input the problem is, e.g. ["input", "prices", "0", "amount"]; null when no field is to blame.',
      // The domain names a place within the mutation's one `input` argument.
      resolve: (error) => error.path && ['input', ...error.path],
    }),
  }),
});

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  NOT_FOUND: 'Something the input names does not exist, or was deleted.',
  INVALID_DATA: 'The input breaks a rule: a range, a required value, a JSON shape.',
  NOT_ALLOWED: 'The change is not allowed in the current state of the data.',
  DUPLICATE: 'A value that must be unique among live rows is already taken.',
  CONFLICT: 'Another change got there first (a compare-and-set found another value); read again and retry.',
};

for (const ErrorClass of DOMAIN_ERRORS) {
  builder.objectType(ErrorClass, {
    name: ErrorClass.name,
    description: ERROR_DESCRIPTIONS[new ErrorClass('').code],
    interfaces: [MutationErrorInterface],
    isTypeOf: (value) => value instanceof ErrorClass,
  });
}

/**
 * The `errors` option of a mutation: the typed errors its rules can raise, and only those, so its
 * result union tells a client exactly which cases to handle. An error it raises that is not listed
 * escapes the union and fails the operation as an unexpected error (see the GraphQL handler).
 */
export const raises = (...types: (typeof DOMAIN_ERRORS)[number][]) => ({ types });
