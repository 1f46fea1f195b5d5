import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { schema } from '../graphql/schema.js';
import { type Column, ENTITIES, type EntityName, type Relation } from './entities.js';
import type { JsonObject } from './route.js';

/**
 * The OpenAPI schemas of the shim's entities, typed from the one place that knows: the entity
 * map says which GraphQL field answers each Medusa key, and the GraphQL schema knows that
 * field's type and nullability. Nothing here restates a column's type.
 */

/** The entity every other one is reached from through the relations' GraphQL fields. */
const ANCHOR: { entity: EntityName; type: string } = { entity: 'variant', type: 'ProductVariant' };

/** A GraphQL scalar as JSON Schema; JSON is any JSON value, so it stays untyped. */
const SCALARS: Record<string, JsonObject> = {
  ID: { type: 'string' },
  String: { type: 'string' },
  Int: { type: 'integer' },
  Float: { type: 'number' },
  Boolean: { type: 'boolean' },
  DateTime: { type: 'string', format: 'date-time' },
  JSON: {},
};

/** `inventoryItem` → `inventory_item`, the entity's key in Medusa's envelopes. */
export const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
export const entityWords = (name: EntityName) => snake(name).replace(/_/g, ' ');
export const schemaName = (name: EntityName) => name[0].toUpperCase() + name.slice(1);
const entityRef = (name: EntityName): JsonObject => ({ $ref: `#/components/schemas/${schemaName(name)}` });

/** Every entity of the shim as a schema: each key it can have; which ones are there depends on `fields`. */
export function entitySchemas(): JsonObject {
  const types = entityTypes();
  return Object.fromEntries(
    (Object.keys(ENTITIES) as EntityName[]).map((name) => {
      const model = ENTITIES[name];
      const type = types[name];
      const properties: JsonObject = {};
      for (const [key, column] of Object.entries(model.columns)) properties[key] = columnSchema(type, key, column);
      for (const [key, column] of Object.entries(model.computed ?? {})) {
        properties[key] = {
          ...columnSchema(type, key, column),
          description: `Only when \`fields\` names it (e.g. \`+${key}\`).`,
        };
      }
      for (const [key, relation] of Object.entries(model.relations)) {
        properties[key] = relationSchema(fieldOf(type, relation.field), relation);
      }
      const described: JsonObject = {
        type: 'object',
        description:
          `A Medusa ${entityWords(name)}. Which keys it has depends on \`fields\` ` +
          '(relations only when asked for, e.g. `*relation`).',
        properties,
      };
      return [schemaName(name), described];
    }),
  );
}

/** The GraphQL object type of each entity, found by following the relation fields from the anchor. */
function entityTypes(): Record<EntityName, GraphQLObjectType> {
  const anchor = schema.getType(ANCHOR.type);
  if (!isObjectType(anchor)) throw new Error(`GraphQL type ${ANCHOR.type} is not an object type`);
  const found = new Map<EntityName, GraphQLObjectType>([[ANCHOR.entity, anchor]]);
  const pending: EntityName[] = [ANCHOR.entity];
  for (let name = pending.pop(); name; name = pending.pop()) {
    const type = found.get(name) as GraphQLObjectType;
    for (const relation of Object.values(ENTITIES[name].relations)) {
      const target = namedType(fieldOf(type, relation.field).type);
      if (!isObjectType(target)) throw new Error(`${type.name}.${relation.field} is not an object type`);
      const known = found.get(relation.entity);
      if (known && known !== target)
        throw new Error(`${relation.entity} is answered by both ${known.name} and ${target.name}`);
      if (!known) {
        found.set(relation.entity, target);
        pending.push(relation.entity);
      }
    }
  }
  const missing = (Object.keys(ENTITIES) as EntityName[]).filter((name) => !found.has(name));
  if (missing.length > 0) throw new Error(`No relation from ${ANCHOR.entity} reaches ${missing.join(', ')}`);
  return Object.fromEntries(found) as Record<EntityName, GraphQLObjectType>;
}

function fieldOf(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> {
  const field = type.getFields()[name];
  if (!field) throw new Error(`GraphQL type ${type.name} has no field ${name}`);
  return field;
}

function namedType(type: GraphQLOutputType): GraphQLOutputType {
  return isNonNullType(type) || isListType(type) ? namedType(type.ofType) : type;
}

/** A column's value as the renderer writes it (src/rest/selection.ts `render`). */
function columnSchema(type: GraphQLObjectType, key: string, column: Column): JsonObject {
  if ('constant' in column) return column.constant === null ? { type: 'null' } : { type: 'array', maxItems: 0 };
  if ('parentId' in column) return { type: ['string', 'null'], description: 'The id of the object it is nested in.' };
  const field = fieldOf(type, column.field);
  const value = valueSchema(`${type.name}.${field.name} (${key})`, field.type, column.lowercase === true);
  return withNull(value, !isNonNullType(field.type));
}

function valueSchema(where: string, type: GraphQLOutputType, lowercase: boolean): JsonObject {
  if (isNonNullType(type)) return valueSchema(where, type.ofType, lowercase);
  if (isListType(type))
    return { type: 'array', items: withNull(valueSchema(where, type.ofType, lowercase), !isNonNullType(type.ofType)) };
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => (lowercase ? value.name.toLowerCase() : value.name));
    return { type: 'string', enum: values };
  }
  if (isScalarType(type) && SCALARS[type.name]) return SCALARS[type.name];
  throw new Error(`${where}: no JSON schema for GraphQL type ${type.toString()}`);
}

/** The schema that also allows null; an untyped schema already does. */
function withNull(schema: JsonObject, nullable: boolean): JsonObject {
  if (!nullable || schema.type === undefined) return schema;
  const widened: JsonObject = { ...schema, type: [schema.type, 'null'].flat() };
  if (Array.isArray(schema.enum)) widened.enum = [...schema.enum, null];
  return widened;
}

/**
 * A relation as the renderer writes it: a list for a list field or a `list` relation, else the
 * object, or null when the field can be null. Null stays allowed where the gateway leaves an
 * empty relation out (`absentWhenNull`): Medusa itself answers a new location's `address: null`.
 */
function relationSchema(field: GraphQLField<unknown, unknown>, relation: Relation): JsonObject {
  const target = entityRef(relation.entity);
  const one = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(one) || relation.list) return { type: 'array', items: target };
  if (isNonNullType(field.type)) return target;
  return { anyOf: [target, { type: 'null' }] };
}
