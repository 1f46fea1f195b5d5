import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SECRET_KEY_AS_BEARER_MESSAGE } from '../../src/auth/authenticator.js';
import { openApiDocument } from '../../src/rest/openapi.js';
import { ROUTES } from '../../src/rest/routes/index.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';
import { type Recording, recording } from '../support/shape.js';

type Obj = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const isObj = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);
const obj = (value: unknown): Obj => (isObj(value) ? value : {});

/** The value a local `$ref` (`#/a/b`) points at, or undefined. */
function pointer(document: Obj, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObj(node) && !Array.isArray(node)) return undefined;
    if (!Object.hasOwn(node, key)) return undefined;
    node = (node as Obj)[key];
  }
  return node;
}

/** A Reference Object's target, or the object itself. */
const deref = (document: Obj, value: unknown): Obj =>
  isObj(value) && typeof value.$ref === 'string' ? obj(pointer(document, value.$ref)) : obj(value);

/** Every `$ref` in a JSON value, with where it is. */
function refs(value: unknown, path = '$'): { path: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => refs(item, `${path}[${index}]`));
  if (!isObj(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '$ref' && typeof item === 'string' ? [{ path, ref: item }] : refs(item, `${path}.${key}`),
  );
}

/**
 * The essentials of an OpenAPI 3.1 document, checked by hand (no OpenAPI validator is installed):
 * the version, info, operations with responses, unique operation ids, well-formed parameters,
 * path parameters for every `{param}` and none else, request bodies with schemas, declared
 * security schemes, and every `$ref` resolving. Returns the problems found.
 */
function openApi31Problems(document: Obj): string[] {
  const problems: string[] = [];
  if (typeof document.openapi !== 'string' || !/^3\.1\.\d+$/.test(document.openapi))
    problems.push(`openapi is ${JSON.stringify(document.openapi)}, not 3.1.x`);
  const info = obj(document.info);
  if (typeof info.title !== 'string' || typeof info.version !== 'string') problems.push('info needs title and version');
  if (!isObj(document.paths)) problems.push('paths is not an object');
  const schemes = obj(obj(document.components).securitySchemes);
  for (const [name, scheme] of Object.entries(schemes)) {
    if (typeof obj(scheme).type !== 'string') problems.push(`security scheme ${name} has no type`);
  }
  const checkSecurity = (where: string, security: unknown) => {
    if (security === undefined) return;
    if (!Array.isArray(security)) return problems.push(`${where}: security is not a list`);
    for (const requirement of security) {
      for (const name of Object.keys(obj(requirement))) {
        if (!schemes[name]) problems.push(`${where}: security scheme ${name} is not declared`);
      }
    }
  };
  checkSecurity('document', document.security);

  const operationIds = new Set<string>();
  for (const [path, rawItem] of Object.entries(obj(document.paths))) {
    if (!path.startsWith('/')) problems.push(`${path}: does not start with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => name);
    if (new Set(templated).size !== templated.length) problems.push(`${path}: a path parameter is named twice`);
    const item = deref(document, rawItem);
    const itemParameters = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of Object.keys(item).filter((key) => METHODS.includes(key))) {
      const where = `${method.toUpperCase()} ${path}`;
      const operation = obj(item[method]);
      if (typeof operation.operationId === 'string') {
        if (operationIds.has(operation.operationId)) problems.push(`${where}: operationId used twice`);
        operationIds.add(operation.operationId);
      }
      checkSecurity(where, operation.security);

      const responses = obj(operation.responses);
      if (Object.keys(responses).length === 0) problems.push(`${where}: no responses`);
      for (const [status, response] of Object.entries(responses)) {
        if (!/^([1-5](\d\d|XX)|default)$/.test(status)) problems.push(`${where}: response key ${status}`);
        if (typeof deref(document, response).description !== 'string')
          problems.push(`${where} ${status}: response has no description`);
      }

      const parameters = [...itemParameters, ...(Array.isArray(operation.parameters) ? operation.parameters : [])].map(
        (parameter) => deref(document, parameter),
      );
      const seen = new Set<string>();
      for (const parameter of parameters) {
        const key = `${parameter.in} ${parameter.name}`;
        if (typeof parameter.name !== 'string') problems.push(`${where}: a parameter has no name`);
        if (!['query', 'header', 'path', 'cookie'].includes(String(parameter.in)))
          problems.push(`${where}: parameter ${key} has a bad "in"`);
        if (!isObj(parameter.schema) && !isObj(parameter.content))
          problems.push(`${where}: parameter ${key} has no schema`);
        if (parameter.in === 'path' && parameter.required !== true)
          problems.push(`${where}: path parameter ${parameter.name} is not required`);
        if (seen.has(key)) problems.push(`${where}: parameter ${key} twice`);
        seen.add(key);
      }
      const declared = parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
      for (const name of templated) {
        if (!declared.includes(name)) problems.push(`${where}: path parameter {${name}} is not declared`);
      }
      for (const name of declared) {
        if (!templated.includes(String(name))) problems.push(`${where}: path parameter ${name} is not in the path`);
      }

      if (operation.requestBody !== undefined) {
        const content = obj(deref(document, operation.requestBody).content);
        if (Object.keys(content).length === 0) problems.push(`${where}: requestBody has no content`);
        for (const [type, media] of Object.entries(content)) {
          if (!isObj(obj(media).schema)) problems.push(`${where}: requestBody ${type} has no schema`);
        }
      }
    }
  }

  for (const { path, ref } of refs(document)) {
    if (pointer(document, ref) === undefined) problems.push(`${path}: $ref ${ref} does not resolve`);
  }
  return problems;
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('GET /openapi.json', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  let document: Obj;

  const operation = (method: string, path: string) => obj(obj(obj(document.paths)[path])[method.toLowerCase()]);
  /** The 200 schema's top-level keys, which every answer of the route has. */
  const envelopeKeys = (method: string, path: string) => {
    const response = deref(document, obj(operation(method, path).responses)['200']);
    return obj(obj(obj(response.content)['application/json']).schema).required as string[];
  };
  /** The 200 schema's top-level keys an answer may have. */
  const envelopeProperties = (method: string, path: string) => {
    const response = deref(document, obj(operation(method, path).responses)['200']);
    return Object.keys(obj(obj(obj(obj(response.content)['application/json']).schema).properties));
  };
  /** The documented route a concrete request path falls on, literal segments first (as the shim matches). */
  const documentedPath = (method: string, url: string) =>
    Object.keys(obj(document.paths))
      .filter((path) => Object.keys(operation(method, path)).length > 0)
      .filter((path) => new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`).test(url))
      .sort((a, b) => a.split('{').length - b.split('{').length)[0];
  /** Whether an error body fits the documented response for its status. */
  const errorProblems = (method: string, path: string, status: number, body: Obj) => {
    const documented = obj(operation(method, path).responses)[String(status)];
    if (!documented) return [`${method} ${path}: ${status} is not documented`];
    const schema = obj(obj(obj(deref(document, documented).content)['application/json']).schema);
    const allOf = Array.isArray(schema.allOf) ? schema.allOf.map((part) => deref(document, part)) : [schema];
    const properties = allOf.flatMap((part) => Object.keys(obj(part.properties)));
    const required = allOf.flatMap((part) => (Array.isArray(part.required) ? part.required : []));
    return [
      ...Object.keys(body)
        .filter((key) => !properties.includes(key))
        .map((key) => `${method} ${path} ${status}: ${key} is not documented`),
      ...required.filter((key) => !(key in body)).map((key) => `${method} ${path} ${status}: ${key} is missing`),
    ];
  };

  beforeAll(async () => {
    server = await startGraphQLServer();
    call = restClient(server);
    const response = await fetch(`${server.gateway.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    document = (await response.json()) as Obj;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('is served without a token, and built once', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(openApiDocument()).toBe(openApiDocument());
    expect(JSON.parse(JSON.stringify(openApiDocument()))).toEqual(document);
  });

  it('is a valid OpenAPI 3.1 document', () => {
    expect(openApi31Problems(document)).toEqual([]);
  });

  it('is checked by a validator that finds what it looks for', () => {
    const broken = structuredClone(document);
    broken.openapi = '3.0.3';
    const paths = obj(broken.paths);
    const item = obj(paths['/admin/products/{id}']);
    paths['/admin/products/{product_id}'] = item;
    delete paths['/admin/products/{id}'];
    obj(item.get).responses = {};
    obj(obj(item.post).responses)['400'] = { $ref: '#/components/responses/Nope' };
    expect(openApi31Problems(broken)).toEqual(
      expect.arrayContaining([
        'openapi is "3.0.3", not 3.1.x',
        'GET /admin/products/{product_id}: no responses',
        'GET /admin/products/{product_id}: path parameter {product_id} is not declared',
        'GET /admin/products/{product_id}: path parameter id is not in the path',
        expect.stringMatching(/\$ref #\/components\/responses\/Nope does not resolve$/),
      ]),
    );
  });

  it('documents every route of the route table, and nothing else', () => {
    const documented = Object.entries(obj(document.paths)).flatMap(([path, item]) =>
      Object.keys(obj(item))
        .filter((key) => METHODS.includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const routes = ROUTES.map((route) => `${route.method} ${openApiPath(route.path)}`);
    expect(new Set(routes).size).toBe(ROUTES.length);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it('requires the admin bearer token or a secret API key on every route', () => {
    const schemes = obj(obj(document.components).securitySchemes);
    expect(obj(schemes.adminJwt)).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(obj(schemes.secretApiKey)).toMatchObject({ type: 'http', scheme: 'basic' });
    expect(document.security).toEqual([{ adminJwt: [] }, { secretApiKey: [] }]);
    for (const route of ROUTES) expect(operation(route.method, openApiPath(route.path)).security).toBeUndefined();
  });

  it('documents `fields`, the query parameters, path parameters and body of every route', () => {
    for (const route of ROUTES) {
      const where = `${route.method} ${route.path}`;
      const op = operation(route.method, openApiPath(route.path));
      const parameters = (op.parameters as Obj[]).map((parameter) => deref(document, parameter));
      const named = (place: string) => parameters.filter((p) => p.in === place).map((p) => p.name);

      const fields = parameters.find((parameter) => parameter.in === 'query' && parameter.name === 'fields');
      expect(fields, where).toBeDefined();
      expect(fields?.description, where).toMatch(/x-unknown-fields/);
      expect(fields?.schema, where).toEqual({ type: 'string' });

      expect(named('path'), where).toEqual([...route.path.matchAll(/:(\w+)/g)].map(([, name]) => name));
      const queryKeys = route.query instanceof z.ZodObject ? Object.keys(route.query.shape) : [];
      expect(named('query').sort(), where).toEqual(['fields', ...queryKeys].sort());

      if (route.body) {
        const content = obj(obj(op.requestBody).content);
        expect(obj(content['application/json']).schema, where).toMatchObject({ type: 'object' });
      } else {
        expect(op.requestBody, where).toBeUndefined();
      }

      const responses = obj(op.responses);
      for (const status of ['200', '400', '401', '404', '500'])
        expect(responses[status], `${where} ${status}`).toBeDefined();
      expect(responses['409'] !== undefined, `${where} 409`).toBe(route.method !== 'GET');
    }
  });

  it('documents Medusa’s error bodies', () => {
    const components = obj(document.components);
    expect(obj(components.schemas).MedusaError).toMatchObject({
      type: 'object',
      properties: { type: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } },
      required: ['type', 'message'],
    });
    const unauthorized = obj(obj(obj(obj(components.responses).Unauthorized).content)['application/json']).schema;
    expect(unauthorized).toMatchObject({
      properties: { message: { enum: ['Unauthorized', SECRET_KEY_AS_BEARER_MESSAGE] } },
      required: ['message'],
    });
  });

  it('documents request bodies as the routes take them', () => {
    const body = obj(
      obj(
        obj(obj(operation('POST', '/admin/products/{id}/variants/{variant_id}/inventory-items').requestBody).content)[
          'application/json'
        ],
      ).schema,
    );
    expect(body).toMatchObject({
      type: 'object',
      properties: { inventory_item_id: { type: 'string' }, required_quantity: { type: 'number' } },
      required: ['inventory_item_id', 'required_quantity'],
      additionalProperties: false,
    });
    expect(body.$schema).toBeUndefined();
  });

  it('documents the envelope every GET route answers with', async () => {
    const first = async (path: string, key: string) =>
      ((await call<Record<string, { id: string }[]>>('GET', `${path}?fields=id&limit=1`)).body[key] ?? [])[0].id;
    const product = await first('/admin/products', 'products');
    const variant = await first(`/admin/products/${product}/variants`, 'variants');
    const item = await first('/admin/inventory-items', 'inventory_items');
    const location = await first('/admin/stock-locations', 'stock_locations');
    const params: Record<string, Record<string, string>> = {
      products: { id: product, variant_id: variant },
      'product-variants': {},
      'inventory-items': { id: item },
      'stock-locations': { id: location },
    };
    const gets = ROUTES.filter((route) => route.method === 'GET');
    expect(gets.length).toBeGreaterThan(0);
    for (const route of gets) {
      const values = params[route.path.split('/')[2]];
      const url = route.path.replace(/:(\w+)/g, (_, name: string) => values[name]);
      const response = await call('GET', url);
      expect(response.status, url).toBe(200);
      expect(Object.keys(response.body).sort(), route.path).toEqual(
        [...envelopeKeys('GET', openApiPath(route.path))].sort(),
      );
    }
  });

  it('documents the envelopes and errors of Medusa’s recorded answers', async () => {
    const directory = new URL('../fixtures/medusa-2.21-responses/', import.meta.url);
    const names = (await readdir(directory)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5));
    const problems: string[] = [];
    let checked = 0;
    for (const name of names) {
      const { request, response } = (await recording(name)) as Partial<Recording>;
      if (!request || !response || !isObj(response.body) || Object.keys(response.body).length === 0) continue;
      const url = request.url.split('?')[0];
      const path = documentedPath(request.method, url);
      if (!path) continue;
      checked += 1;
      if (response.status === 200) {
        const keys = Object.keys(response.body);
        const missing = envelopeKeys(request.method, path).filter((key) => !keys.includes(key));
        const allowed = envelopeProperties(request.method, path);
        const extra = keys.filter((key) => !allowed.includes(key));
        if (missing.length > 0 || extra.length > 0)
          problems.push(`${name}: missing ${missing.join(',')}; not documented ${extra.join(',')}`);
      } else {
        problems.push(...errorProblems(request.method, path, response.status, response.body));
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });

  it('documents the gateway’s own error answers', async () => {
    const path = '/admin/products/{id}';
    const missing = await call('GET', '/admin/products/prod_NOPE');
    expect(missing.status).toBe(404);
    expect(errorProblems('GET', path, 404, missing.body)).toEqual([]);
    const bad = await call('GET', '/admin/products/prod_NOPE?nope=1');
    expect(bad.status).toBe(400);
    expect(errorProblems('GET', path, 400, bad.body)).toEqual([]);
    const anonymous = await call('GET', '/admin/products', undefined, null);
    expect(anonymous.status).toBe(401);
    expect(errorProblems('GET', '/admin/products', 401, anonymous.body)).toEqual([]);
    const keyAsBearer = await call('GET', '/admin/products', undefined, `Bearer sk_${'0'.repeat(64)}`);
    expect(keyAsBearer.status).toBe(401);
    expect(errorProblems('GET', '/admin/products', 401, keyAsBearer.body)).toEqual([]);
  });
});
