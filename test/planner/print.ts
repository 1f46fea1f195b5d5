import {
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isUnionType,
} from 'graphql';
import type { Operation, Passing, PrintedOperation, Selection } from './operations.js';

type ArgValue = Extract<Selection, { kind: 'field' }>['args'][number][1];
type Directive = Selection['directives'][number];

/**
 * Prints an operation as a GraphQL document with its variables. Response keys stay unique within
 * a selection set and the fragments spread into it (a field met again gets an alias), except
 * leaves without arguments met again with the same type, which GraphQL merges: so every document
 * is valid, and fields that merge are tested too.
 */
export function printOperation(schema: GraphQLSchema, operation: Operation): PrintedOperation {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no query type');
  const printer = new Printer(schema);
  const body = printer.set(operation.selections, query, new Map());
  const declarations = printer.declarations.length > 0 ? `(${printer.declarations.join(', ')})` : '';
  const fragments = printer.fragments.map((fragment) => `\n${fragment}`).join('');
  if (operation.named) {
    return {
      text: `query Other { __typename }\nquery Main${declarations} ${body}${fragments}`,
      variables: printer.variables,
      operationName: 'Main',
    };
  }
  return {
    text: `${declarations ? `query ${declarations} ` : ''}${body}${fragments}`,
    variables: printer.variables,
    operationName: null,
  };
}

/** Response key → what a field under it is, for deciding whether a repeat merges or needs an alias. */
type Scope = Map<string, string | null>;

class Printer {
  constructor(private readonly schema: GraphQLSchema) {}

  readonly declarations: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly fragments: string[] = [];

  set(selections: Selection[], parent: GraphQLCompositeType, scope: Scope): string {
    return `{ ${selections.map((selection) => this.selection(selection, parent, scope)).join(' ')} }`;
  }

  private selection(selection: Selection, parent: GraphQLCompositeType, scope: Scope): string {
    const directives = selection.directives.map((directive) => ` ${this.directive(directive)}`).join('');
    if (selection.kind === 'field') return this.field(selection, parent, scope, directives);
    const on = selection.on ? this.schemaType(parent, selection.on) : parent;
    const body = this.set(selection.selections, on, scope);
    if (selection.kind === 'inline') return `...${selection.on ? ` on ${selection.on}` : ''}${directives} ${body}`;
    const name = `F${this.fragments.length}`;
    this.fragments.push(`fragment ${name} on ${selection.on} ${body}`);
    return `...${name}${directives}`;
  }

  private field(
    selection: Extract<Selection, { kind: 'field' }>,
    parent: GraphQLCompositeType,
    scope: Scope,
    directives: string,
  ): string {
    const definition = fieldOf(parent, selection.field);
    const type = definition ? String(definition.type) : 'String!';
    const mergeable =
      selection.selections === null && selection.args.length === 0 ? `${selection.field}:${type}` : null;
    let key = selection.field;
    if (selection.alias || scope.has(key)) {
      const reusable = !selection.alias && mergeable !== null && scope.get(key) === mergeable;
      if (!reusable) key = freshKey(scope, selection.field.replace(/^_+/, ''));
    }
    scope.set(key, mergeable);
    const alias = key === selection.field ? '' : `${key}: `;
    const args =
      selection.args.length > 0
        ? `(${selection.args
            .map(
              ([name, value]) =>
                `${name}: ${this.argument(value, definition?.args.find((arg) => arg.name === name)?.type)}`,
            )
            .join(', ')})`
        : '';
    const named = definition && getNamedType(definition.type);
    const body =
      selection.selections && named && isCompositeType(named)
        ? ` ${this.set(selection.selections, named, new Map())}`
        : '';
    return `${alias}${selection.field}${args}${directives}${body}`;
  }

  private argument(value: ArgValue, declared: GraphQLInputType | undefined): string {
    const type = declared ?? value.type;
    if (value.kind === 'object') {
      const named = getNamedType(type);
      const fields = isInputObjectType(named) ? named.getFields() : {};
      return `{${value.fields.map(([name, inner]) => `${name}: ${this.argument(inner, fields[name]?.type)}`).join(', ')}}`;
    }
    return this.pass(value.value, type, value.passing);
  }

  private directive(directive: Directive): string {
    return `@${directive.name}(if: ${this.pass(directive.value, 'Boolean!', directive.passing)})`;
  }

  /** A value as a literal, as a variable, or as a variable's default left out of the variables. */
  private pass(value: unknown, type: GraphQLInputType | 'Boolean!', passing: Passing): string {
    if (passing === 'literal') return literal(value, type);
    const name = `v${this.declarations.length}`;
    if (passing === 'variable') {
      this.declarations.push(`$${name}: ${String(type)}`);
      this.variables[name] = value;
    } else {
      this.declarations.push(`$${name}: ${String(type)} = ${literal(value, type)}`);
    }
    return `$${name}`;
  }

  private schemaType(parent: GraphQLCompositeType, name: string): GraphQLCompositeType {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : parent;
  }
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isUnionType(parent) || name === '__typename') return undefined;
  return parent.getFields()[name];
}

function freshKey(scope: Scope, base: string): string {
  for (let index = 1; ; index++) {
    const key = `${base}_${index}`;
    if (!scope.has(key)) return key;
  }
}

/** A value in GraphQL's literal syntax, typed by the input type (enum values bare, strings quoted). */
function literal(value: unknown, type: GraphQLInputType | 'Boolean!'): string {
  if (value === null || value === undefined) return 'null';
  if (type === 'Boolean!') return String(value);
  const nullable = getNullableType(type);
  if (isListType(nullable)) return `[${(value as unknown[]).map((item) => literal(item, nullable.ofType)).join(', ')}]`;
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([name, inner]) => `${name}: ${literal(inner, fields[name]?.type ?? nullable)}`)
      .join(', ')}}`;
  }
  if (isEnumType(nullable)) return String(value);
  if (isLeafType(nullable) && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  return JSON.stringify(value);
}
