import type { GenericFieldRef } from '@pothos/core';
import type { Prisma } from '../../generated/prisma/client.js';
import { columnsOf, type EntityDescription, type ScalarType } from '../../modules/describe.js';
import { toNumber } from '../decimal.js';
import { inJsonbOrder } from '../jsonb-order.js';
import { plannedColumn } from '../planner/annotations.js';

/*
 * The object fields of an entity's columns, from its description (src/modules/<entity>/description.ts):
 * every column not written by hand in the type's file, in Medusa's order.
 */

interface FieldOptions {
  type: ScalarType;
  nullable: boolean;
  description?: string;
}

/**
 * What the generator asks of a type's field builder. Pothos types `expose` by the literal field
 * names of the row's shape; a description names its fields as data, so the builder is seen
 * through this narrower view (the one cast of the generator, in `columnFields`).
 */
interface ColumnFieldBuilder {
  expose(field: string, options: FieldOptions): GenericFieldRef<unknown>;
  field(
    options: FieldOptions & {
      extensions: ReturnType<typeof plannedColumn>;
      resolve: (row: Record<string, Prisma.Decimal | null>) => unknown;
    },
  ): GenericFieldRef<unknown>;
}

/**
 * The entity's columns as fields of `t`'s type: a plain column exposed as it is, a numeric one
 * read as a number (the planner reads the column itself). `id` is left out for a Relay node,
 * whose id field the node defines.
 */
export function columnFields(
  t: object,
  description: EntityDescription,
  options: { node?: boolean } = {},
): Record<string, GenericFieldRef<unknown>> {
  const fields = t as ColumnFieldBuilder;
  const columns = columnsOf(description).filter(
    (column) => !column.handWritten && !(options.node && column.field === 'id'),
  );
  return Object.fromEntries(
    columns.map((column) => {
      const field: FieldOptions = {
        type: column.type,
        nullable: column.nullable ?? false,
        description: column.description,
      };
      if (column.type === 'JSON') {
        const resolve = (row: Record<string, unknown>) => inJsonbOrder(row[column.field]);
        return [column.field, fields.field({ ...field, extensions: plannedColumn(column.field), resolve })];
      }
      if (!column.decimal) return [column.field, fields.expose(column.field, field)];
      return [
        column.field,
        fields.field({
          ...field,
          extensions: plannedColumn(column.field),
          resolve: (row) => toNumber(row[column.field]),
        }),
      ];
    }),
  );
}
