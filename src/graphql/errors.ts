import { DOMAIN_ERRORS, type DomainError, type ErrorCode } from '../domain/errors.js';
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

export const ErrorInterface = builder.interfaceRef<DomainError>('Error').implement({
  description: 'A failure a mutation reports as data: nothing was changed.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCodeEnum, resolve: (error) => error.code }),
    path: t.exposeStringList('path', {
      nullable: true,
      description: 'Where in the input the problem is, for validation errors.',
    }),
  }),
});

for (const ErrorClass of DOMAIN_ERRORS) {
  builder.objectType(ErrorClass, {
    name: ErrorClass.name,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof ErrorClass,
  });
}
