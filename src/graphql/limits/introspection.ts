import { GraphQLError, getNamedType, isIntrospectionType, type ValidationRule } from 'graphql';
import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';

const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    const type = context.getType();
    if (!type || !isIntrospectionType(getNamedType(type))) return;
    context.reportError(
      new GraphQLError(`Introspection is turned off on this server; the operation asks for "${node.name.value}".`, {
        nodes: node,
        extensions: { code: 'INTROSPECTION_DISABLED' },
      }),
    );
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
