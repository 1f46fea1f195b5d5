import { isColumn, type RuntimeDataModel, runtimeDataModel } from '../../db/data-model.js';
import { getDatamodel } from '../../generated/pothos-types.js';
import { ident } from './sql.js';

/*
 * Tables, columns and relations of the Prisma models, read from what Prisma itself knows: the
 * client's runtime data model (table and column names) and Pothos' datamodel (relation keys).
 * Nothing here is written by hand, so the planner cannot drift from schema.prisma.
 */

export interface ScalarField {
  name: string;
  column: string;
  type: string;
  nullable: boolean;
}

export interface RelationField {
  name: string;
  target: string;
  list: boolean;
  /** The join from a row of the parent (alias `parent`) to a row of the target (alias `child`). */
  join(parent: string, child: string): string;
}

export interface Model {
  name: string;
  table: string;
  scalars: Map<string, ScalarField>;
  relations: Map<string, RelationField>;
}

let models: Map<string, Model> | null = null;

/** The models, built once from the client's data model. */
export function modelsOf(prisma: object): Map<string, Model> {
  if (models) return models;
  models = buildModels(runtimeDataModel(prisma));
  return models;
}

function buildModels(runtime: RuntimeDataModel): Map<string, Model> {
  const pothos = getDatamodel().datamodel.models;
  const columnOf = (model: string, field: string): string => {
    const found = runtime.models[model].fields.find((candidate) => candidate.name === field);
    if (!found) throw new Error(`no field ${model}.${field}`);
    return found.dbName ?? found.name;
  };
  const idOf = (model: string): string | undefined => pothos[model].fields.find((field) => field.isId)?.name;
  const result = new Map<string, Model>();
  for (const [name, model] of Object.entries(runtime.models)) {
    const scalars = new Map<string, ScalarField>();
    const relations = new Map<string, RelationField>();
    for (const field of model.fields) {
      if (isColumn(field)) {
        const nullable = !pothos[name].fields.find((candidate) => candidate.name === field.name)?.isRequired;
        scalars.set(field.name, { name: field.name, column: field.dbName ?? field.name, type: field.type, nullable });
      }
    }
    for (const field of pothos[name].fields) {
      if (field.kind !== 'object' || !field.relationName) continue;
      const target = field.type;
      const from = field.relationFromFields ?? [];
      let join: RelationField['join'];
      if (from.length === 1) {
        const targetId = idOf(target);
        if (!targetId) continue;
        const foreignKey = ident(columnOf(name, from[0]));
        const key = ident(columnOf(target, targetId));
        join = (parent, child) => `${child}.${key} = ${parent}.${foreignKey}`;
      } else {
        const opposite = pothos[target].fields.find(
          (candidate) =>
            candidate.relationName === field.relationName && (candidate.relationFromFields ?? []).length === 1,
        );
        const ownId = idOf(name);
        if (!opposite || !ownId) continue;
        const foreignKey = ident(columnOf(target, (opposite.relationFromFields ?? [])[0]));
        const key = ident(columnOf(name, ownId));
        join = (parent, child) => `${child}.${foreignKey} = ${parent}.${key}`;
      }
      relations.set(field.name, { name: field.name, target, list: field.isList, join });
    }
    result.set(name, { name, table: model.dbName ?? name, scalars, relations });
  }
  return result;
}
