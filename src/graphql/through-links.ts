import type { FieldRef, ObjectRef } from '@pothos/core';
import type { SchemaTypes } from './builder.js';

/*
 * A list of rows reached through one of Medusa's link tables (product_variant_option,
 * product_sales_channel, …): the parent's link rows (filtered and ordered as the link's rules
 * say), then the row each link points to. The field's `select` is what Prisma loads and what the
 * read planner reads (docs/planner.md), so both paths take the same links.
 */

type Query = Record<string, unknown>;

export interface ThroughLinks {
  /** The GraphQL type of the rows reached. */
  type: ObjectRef<SchemaTypes, unknown>;
  description?: string;
  /** The parent's relation to its link rows. */
  links: string;
  /** Which link rows count: their own soft delete, the linked row's. */
  where: Query;
  orderBy?: Query;
  /**
   * The relations from a link row to the rows: one (`option`), or a to-one relation then a
   * to-many one (`['priceSet', 'prices']`), whose rows are filtered and ordered by `rows`.
   */
  to: string | readonly [string, string];
  rows?: { where: Query; orderBy: Query };
}

/** A row reached from a link row, with the to-many relation loaded where there is a second step. */
type Linked = Record<string, Record<string, unknown>[]>;
type NestedSelection = (query: true | Query) => Query;

/** What the helper asks of a Prisma type's field builder (seen through this view: the relations are named as data). */
interface LinkFieldBuilder {
  field(options: {
    type: [ObjectRef<SchemaTypes, unknown>];
    description?: string;
    select: (args: unknown, context: unknown, nestedSelection: NestedSelection) => Query;
    resolve: (parent: Record<string, Record<string, Linked>[]>) => unknown[];
  }): FieldRef<SchemaTypes>;
}

/** The field listing the rows `spec` reaches through the parent's link rows. */
export function throughLinks(t: object, spec: ThroughLinks): FieldRef<SchemaTypes> {
  const [first, second] = typeof spec.to === 'string' ? [spec.to] : spec.to;
  return (t as LinkFieldBuilder).field({
    type: [spec.type],
    description: spec.description,
    select: (_args, _context, nestedSelection) => {
      const rows = nestedSelection(spec.rows ?? true);
      const select = second ? { [first]: { select: { [second]: rows } } } : { [first]: rows };
      const orderBy = spec.orderBy ? { orderBy: spec.orderBy } : {};
      return { [spec.links]: { where: spec.where, ...orderBy, select } };
    },
    resolve: (parent) => parent[spec.links].flatMap((link) => (second ? link[first][second] : link[first])),
  });
}
