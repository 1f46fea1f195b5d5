import type { GraphQLContext } from '../context.js';
import type { Params } from './sql.js';

/*
 * What the planner needs to know of a field that the schema does not already say: how a computed
 * value is computed in SQL, and which Prisma arguments a root list reads. Each is attached to the
 * field it describes (Pothos `extensions`), beside the resolver it must equal.
 */

/** A row of a model inside the statement: its columns by Prisma field name, and the statement's parameters. */
export interface PlannedRow {
  alias: string;
  column(field: string): string;
  params: Params;
}

export type Args = Record<string, unknown>;

export type PlannerSpec =
  /** A Prisma column whose value the resolver converts (a Decimal as a number, a text as an enum value). */
  | { kind: 'column'; field: string }
  /** A value computed in SQL from the row. */
  | { kind: 'sql'; build: (row: PlannedRow, args: Args) => string }
  /** One row found by a Prisma `where`. */
  | { kind: 'find'; where: (args: Args) => unknown }
  /** A page by offset whose resolver computes `{ where, orderBy, offset, limit }` from the arguments alone. */
  | { kind: 'page' }
  /**
   * A to-one relation whose resolver hides a soft-deleted row (Prisma cannot filter a to-one
   * relation): the planner joins live rows only.
   */
  | { kind: 'live-relation' }
  /**
   * Rows of a model found by a Prisma `where` over columns of the parent row, for a relation
   * Prisma cannot say in a `select` (its filter names the parent): the resolver builds the `where`
   * from the parent's values, the planner from references to the parent's columns.
   */
  | { kind: 'rows'; model: string; uses: readonly string[]; where: (parent: Args) => unknown; orderBy: unknown }
  /** A Relay connection over a Prisma `where` and `orderBy`. */
  | { kind: 'connection'; where: (args: Args, context: GraphQLContext) => unknown; orderBy: (args: Args) => unknown };

export const PLANNER_EXTENSION = 'planner';

/** Field extensions that tell the planner how to read the field. */
export const planned = (spec: PlannerSpec) => ({ [PLANNER_EXTENSION]: spec });

/** A column the resolver converts: a Decimal served as a number, a text served as an enum value. */
export const plannedColumn = (field: string) => planned({ kind: 'column', field });

/** A value the planner computes in SQL, equal to what the resolver computes. */
export const plannedSql = (build: (row: PlannedRow, args: Args) => string) => planned({ kind: 'sql', build });

/** A to-one relation that is null where the related row is soft-deleted, as its resolver makes it. */
export const plannedLiveRelation = () => planned({ kind: 'live-relation' });

/** Rows of a model found by a `where` of the parent's columns `uses`, the same object for the resolver and the planner. */
export const plannedRows = (rows: Omit<Extract<PlannerSpec, { kind: 'rows' }>, 'kind'>) =>
  planned({ kind: 'rows', ...rows });

/** A root field that finds one row by a Prisma `where` of its arguments. */
export const plannedFind = <A>(where: (args: A) => unknown) =>
  planned({ kind: 'find', where: where as (args: Args) => unknown });

/** A root page by offset; its resolver returns the page window and Prisma arguments, and the planner calls it. */
export const plannedPage = () => planned({ kind: 'page' });

/** A root Relay connection over the same Prisma `where` and `orderBy` as its resolver. */
export const plannedConnection = <W, O>(list: {
  where: (args: W, context: GraphQLContext) => unknown;
  orderBy: (args: O) => unknown;
}) =>
  planned({ kind: 'connection', ...(list as unknown as Omit<Extract<PlannerSpec, { kind: 'connection' }>, 'kind'>) });
