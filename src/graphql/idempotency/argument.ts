import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { type GraphQLFieldResolver, type GraphQLSchema, GraphQLString } from 'graphql';

export const IDEMPOTENCY_ARGUMENT = 'idempotencyKey';

const finishedFields = new WeakMap<object, number>();

/**
 * Gives every mutation field an `idempotencyKey` argument, in one place rather than in each field.
 * It also notes, per operation context, each mutation field whose resolver finished: from then on
 * its change is committed, which decides whether a result may be replayed (see the plugin).
 */
export function withIdempotencyKeyArgument(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (field) => ({
      ...field,
      args: {
        ...field.args,
        [IDEMPOTENCY_ARGUMENT]: {
          type: GraphQLString,
          description:
            'Makes a retry safe: the first result of an operation is kept for 24 hours per caller and key and replayed for a retry with the same key; the same key with another operation or variables is a CONFLICT error. One key per operation.',
        },
      },
      resolve: noteFinished(field.resolve),
    }),
  });
}

/** How many mutation fields of the operation with this context finished resolving. */
export const finishedMutationFields = (context: object) => finishedFields.get(context) ?? 0;

function noteFinished(
  resolve: GraphQLFieldResolver<unknown, object> | undefined,
): GraphQLFieldResolver<unknown, object> | undefined {
  if (!resolve) return resolve;
  return async (source, args, context, info) => {
    const value = await resolve(source, args, context, info);
    finishedFields.set(context, finishedMutationFields(context) + 1);
    return value;
  };
}
