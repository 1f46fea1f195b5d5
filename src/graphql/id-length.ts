import {
  type DocumentNode,
  GraphQLError,
  GraphQLID,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_ID_LENGTH } from '../core/ids.js';
import { quoteInput } from '../quote-input.js';

/** The message for an id longer than any accepted, naming the field; null when the id is not too long. */
export function tooLongIdMessage(field: string, value: string): string | null {
  if (value.length <= MAX_ID_LENGTH) return null;
  return `Field '${field}' is ${value.length} characters long; the longest id accepted is ${MAX_ID_LENGTH} (got ${quoteInput(value)})`;
}

/**
 * Refuses, before anything runs, an ID argument or input field longer than MAX_ID_LENGTH, in
 * variables and in literals alike, as BAD_USER_INPUT (the REST shim answers it as invalid_data).
 */
export function useIdLengthLimit(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const message =
        tooLongInLiterals(args.schema, args.document) ??
        tooLongInVariables(args.schema, args.document, args.variableValues);
      if (message === null) return;
      setResultAndStopExecution({
        errors: [new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })],
      });
    },
  };
}

const literalVerdicts = new WeakMap<DocumentNode, string | null>();

function tooLongInLiterals(schema: GraphQLSchema, document: DocumentNode): string | null {
  const known = literalVerdicts.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  const typeInfo = new TypeInfo(schema);
  const names: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument: {
        enter: (node) => void names.push(node.name.value),
        leave: () => void names.pop(),
      },
      ObjectField: {
        enter: (node) => void names.push(node.name.value),
        leave: () => void names.pop(),
      },
      [Kind.STRING](node) {
        const type = typeInfo.getInputType();
        if (found === null && type && getNamedType(type) === GraphQLID)
          found = tooLongIdMessage(names.join('.'), node.value);
      },
    }),
  );
  literalVerdicts.set(document, found);
  return found;
}

function tooLongInVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | null | undefined,
): string | null {
  if (!variables) return null;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      const name = variable.variable.name.value;
      if (type) {
        const found = tooLongIn(type, variables[name], `$${name}`);
        if (found) return found;
      }
    }
  }
  return null;
}

function tooLongIn(type: GraphQLInputType, value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return tooLongIn(nullable.ofType, value, field);
    for (const item of value) {
      const found = tooLongIn(nullable.ofType, item, field);
      if (found) return found;
    }
    return null;
  }
  if (nullable === GraphQLID) return typeof value === 'string' ? tooLongIdMessage(field, value) : null;
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const inputField = fields[key];
      const found = inputField ? tooLongIn(inputField.type, inner, `${field}.${key}`) : null;
      if (found) return found;
    }
  }
  return null;
}
