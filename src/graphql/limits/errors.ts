import { GraphQLError, type ValidationContext } from 'graphql';

/** A refused operation: a GraphQL error whose code names the limit. */
export const limitError = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extensions } });

/**
 * graphql-armor's onReject callback, reporting its refusal with our code and without the
 * "Syntax Error:" prefix it puts on every message. Validation rules report the error; the token
 * limit, which runs in the parser (no context), throws it to stop parsing.
 */
export const reportAs =
  (code: string) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const refusal = limitError(error.message.replace(/^Syntax Error: /, ''), code);
    if (!context) throw refusal;
    context.reportError(refusal);
  };
