import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getDirectiveValues,
  isAbstractType,
  Kind,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';

export interface CollectContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields a selection asks of an object type, grouped by response key in the order the client
 * wrote them, as graphql-js collects them: fragments spread, `@skip`/`@include` applied.
 */
export function collectFields(
  context: CollectContext,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(context, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const existing = fields.get(key);
        if (existing) existing.push(selection);
        else fields.set(key, [selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || conditionMatches(context, selection.typeCondition.name.value, type))
          visit(selection.selectionSet);
      } else {
        const name = selection.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const fragment = context.fragments[name];
        if (fragment && conditionMatches(context, fragment.typeCondition.name.value, type))
          visit(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}

function included(context: CollectContext, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, context.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, context.variables);
  return include?.if !== false;
}

function conditionMatches(context: CollectContext, name: string, type: GraphQLObjectType): boolean {
  const condition = typeFromAST(context.schema, { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: name } });
  if (!condition) return false;
  if (condition === type) return true;
  return isAbstractType(condition) && context.schema.isSubType(condition, type);
}

/** The selection sets of all the nodes of one response key, merged as graphql-js merges them. */
export const subSelections = (nodes: readonly FieldNode[]): SelectionSetNode[] =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
