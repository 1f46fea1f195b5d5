/**
 * The Prisma client's runtime data model: every model with its table, and every field with its
 * column. It is what the client itself maps with, so readers of the schema (the attach check, the
 * read planner) take it from here rather than parse schema.prisma again.
 */
export interface RuntimeField {
  name: string;
  kind: string;
  type: string;
  dbName?: string | null;
  relationName?: string;
}

export interface RuntimeDataModel {
  models: Record<string, { dbName: string | null; fields: RuntimeField[] }>;
}

export function runtimeDataModel(prisma: object): RuntimeDataModel {
  const runtime = (prisma as { _runtimeDataModel?: RuntimeDataModel })._runtimeDataModel;
  if (!runtime) throw new Error('the Prisma client exposes no runtime data model');
  return runtime;
}

/** A field stored in a column of the model's table (not a relation). */
export const isColumn = (field: RuntimeField) => field.kind === 'scalar' || field.kind === 'enum';
