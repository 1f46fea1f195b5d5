import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import type { ValuePool } from './values.js';

/**
 * Random read operations built from the schema itself: the query type and every type reachable
 * from it, their fields and arguments as the GraphQLSchema object describes them. Argument values
 * come from the catalog (a ValuePool) so that filters, ids and cursors hit real rows.
 */

/** How an argument's value reaches the server. */
export type Passing = 'literal' | 'variable' | 'variable-default';

type ArgValue =
  | { kind: 'value'; type: GraphQLInputType; value: unknown; passing: Passing }
  | { kind: 'object'; type: GraphQLInputType; fields: [string, ArgValue][] };

interface Directive {
  name: 'include' | 'skip';
  value: boolean;
  passing: Passing;
}

export type Selection =
  | {
      kind: 'field';
      field: string;
      alias: boolean;
      args: [string, ArgValue][];
      directives: Directive[];
      selections: Selection[] | null;
    }
  | { kind: 'inline'; on: string | null; directives: Directive[]; selections: Selection[] }
  | { kind: 'spread'; on: string; directives: Directive[]; selections: Selection[] };

export interface Operation {
  selections: Selection[];
  /** Named (with a second operation beside it, so operationName matters) or anonymous. */
  named: boolean;
}

export interface PrintedOperation {
  text: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

export interface OperationLimits {
  /** Levels of fields below the query type. */
  maxDepth: number;
  /** Selections per selection set. */
  maxWidth: number;
  /** Fragments within fragments. */
  maxFragmentNesting: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 5, maxWidth: 3, maxFragmentNesting: 2 };

export function operationArbitrary(
  schema: GraphQLSchema,
  pool: ValuePool,
  limits: OperationLimits = DEFAULT_LIMITS,
): fc.Arbitrary<Operation> {
  const query = schema.getQueryType();
  if (!query) throw new Error('the schema has no query type');
  const builder = new SelectionArbitraries(schema, pool, limits);
  return fc.record({
    selections: fc.array(builder.selection(query, 1, 0), { minLength: 1, maxLength: Math.min(2, limits.maxWidth) }),
    named: fc.boolean(),
  });
}

class SelectionArbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<Selection>>();
  private readonly args: ArgumentArbitraries;

  constructor(
    private readonly schema: GraphQLSchema,
    pool: ValuePool,
    private readonly limits: OperationLimits,
  ) {
    this.args = new ArgumentArbitraries(schema, pool);
  }

  /** One selection in a set on `type`: a field, __typename, or a fragment on a type it can be. */
  selection(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, nesting: number): fc.Arbitrary<Selection> {
    const key = `${type.name}:${depth}:${nesting}`;
    const known = this.memo.get(key);
    if (known) return known;
    // Fields are drawn more often than fragments, except on abstract types, which are mostly
    // selected through fragments on what they can be.
    const fieldWeight = isAbstractType(type) ? 1 : 4;
    const options: fc.WeightedArbitrary<Selection>[] = [{ arbitrary: this.typename(), weight: fieldWeight }];
    for (const field of Object.values(type.getFields())) {
      const arbitrary = this.field(type, field, depth);
      if (arbitrary) options.push({ arbitrary, weight: fieldWeight });
    }
    if (nesting < this.limits.maxFragmentNesting) {
      const fragmentWeight = isAbstractType(type) ? 3 : 1;
      for (const on of this.fragmentTargets(type)) {
        options.push(
          { arbitrary: this.fragment(on, depth, nesting + 1, 'inline'), weight: fragmentWeight },
          { arbitrary: this.fragment(on, depth, nesting + 1, 'spread'), weight: fragmentWeight },
        );
      }
      options.push({ arbitrary: this.untypedFragment(type, depth, nesting + 1), weight: 1 });
    }
    // Cross-shrinking lets a failing selection shrink to the first option, __typename.
    const arbitrary = fc.oneof({ withCrossShrink: true }, ...options);
    this.memo.set(key, arbitrary);
    return arbitrary;
  }

  private set(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, nesting: number) {
    return fc.array(this.selection(type, depth, nesting), { minLength: 1, maxLength: this.limits.maxWidth });
  }

  private typename(): fc.Arbitrary<Selection> {
    return fc.record({
      kind: fc.constant('field' as const),
      field: fc.constant('__typename'),
      alias: fc.boolean(),
      args: fc.constant([]),
      directives: directives(),
      selections: fc.constant(null),
    });
  }

  private field(
    parent: GraphQLObjectType | GraphQLInterfaceType,
    field: GraphQLField<unknown, unknown>,
    depth: number,
  ): fc.Arbitrary<Selection> | null {
    const named = getNamedType(field.type);
    let selections: fc.Arbitrary<Selection[] | null>;
    if (isLeafType(named)) selections = fc.constant(null);
    else if (depth >= this.limits.maxDepth) return null;
    else if (isObjectType(named) || isInterfaceType(named)) selections = this.set(named, depth + 1, 0);
    else return null;
    return fc.record({
      kind: fc.constant('field' as const),
      field: fc.constant(field.name),
      alias: fc.boolean(),
      args: this.args.forField(parent, field),
      directives: directives(),
      selections,
    });
  }

  /** The types a fragment in a set on `type` can name: itself, its interfaces, or what it can be. */
  private fragmentTargets(
    type: GraphQLObjectType | GraphQLInterfaceType,
  ): (GraphQLObjectType | GraphQLInterfaceType)[] {
    if (isObjectType(type)) return [type, ...type.getInterfaces()];
    return [type, ...this.schema.getPossibleTypes(type)];
  }

  private fragment(
    on: GraphQLObjectType | GraphQLInterfaceType,
    depth: number,
    nesting: number,
    kind: 'inline' | 'spread',
  ): fc.Arbitrary<Selection> {
    return fc.record({
      kind: fc.constant(kind),
      on: fc.constant(on.name),
      directives: directives(),
      selections: this.set(on, depth, nesting),
    });
  }

  private untypedFragment(type: GraphQLObjectType | GraphQLInterfaceType, depth: number, nesting: number) {
    return fc.record({
      kind: fc.constant('inline' as const),
      on: fc.constant(null),
      directives: directives(),
      selections: this.set(type, depth, nesting),
    });
  }
}

/** An optional input field: absent more often than not, so that filters still find rows. */
function sometimes<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant(null), weight: 3 },
    { arbitrary: value, weight: 1 },
  );
}

function passing(): fc.Arbitrary<Passing> {
  return fc.constantFrom<Passing>('literal', 'variable', 'variable-default');
}

/** @include, @skip, both, or (mostly) neither: each at most once, as GraphQL allows. */
function directives(): fc.Arbitrary<Directive[]> {
  const directive = (name: Directive['name']) =>
    fc.record({ name: fc.constant(name), value: fc.boolean(), passing: passing() });
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant<Directive[]>([]), weight: 12 },
    fc.tuple(directive('include')),
    fc.tuple(directive('skip')),
    fc.tuple(directive('include'), directive('skip')),
  );
}

/** Argument values by the argument's name and type, drawn from the catalog. */
class ArgumentArbitraries {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly pool: ValuePool,
  ) {}

  forField(
    parent: GraphQLObjectType | GraphQLInterfaceType,
    field: GraphQLField<unknown, unknown>,
  ): fc.Arbitrary<[string, ArgValue][]> {
    if (field.args.length === 0) return fc.constant([]);
    const entity = this.entityOf(getNamedType(field.type));
    const context: ArgContext = { entity, coordinate: `${parent.name}.${field.name}` };
    const names = new Set(field.args.map((arg) => arg.name));
    const paged = names.has('first') && names.has('last');
    const parts: fc.Arbitrary<[string, ArgValue][]>[] = field.args
      .filter((arg) => !(paged && ['first', 'after', 'last', 'before'].includes(arg.name)))
      .map((arg) => {
        const entry = this.argument(arg.name, arg.type, context).map((inner): [string, ArgValue][] => [
          [arg.name, inner],
        ]);
        return isNonNullType(arg.type)
          ? entry
          : fc.oneof({ withCrossShrink: true }, { arbitrary: fc.constant<[string, ArgValue][]>([]), weight: 2 }, entry);
      });
    if (paged) parts.push(this.paging(context));
    return fc.tuple(...parts).map((entries) => entries.flat());
  }

  /** first/after or last/before (one direction per page, as Relay's spec has it), cursors from the catalog. */
  private paging(context: ArgContext): fc.Arbitrary<[string, ArgValue][]> {
    const optional = (name: string, type: string) =>
      fc.option(
        this.argument(name, this.schema.getType(type) as GraphQLInputType, context).map((value): [string, ArgValue] => [
          name,
          value,
        ]),
        { nil: null },
      );
    const pair = (count: string, at: string) =>
      fc
        .tuple(optional(count, 'Int'), optional(at, 'String'))
        .map((entries) => entries.filter((entry): entry is [string, ArgValue] => entry !== null));
    return fc.oneof(pair('first', 'after'), pair('last', 'before'));
  }

  private argument(name: string, type: GraphQLInputType, context: ArgContext): fc.Arbitrary<ArgValue> {
    const named = getNamedType(type);
    if (isInputObjectType(named) && !isListType(getNullableType(type))) {
      const fields = Object.values(named.getFields()).map((field) => {
        const value = this.argument(field.name, field.type, context).map((inner): [string, ArgValue] => [
          field.name,
          inner,
        ]);
        return isNonNullType(field.type) ? value : sometimes(value);
      });
      const object = fc
        .tuple(...fields)
        .map((entries) => entries.filter((entry): entry is [string, ArgValue] => entry !== null));
      return fc.oneof(
        object.map((fields): ArgValue => ({ kind: 'object', type, fields })),
        fc
          .tuple(this.plain(name, type, context), passing())
          .map(([value, how]): ArgValue => ({ kind: 'value', type, value, passing: how })),
      );
    }
    return fc
      .tuple(this.plain(name, type, context), passing())
      .map(([value, how]): ArgValue => ({ kind: 'value', type, value, passing: how }));
  }

  /** A value in its JSON (variables) form. */
  private plain(name: string, type: GraphQLInputType, context: ArgContext): fc.Arbitrary<unknown> {
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const item = this.plain(name, nullable.ofType, context);
      // Mostly one to three items; an empty list (which matches nothing) now and then.
      return fc.oneof({ arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }), weight: 8 }, fc.constant([]));
    }
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      const fields = Object.values(named.getFields()).map((field) => {
        const value = this.plain(field.name, field.type, context).map((inner): [string, unknown] => [
          field.name,
          inner,
        ]);
        return isNonNullType(field.type) ? value : sometimes(value);
      });
      return fc.tuple(...fields).map((entries) => Object.fromEntries(entries.filter((entry) => entry !== null)));
    }
    if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((value) => value.name));
    return this.scalar(name, named.name, context);
  }

  private scalar(name: string, scalar: string, context: ArgContext): fc.Arbitrary<unknown> {
    const pool = this.pool;
    switch (scalar) {
      case 'Boolean':
        return fc.boolean();
      case 'Int':
        if (name === 'limit' || name === 'offset' || name === 'first' || name === 'last') {
          return fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 200 }));
        }
        return fc.integer({ min: 1, max: 20 });
      case 'Float':
        return fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(0.1, 0.5, 1e-7));
      case 'DateTime':
        return this.date(context.entity);
      case 'ID':
        return this.id(name, context);
      default:
        break;
    }
    if (name === 'after' || name === 'before')
      return fc.constantFrom(...(pool.cursors.get(context.coordinate) ?? ['']));
    if (name === 'sku') return fc.oneof(fc.constantFrom(...pool.skus), fc.constant('NO-SUCH-SKU'));
    if (name === 'handle') return fc.oneof(fc.constantFrom(...pool.handles), fc.constant('no-such-handle'));
    if (name === 'currencyCode') return fc.oneof(fc.constantFrom(...pool.currencyCodes), fc.constantFrom('EUR', 'gbp'));
    if (name === 'q') return searchTerm(pool.texts);
    return fc.constantFrom(...pool.texts);
  }

  /** Ids for an argument: of the type its name says (`locationIds` → StockLocation), live, deleted, missing, or of another type. */
  private id(name: string, context: ArgContext): fc.Arbitrary<string> {
    const typeName = name === 'id' || name === 'ids' ? context.entity : this.typeNamed(name.replace(/Ids?$/, ''));
    const all = [...this.pool.ids.values()];
    const anyLive = fc.constantFrom(...all.flatMap((ids) => ids.live.slice(0, 8)));
    const anyDeleted = fc.constantFrom(...all.flatMap((ids) => ids.deleted));
    const prefixes = all.map((ids) => ids.prefix);
    const missing = fc
      .tuple(fc.constantFrom(...prefixes), fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/))
      .map(([prefix, ulid]) => `${prefix}_${ulid}`);
    const other = fc.oneof(fc.constantFrom(...this.pool.otherIds), fc.constantFrom('nope', 'prod_', '01JDEMO'));
    const own = typeName ? this.pool.ids.get(typeName) : undefined;
    if (name === 'regionId') return fc.constantFrom(...this.pool.regionIds, 'reg_01JDEMO0000000000000000XX');
    if (!own) {
      return fc.oneof({ arbitrary: anyLive, weight: 6 }, anyDeleted, missing, other);
    }
    const ownLive = own.live.length > 0 ? fc.constantFrom(...own.live) : anyLive;
    const ownDeleted = own.deleted.length > 0 ? fc.constantFrom(...own.deleted) : anyDeleted;
    return fc.oneof({ arbitrary: ownLive, weight: 8 }, { arbitrary: ownDeleted, weight: 2 }, missing, anyLive, other);
  }

  private date(entity: string | null): fc.Arbitrary<string> {
    const own = (entity && this.pool.dates.get(entity)) || [...this.pool.dates.values()].flat();
    const shifted = fc
      .tuple(fc.constantFrom(...own), fc.constantFrom(-1, 1, -60_000, 3_600_000))
      .map(([date, by]) => new Date(Date.parse(date) + by).toISOString());
    return fc.oneof(
      { arbitrary: fc.constantFrom(...own), weight: 3 },
      shifted,
      fc.constantFrom('2000-01-01T00:00:00.000Z', '2999-12-31T23:59:59.999Z'),
    );
  }

  /** The entity a field returns: the type itself, or the node type of a page (`nodes`) or connection (`edges`). */
  private entityOf(type: GraphQLNamedType): string | null {
    if (!isObjectType(type) && !isInterfaceType(type)) return null;
    if (isAbstractType(type)) return null;
    const fields = type.getFields();
    if (fields.nodes) return getNamedType(fields.nodes.type).name;
    const edges = fields.edges && getNamedType(fields.edges.type);
    if (edges && isObjectType(edges)) return getNamedType(edges.getFields().node?.type ?? edges).name;
    return type.name;
  }

  /** The Node type an argument name refers to: `location` → StockLocation, `salesChannel` → SalesChannel. */
  private typeNamed(stem: string): string | null {
    const wanted = stem.toLowerCase();
    const nodeTypes = [...this.pool.ids.keys()];
    return (
      nodeTypes.find((type) => type.toLowerCase() === wanted) ??
      nodeTypes.find((type) => type.toLowerCase().endsWith(wanted)) ??
      null
    );
  }
}

interface ArgContext {
  /** The Node type the field lists or returns, if any. */
  entity: string | null;
  /** "Query.productsConnection": where cursors for after/before are found. */
  coordinate: string;
}

/** `q`: a piece of a real text in another case, or text that matches nothing, blank, or LIKE's wildcards. */
function searchTerm(texts: string[]): fc.Arbitrary<string> {
  const piece = fc
    .tuple(fc.constantFrom(...texts), fc.nat(), fc.integer({ min: 1, max: 8 }), fc.boolean())
    .map(([text, start, length, upper]) => {
      const from = start % Math.max(1, text.length);
      const part = text.slice(from, from + length);
      return upper ? part.toUpperCase() : part.toLowerCase();
    });
  return fc.oneof({ arbitrary: piece, weight: 6 }, fc.constantFrom('', '  ', '%', '_', 'no such thing', ' Tee '));
}
