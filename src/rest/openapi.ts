import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SECRET_KEY_AS_BEARER_MESSAGE } from '../auth/authenticator.js';
import { DEFAULT_LIMITS } from '../graphql/limits/settings.js';
import { entitySchemas, entityWords, schemaName, snake } from './openapi-entities.js';
import type { Json, JsonObject, Route } from './route.js';
import { ROUTES } from './routes/index.js';

/**
 * The OpenAPI 3.1 document of the REST shim, generated from the route table: paths and path
 * parameters from each route's path, query parameters and request bodies from its zod schemas,
 * the `fields` parameter with the route's defaults, the success envelope from its method, path
 * and entity, and Medusa's error responses. Served at GET /openapi.json.
 */

export const OPENAPI_PATH = '/openapi.json';

const SECURITY_SCHEME = 'adminJwt';
const API_KEY_SCHEME = 'secretApiKey';
const ERROR_SCHEMA = 'MedusaError';
/** A marker handed to `route.document` to learn whether the route's answer depends on `fields`. */
const SELECTION_MARKER = '{ __openapi_selection__ }';

const ref = (kind: 'schemas' | 'responses' | 'headers', name: string): JsonObject => ({
  $ref: `#/components/${kind}/${name}`,
});

let cached: JsonObject | undefined;

/** The document for the routes the shim serves, built on first use. */
export function openApiDocument(): JsonObject {
  cached ??= buildOpenApiDocument(ROUTES);
  return cached;
}

export function buildOpenApiDocument(routes: readonly Route[]): JsonObject {
  const schemas: JsonObject = { [ERROR_SCHEMA]: errorSchema(), ...entitySchemas() };
  const paths: Record<string, JsonObject> = {};
  const tags = new Set<string>();
  for (const route of routes) {
    const path = openApiPath(route.path);
    const operation = operationFor(route, schemas);
    for (const tag of operation.tags as string[]) tags.add(tag);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Medusa variant gateway: Admin API',
      version: packageVersion(),
      description: [
        "Medusa 2.21's Admin API routes for product variants, their inventory items, products, inventory items",
        'and their levels, and stock locations, as this gateway serves them: Medusa’s paths, bodies, `fields`',
        'parameter, envelopes and errors. Every route needs a Medusa admin JWT (`actor_type: "user"`) or a secret API key.',
        'Where the gateway is stricter than Medusa, see docs/compatibility.md.',
      ].join(' '),
    },
    security: [{ [SECURITY_SCHEME]: [] }, { [API_KEY_SCHEME]: [] }],
    tags: [...tags].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "A Medusa admin JWT: HS256 signed with the gateway's JWT_SECRET (your Medusa server's jwtSecret), or signed " +
            'with the key of JWT_PUBLIC_KEY or JWT_JWKS_URL; with `exp`, `actor_type: "user"` and a non-empty `actor_id`.',
        },
        [API_KEY_SCHEME]: {
          type: 'http',
          scheme: 'basic',
          description:
            'A secret API key (`sk_...`, from Medusa’s admin or `npm run api-key:create`) as the Basic user name with an ' +
            'empty password, `Authorization: Basic base64(<key>:)`, or the key itself, `Authorization: Basic <key>`.',
        },
      },
      schemas,
      responses: errorResponses(),
      headers: {
        'x-unknown-fields': {
          description:
            'Names in `fields` that the route’s entity does not have, as dotted paths, comma-separated; ' +
            'they were dropped. Absent when every name was known.',
          schema: { type: 'string' },
        },
      },
    },
  };
}

/** Medusa's `:param` → OpenAPI's `{param}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function operationFor(route: Route, schemas: JsonObject): JsonObject {
  const rendersEntity = route.document(SELECTION_MARKER).includes(SELECTION_MARKER);
  const usesFields = rendersEntity && !route.ignoresFields;
  const envelope = envelopeFor(route, rendersEntity);
  const parameters: JsonObject[] = [
    ...pathParameters(route.path),
    fieldsParameter(route, usesFields),
    ...(route.query ? queryParameters(route, schemas) : []),
  ];
  const mutates = route.method !== 'GET';
  return {
    operationId: operationId(route),
    tags: [route.path.split('/')[2]],
    description: envelope.description,
    parameters,
    ...(route.body ? { requestBody: requestBody(route, route.body, schemas) } : {}),
    responses: {
      '200': {
        description: envelope.description,
        headers: { 'x-unknown-fields': ref('headers', 'x-unknown-fields') },
        content: { 'application/json': { schema: envelope.schema } },
      },
      '400': ref('responses', 'InvalidData'),
      '401': ref('responses', 'Unauthorized'),
      '404': ref('responses', 'NotFound'),
      // Conflicts come from writes; a read never answers 409.
      ...(mutates ? { '409': ref('responses', 'Conflict') } : {}),
      ...(route.body ? { '413': ref('responses', 'PayloadTooLarge') } : {}),
      '500': ref('responses', 'UnknownError'),
    },
  };
}

/** `GET /admin/products/:id/variants` → `getProductsByIdVariants`. */
function operationId(route: Route): string {
  const words = route.path
    .split('/')
    .filter((segment) => segment && segment !== 'admin')
    .flatMap((segment) => (segment.startsWith(':') ? ['by', ...segment.slice(1).split('_')] : segment.split('-')));
  return route.method.toLowerCase() + words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
}

function pathParameters(path: string): JsonObject[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

const FIELDS_SEMANTICS = [
  'Which fields the answer’s objects hold, comma-separated, with Medusa’s semantics:',
  '- absent: the route’s defaults (below);',
  '- `+x` (or ` x`, a decoded `+`) adds `x` to the defaults; `-x` removes `x`, `*x` and every `x.…`;',
  '- any bare name (`title,sku`) switches to replace mode: exactly the names given;',
  '- `*rel` or `rel.*`: the relation `rel` with all its columns;',
  '- dotted paths (`variants.prices.amount`) select into relations;',
  '- `id` is always added.',
  'Names the entity does not have are dropped, as Medusa drops them, and listed in the `x-unknown-fields` response header.',
].join('\n');

function fieldsParameter(route: Route, usesFields: boolean): JsonObject {
  const subject = usesFields
    ? `This route answers ${entityWords(route.entity)} objects (\`#/components/schemas/${schemaName(route.entity)}\`). ` +
      `Its defaults: \`${route.defaults.join(',')}\`.`
    : 'This route’s answer does not depend on `fields`; it is checked and accepted for compatibility.';
  return {
    name: 'fields',
    in: 'query',
    required: false,
    description: `${FIELDS_SEMANTICS}\n\n${subject}`,
    schema: { type: 'string' },
    examples: {
      add: { value: '+inventory_quantity' },
      replace: { value: 'id,title' },
      relation: { value: 'id,*inventory_items' },
    },
  };
}

/** The route's query schema as one parameter per property: objects as `name[key]=value` (qs), the rest as `name=value`. */
function queryParameters(route: Route, schemas: JsonObject): JsonObject[] {
  const schema = jsonSchema(route.query as z.ZodType, `${operationId(route)}Query`, schemas);
  const properties = (schema.properties ?? {}) as JsonObject;
  const required = (schema.required ?? []) as string[];
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.includes(name),
    ...(takesObject(property) ? { style: 'deepObject', explode: true } : {}),
    schema: property,
  }));
}

function takesObject(schema: Json): boolean {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return false;
  if (schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'))) return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some(takesObject);
}

function requestBody(route: Route, body: z.ZodType, schemas: JsonObject): JsonObject {
  const schema = jsonSchema(body, `${operationId(route)}Body`, schemas);
  const required = Array.isArray(schema.required) && schema.required.length > 0;
  return { required, content: { 'application/json': { schema } } };
}

/**
 * A zod schema as a JSON Schema (draft 2020-12, OpenAPI 3.1's dialect), as the route accepts it
 * (`io: 'input'`: before coercions and transforms). Shared definitions (`$defs`) move to the
 * document's components, where their references resolve.
 */
function jsonSchema(schema: z.ZodType, prefix: string, schemas: JsonObject): JsonObject {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  const { $schema: _dialect, $defs, ...rest } = JSON.parse(JSON.stringify(generated)) as JsonObject;
  const rename = (name: string) => `${prefix}_${name}`;
  const rewrite = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        key === '$ref' && typeof item === 'string' && item.startsWith('#/$defs/')
          ? `#/components/schemas/${rename(item.slice('#/$defs/'.length))}`
          : rewrite(item),
      ]),
    );
  };
  for (const [name, definition] of Object.entries(($defs ?? {}) as JsonObject)) {
    schemas[rename(name)] = rewrite(definition);
  }
  return rewrite(rest) as JsonObject;
}

interface Envelope {
  description: string;
  schema: JsonObject;
}

/**
 * Medusa's envelope for a route, from its method, path and entity: a list for GET on a
 * collection, the one object for GET on an item and for POST, created/updated/deleted for a batch,
 * and Medusa's delete shape for DELETE (with the parent object when the route renders one).
 */
function envelopeFor(route: Route, rendersEntity: boolean): Envelope {
  const entityRef = ref('schemas', schemaName(route.entity));
  const singular = snake(route.entity);
  const plural = `${singular}s`;
  const last = route.path.split('/').at(-1) ?? '';
  const words = entityWords(route.entity);
  if (route.method === 'GET' && !last.startsWith(':')) {
    return envelope(`A page of ${words} objects: \`{${plural}, count, offset, limit}\`.`, {
      [plural]: { type: 'array', items: entityRef },
      count: { type: 'integer', description: 'How many match, over all pages.' },
      offset: { type: 'integer' },
      limit: { type: 'integer' },
    });
  }
  if (route.method === 'POST' && last === 'batch') {
    const item = rendersEntity ? entityRef : { type: 'object' };
    return envelope(
      `What the batch did: \`{created, updated, deleted}\`${rendersEntity ? `, with ${words} objects` : ''}.`,
      {
        created: { type: 'array', items: item },
        updated: { type: 'array', items: item },
        deleted: {
          description:
            'What was deleted: ids, or the deleted links. Absent when a batch of many items’ levels has no `delete`, as in Medusa.',
        },
      },
      ['deleted'],
    );
  }
  if (route.method === 'DELETE') {
    return envelope(
      rendersEntity
        ? `The deleted object and its parent, a ${words}: \`{id, object, deleted, parent}\`.`
        : 'The deleted object: `{id, object, deleted}`.',
      {
        id: { type: ['string', 'object'], description: 'The id of what was deleted (a link: its two ids).' },
        object: { type: 'string', description: 'What was deleted, as Medusa names it.' },
        deleted: { const: true },
        ...(rendersEntity ? { parent: entityRef } : {}),
      },
    );
  }
  return envelope(`The ${words}: \`{${singular}}\`.`, { [singular]: entityRef });
}

const envelope = (description: string, properties: JsonObject, optional: string[] = []): Envelope => ({
  description,
  schema: {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  },
});

function errorSchema(): JsonObject {
  return {
    type: 'object',
    description: "Medusa's error body.",
    properties: {
      type: { type: 'string', description: 'Medusa’s error type, e.g. `invalid_data`, `not_found`.' },
      message: { type: 'string' },
      code: { type: 'string', description: 'Only where Medusa sends one, e.g. `unknown_error`.' },
    },
    required: ['type', 'message'],
  };
}

function errorResponses(): JsonObject {
  const medusaError = (description: string, types: string[], example: JsonObject): JsonObject => ({
    description,
    content: {
      'application/json': {
        schema: { allOf: [ref('schemas', ERROR_SCHEMA), { properties: { type: { enum: types } } }] },
        example,
      },
    },
  });
  return {
    InvalidData: medusaError(
      'The request is invalid: bad parameters or body, or a rule refused it.',
      ['invalid_data', 'not_allowed'],
      {
        type: 'invalid_data',
        message: "Invalid request: Field 'required_quantity' is required",
      },
    ),
    Unauthorized: {
      description: 'No valid admin token or secret API key.',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            // Medusa's bare "Unauthorized", or its hint for a secret API key sent as a Bearer token.
            properties: { message: { enum: ['Unauthorized', SECRET_KEY_AS_BEARER_MESSAGE] } },
            required: ['message'],
            additionalProperties: false,
          },
        },
      },
    },
    NotFound: medusaError('No such route, or an id in the path or body names nothing.', ['not_found'], {
      type: 'not_found',
      message: 'Product not found',
    }),
    Conflict: medusaError('Another change got there first; retry with fresh data.', ['conflict'], {
      type: 'conflict',
      message: 'Another change got there first',
    }),
    PayloadTooLarge: medusaError(
      `The body is larger than MAX_BODY_BYTES (${DEFAULT_LIMITS.maxBodyBytes} bytes unless configured).`,
      ['invalid_data'],
      { type: 'invalid_data', message: `Request body larger than ${DEFAULT_LIMITS.maxBodyBytes} bytes` },
    ),
    UnknownError: medusaError('An unexpected error.', ['unknown_error'], {
      code: 'unknown_error',
      type: 'unknown_error',
      message: 'An unknown error occurred.',
    }),
  };
}

function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
