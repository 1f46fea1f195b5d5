import { isColumn, type RuntimeDataModel } from './data-model.js';

/** Tables and columns the gateway reads and writes, keyed by table name. */
export type RequiredSchema = Map<string, string[]>;

/**
 * The tables and columns schema.prisma maps, from the client's data model: the schema is the one
 * place that says what the gateway needs, so an attached Medusa database is checked against it.
 */
export function requiredSchema(dataModel: RuntimeDataModel): RequiredSchema {
  return new Map(
    Object.entries(dataModel.models).map(([name, model]) => [
      model.dbName ?? name,
      model.fields.filter(isColumn).map((field) => field.dbName ?? field.name),
    ]),
  );
}
