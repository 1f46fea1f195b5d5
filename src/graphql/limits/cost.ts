import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  typeFromAST,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../core/page-size.js';

/**
 * The size assumed for a list that takes no page size (a product's variants, a variant's prices):
 * such lists are small in practice, and the assumption keeps nesting them from looking free.
 */
export const UNPAGED_LIST_SIZE = 10;

const PAGE_SIZE_ARGUMENTS = ['limit', 'first', 'last'] as const;

type Variables = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
  /**
   * Costs already computed, by selection set, then type and page size: a fragment spread many
   * times (or fragments spreading each other twice over) is walked once, not exponentially often.
   */
  known: Map<SelectionSetNode, Map<string, number>>;
}

/**
 * The cost of an operation: every field counts 1, and a list counts its selection once per item
 * it may return, nested lists multiplying. A list's size is its page size (`limit`, `first` or
 * `last`, from the document or its variables, or the default page size), the number of `ids` it
 * is given, or UNPAGED_LIST_SIZE. A page size argument on a page or connection object sizes the
 * list inside it (`nodes`, `edges`), so `count` and `pageInfo` count once.
 * Null when the operation or its variables are invalid: execution reports those itself.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Variables | null | undefined,
): number | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  try {
    const walk = { schema, fragments, variables: coerced.coerced, known: new Map() };
    return selectionCost(walk, operation.selectionSet, root, null);
  } catch (error) {
    // An argument its variable leaves invalid (null where required): execution reports it.
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/** `pageSize` is the size a page object's argument gave, waiting for the list inside it. */
function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  pageSize: number | null,
): number {
  const byContext = walk.known.get(selectionSet) ?? new Map<string, number>();
  walk.known.set(selectionSet, byContext);
  const context = `${type.name}:${pageSize}`;
  const known = byContext.get(context);
  if (known !== undefined) return known;
  const cost = uncachedSelectionCost(walk, selectionSet, type, pageSize);
  byContext.set(context, cost);
  return cost;
}

function uncachedSelectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  pageSize: number | null,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const field = fieldOf(type, selection.name.value);
      // Introspection is bounded by the schema, not by the data, and has a switch of its own.
      if (!field || selection.name.value.startsWith('__')) {
        cost += 1;
        continue;
      }
      const args = getArgumentValues(field, selection, walk.variables);
      const ownSize = pageSizeOf(field, args);
      const childType = getNamedType(field.type);
      let size = 1;
      let passedOn = ownSize;
      if (isListType(getNullableType(field.type))) {
        size = ownSize ?? pageSize ?? idsCount(args) ?? UNPAGED_LIST_SIZE;
        passedOn = null;
      }
      const below =
        selection.selectionSet && isCompositeType(childType)
          ? selectionCost(walk, selection.selectionSet, childType, passedOn)
          : 0;
      cost += 1 + size * below;
    } else {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition ? typeFromAST(walk.schema, fragment.typeCondition) : type;
      if (condition && isCompositeType(condition))
        cost += selectionCost(walk, fragment.selectionSet, condition, pageSize);
    }
  }
  return cost;
}

function fieldOf(type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** The page a field asks for, bounded as the resolvers bound it (they refuse larger pages). */
function pageSizeOf(field: GraphQLField<unknown, unknown>, args: Variables): number | null {
  if (!field.args.some((arg) => (PAGE_SIZE_ARGUMENTS as readonly string[]).includes(arg.name))) return null;
  const sizes = PAGE_SIZE_ARGUMENTS.map((name) => args[name]).filter((value) => typeof value === 'number');
  if (sizes.length === 0) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(0, ...sizes));
}

function idsCount(args: Variables): number | null {
  return Array.isArray(args.ids) ? args.ids.length : null;
}

function included(walk: Walk, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}
