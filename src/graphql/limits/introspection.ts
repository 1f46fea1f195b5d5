import { GraphQLError, type ValidationRule } from 'graphql';
import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';

/** The fields through which a client reaches the schema's description. */
const ENTRY_POINTS = new Set(['__schema', '__type']);

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (!ENTRY_POINTS.has(node.name.value)) return;
    context.reportError(
      new GraphQLError(`Introspection is turned off on this server; the operation asks for "${node.name.value}".`, {
        nodes: node,
        extensions: { code: 'INTROSPECTION_DISABLED' },
      }),
    );
    return false;
  },
});

/**
 * Refuses `__schema` and `__type` (`__typename` stays), and answers browsers a 404 in place of
 * GraphiQL, which cannot work without introspection.
 */
export function useNoIntrospection(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (!shouldRenderGraphiQL(request)) return;
      const message = 'GraphiQL is not served: introspection is turned off on this server (GRAPHQL_INTROSPECTION).';
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'GRAPHIQL_DISABLED' } }] }), {
          status: 404,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospection);
    },
  };
}
