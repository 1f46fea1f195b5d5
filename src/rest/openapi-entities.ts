import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { schema } from '../graphql/schema.js';
import { type EntityName, isColumn, type Key, medusaKey, type ScalarType } from '../modules/describe.js';
import { DESCRIPTIONS } from '../modules/index.js';
import { ENTITIES, type Relation } from './entities.js';
import type { JsonObject } from './route.js';

/**
 * The OpenAPI schemas of the shim's entities, typed from the one place that knows: each key's
 * type and nullability come from the entity's description (src/modules/<entity>/description.ts),
 * an enum's values and each relation's shape from the GraphQL schema. Nothing here restates a
 * column's type.
 */

/** A GraphQL scalar as JSON Schema; JSON is any JSON value, so it stays untyped. */
const SCALARS: Record<ScalarType, JsonObject> = {
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
  return Object.fromEntries(
    (Object.keys(ENTITIES) as EntityName[]).map((name) => {
      const type = objectType(name);
      const properties: JsonObject = {};
      for (const key of DESCRIPTIONS[name].keys) {
        const medusa = medusaKey(key);
        if (medusa === null) continue;
        const whenAsked = isColumn(key) && key.rest?.whenAsked === true;
        properties[medusa] = whenAsked
          ? { ...keySchema(type, key), description: `Only when \`fields\` names it (e.g. \`+${medusa}\`).` }
          : keySchema(type, key);
      }
      for (const [key, relation] of Object.entries(ENTITIES[name].relations)) {
        properties[key] = relationSchema(type, relation);
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

/** The GraphQL object type the entity's description names. */
function objectType(name: EntityName): GraphQLObjectType {
  const type = schema.getType(DESCRIPTIONS[name].type);
  if (!isObjectType(type)) throw new Error(`GraphQL type ${DESCRIPTIONS[name].type} (${name}) is not an object type`);
  return type;
}

function fieldOf(type: GraphQLObjectType, name: string): GraphQLField<unknown, unknown> {
  const field = type.getFields()[name];
  if (!field) throw new Error(`GraphQL type ${type.name} has no field ${name}`);
  return field;
}

function namedType(type: GraphQLOutputType): GraphQLOutputType {
  return isNonNullType(type) || isListType(type) ? namedType(type.ofType) : type;
}

/** A key's value as the renderer writes it (src/rest/selection.ts `render`). */
function keySchema(type: GraphQLObjectType, key: Key): JsonObject {
  if (!isColumn(key)) {
    return 'parentId' in key
      ? { type: ['string', 'null'], description: 'The id of the object it is nested in.' }
      : { type: 'null' };
  }
  // The description says String for an enum; the GraphQL enum has its values.
  const named = namedType(fieldOf(type, key.field).type);
  const value: JsonObject = isEnumType(named)
    ? {
        type: 'string',
        enum: named.getValues().map((item) => (key.rest?.lowercase ? item.name.toLowerCase() : item.name)),
      }
    : SCALARS[key.type];
  return withNull(value, key.nullable === true);
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
function relationSchema(type: GraphQLObjectType, relation: Relation): JsonObject {
  const field = fieldOf(type, relation.field);
  const related = DESCRIPTIONS[relation.entity].type;
  if (namedType(field.type).toString() !== related)
    throw new Error(`${type.name}.${relation.field} is not the ${related} of ${relation.entity}`);
  const target = entityRef(relation.entity);
  const one = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(one) || relation.list) return { type: 'array', items: target };
  if (isNonNullType(field.type)) return target;
  return { anyOf: [target, { type: 'null' }] };
}
