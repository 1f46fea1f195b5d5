import { LIVE, liveById } from '../core/live.js';
import { builder, type SchemaTypes } from './builder.js';
import type { GraphQLContext } from './context.js';
import {
  connectionPageCap,
  DateTimeFilter,
  dateTimeWhere,
  OrderDirection,
  orderBy,
  type PageWindow,
  pageWindow,
  searchWhere,
} from './lists.js';
import { plannedConnection, plannedFind, plannedPage } from './planner/annotations.js';

/*
 * The root lists of the schema (a filter input, a sort order, a page by offset and a Relay
 * connection) from one description per entity, so every list reads its arguments by the same rules.
 */

type Where = Record<string, unknown>;

/** One criterion of a list's filter input; `column` defaults to the Prisma field the name suggests. */
export type FilterField =
  /** Exact ids; `ids` filters `id`, `productIds` filters `productId`. */
  | { kind: 'ids'; description: string; column?: string }
  /** Exact values of a text column of the same name. */
  | { kind: 'strings'; description: string; column?: string }
  /** Exact values of an enum column of the same name. */
  | { kind: 'enums'; description: string; type: EnumParam; column?: string }
  | { kind: 'boolean'; description: string; column?: string }
  /** A range of instants in a DateTimeFilter. */
  | { kind: 'dates'; description: string; column?: string }
  /** Medusa's `q`: case-insensitive text in any of the columns. */
  | { kind: 'search'; description: string; columns: readonly string[] }
  /** Ids matched through a relation: `where` gives the Prisma criterion for the ids given. */
  | { kind: 'link'; description: string; where: (ids: string[]) => Where };

type EnumParam = Parameters<PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>['field']>[0]['type'];

export interface ListSpec {
  /** The GraphQL object type of the rows, also the prefix of the list's type names. */
  type: string;
  /** The Prisma client's model property. */
  model: string;
  /** The rows in words, singular and plural, for the descriptions. */
  label: string;
  plural: string;
  /** The root field of the page by offset; its connection is `<field>Connection`. */
  field: string;
  /** A description of the page field (none unless given). */
  description?: string;
  /** Whether the list also has a Relay connection. */
  connection: boolean;
  /** The root field that finds one live row by id, and its description; none unless given. */
  find?: { field: string; description: string };
  filters: Record<string, FilterField>;
  /** Sort keys beyond id, created and updated time: enum value name to column, or to [column, words]. */
  orderFields: Record<string, string | readonly [string, string]>;
}

const defaultColumn = (name: string, field: FilterField) =>
  ('column' in field && field.column) || (field.kind === 'ids' ? name.slice(0, -1) : name);

/** The Prisma criterion of one filter field, or none where the argument is absent. */
function criterion(name: string, field: FilterField, value: unknown): Where {
  const column = defaultColumn(name, field);
  switch (field.kind) {
    case 'ids':
    case 'strings':
    case 'enums':
      return value ? { [column]: { in: value } } : {};
    case 'boolean':
      return typeof value === 'boolean' ? { [column]: value } : {};
    case 'dates':
      return { [column]: dateTimeWhere(value as Parameters<typeof dateTimeWhere>[0]) };
    case 'search':
      return { OR: searchWhere(value as string | null | undefined, field.columns) };
    case 'link':
      return value ? field.where(value as string[]) : {};
  }
}

function filterInput(t: PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>, field: FilterField) {
  const { description } = field;
  switch (field.kind) {
    case 'ids':
    case 'link':
      return t.idList({ description, required: false });
    case 'strings':
      return t.stringList({ description, required: false });
    case 'enums':
      return t.field({ description, type: [field.type] as never, required: false });
    case 'boolean':
      return t.boolean({ description, required: false });
    case 'dates':
      return t.field({ description, type: DateTimeFilter, required: false });
    case 'search':
      return t.string({ description, required: false });
  }
}

const orderValue = (column: string, words: string) => ({ value: column, description: `Sort by ${words}.` });

interface Page extends PageWindow {
  where: unknown;
  orderBy: unknown;
}

/** What the resolvers need of a Prisma model; every model's client has these. */
interface Rows {
  findFirst(args: object): Promise<never | null>;
  findMany(args: object): Promise<never[]>;
  count(args: { where: unknown }): Promise<number>;
}

type QueryFieldBuilder = PothosSchemaTypes.QueryFieldBuilder<SchemaTypes, object>;

/**
 * Defines a list's filter input, sort order and page type, and returns its `where` builder and its
 * root fields, to spread into `builder.queryFields`.
 */
export function defineList<W>(spec: ListSpec) {
  const { type, label, plural } = spec;
  // The fields below are typed as of one model: Pothos types a Prisma field by a literal type name.
  const rowType = type as 'Product';
  const rows = (context: GraphQLContext) => (context.prisma as unknown as Record<string, Rows>)[spec.model] as Rows;

  const Filter = builder.inputType(`${type}Filter`, {
    description: `Criteria for ${label} rows; every criterion given must hold.`,
    fields: (t) =>
      Object.fromEntries(Object.entries(spec.filters).map(([name, field]) => [name, filterInput(t, field)])),
  });

  const OrderField = builder.enumType(`${type}OrderField`, {
    description: `A column to sort ${label} rows by.`,
    values: {
      ID: orderValue('id', 'id'),
      CREATED_AT: orderValue('createdAt', 'created time'),
      UPDATED_AT: orderValue('updatedAt', 'updated time'),
      ...Object.fromEntries(
        Object.entries(spec.orderFields).map(([name, column]) => [
          name,
          typeof column === 'string' ? orderValue(column, column) : orderValue(column[0], column[1]),
        ]),
      ),
    },
  });

  const Order = builder.inputType(`${type}Order`, {
    description: `One sort key for ${label} rows.`,
    fields: (t) => ({
      field: t.field({ description: 'What to sort by.', type: OrderField, required: true }),
      direction: t.field({
        description: 'Ascending (the default) or descending.',
        type: OrderDirection,
        required: false,
        defaultValue: 'asc',
      }),
    }),
  });

  type Filters = Record<string, unknown> | null | undefined;
  type Sorts = Parameters<typeof orderBy>[0];

  /** Live rows that match every criterion given. */
  const where = (filter: Filters): W => {
    const criteria = Object.entries(spec.filters).map(([name, field]) => criterion(name, field, filter?.[name]));
    return Object.assign({ ...LIVE }, ...criteria);
  };

  const PageRef = builder.objectRef<Page>(`${type}Page`).implement({
    description: `A page of ${plural} by offset, with the total count before paging.`,
    fields: (t) => ({
      nodes: t.prismaField({
        description: 'The rows of this page.',
        type: [rowType],
        resolve: (query, page, _args, context) =>
          rows(context).findMany({
            ...query,
            where: page.where,
            orderBy: page.orderBy,
            skip: page.offset,
            take: page.limit,
          }),
      }),
      count: t.int({
        description: 'How many rows match the filter, before paging.',
        resolve: (page, _args, context) => rows(context).count({ where: page.where }),
      }),
      offset: t.exposeInt('offset', { description: 'Rows skipped before this page.' }),
      limit: t.exposeInt('limit', { description: 'The page size asked for (20 unless given).' }),
    }),
  });

  const listArgs = (t: QueryFieldBuilder) => ({
    filter: t.arg({ description: 'Only rows that match every criterion given.', type: Filter, required: false }),
    order: t.arg({
      description: 'Sort order; ties are broken by id, so pages are stable.',
      type: [Order],
      required: false,
    }),
  });

  const pageField = (t: QueryFieldBuilder) =>
    t.field({
      type: PageRef,
      description: spec.description,
      args: {
        ...listArgs(t),
        limit: t.arg.int({ required: false, description: 'Defaults to 20, at most 200.' }),
        offset: t.arg.int({ description: 'Rows to skip: 0 or more.', required: false }),
      },
      extensions: plannedPage(),
      resolve: (_root, args): Page => ({
        ...pageWindow(args),
        where: where(args.filter),
        orderBy: orderBy(args.order as Sorts),
      }),
    });

  const connectionField = (t: QueryFieldBuilder) =>
    t.prismaConnection(
      {
        description: `Live ${plural}, a page by cursor (Relay connection).`,
        type: rowType,
        cursor: 'id',
        maxSize: connectionPageCap,
        args: listArgs(t),
        extensions: plannedConnection({
          where: (args: { filter?: Filters }) => where(args.filter),
          orderBy: (args: { order?: Sorts }) => orderBy(args.order),
        }),
        totalCount: (_parent, args, context) => rows(context).count({ where: where(args.filter) }),
        resolve: (query, _root, args, context) =>
          rows(context).findMany({ ...query, where: where(args.filter), orderBy: orderBy(args.order as Sorts) }),
      },
      { name: `${type}Connection` },
      { name: `${type}Edge` },
    );

  const findField = (t: QueryFieldBuilder, find: { description: string }) =>
    t.prismaField({
      description: find.description,
      type: rowType,
      nullable: true,
      extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
      args: { id: t.arg.id({ description: 'The id.', required: true }) },
      resolve: (query, _root, { id }, context) => rows(context).findFirst({ ...query, where: liveById(id) }),
    });

  /** The list's root fields: the find by id, the page by offset, then its connection where it has one. */
  const queryFields = (t: QueryFieldBuilder) => ({
    ...(spec.find ? { [spec.find.field]: findField(t, spec.find) } : {}),
    [spec.field]: pageField(t),
    ...(spec.connection ? { [`${spec.field}Connection`]: connectionField(t) } : {}),
  });

  return { where, queryFields };
}
