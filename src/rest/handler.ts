import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionResult } from 'graphql';
import qs from 'qs';
import { AUTHENTICATE_CHALLENGES, SECRET_KEY_AS_BEARER_MESSAGE } from '../auth/authenticator.js';
import { DATABASE_UNAVAILABLE } from '../graphql/database-unavailable.js';
import type { GraphQLHandler } from '../graphql/handler.js';
import { tooLongIdMessage } from '../graphql/id-length.js';
import { asJson, INTERNAL_RESULT, type ResultHandover } from '../graphql/internal-result.js';
import { INTERNAL_CALLER } from '../graphql/limits/index.js';
import { plannedDataOf } from '../graphql/planner/json-text.js';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../idempotency/keys.js';
import type { Logger } from '../logger.js';
import { labelRestRoute } from '../metrics/labels.js';
import { shortInput } from '../quote-input.js';
import { databaseUnavailable, invalidData, MedusaError, unknownError } from './errors.js';
import { fieldTree, resolveFields } from './fields.js';
import { refuseTooLongIds } from './id-lengths.js';
import type { Json, JsonObject, Route } from './route.js';
import { viewer } from './route.js';
import { ROUTES } from './routes/index.js';
import { type Plan, selectionFor } from './selection.js';
import { validate } from './validation.js';

interface Translation {
  document: string;
  plan: Plan;
  unknown: string[];
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
  /** Translations per `fields` value: the shim parses and plans each (route, fields) once. */
  translations: Map<string, Translation>;
}

const MAX_CACHED_FIELDS = 500;

type GraphQLErrors = { message: string; extensions?: { code?: string } }[];

/**
 * Medusa's Admin API for the variant and inventory routes. Each request becomes a GraphQL
 * operation sent through the same GraphQL handler as /graphql (authentication, limits, masking),
 * which hands the result over as an object, and the result is answered in Medusa's JSON. The
 * operation's cost goes in `x-query-cost`.
 */
export function createRestHandler(graphql: GraphQLHandler, logger: Logger, maxBodyBytes: number) {
  // Literal segments win over parameters: /variants/batch is not a variant called "batch".
  const byParameters = [...ROUTES].sort((a, b) => parameterCount(a.path) - parameterCount(b.path));
  const compiled: CompiledRoute[] = byParameters.map((route) => {
    const names: string[] = [];
    const source = route.path.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { route, pattern: new RegExp(`^${source}$`), names, translations: new Map() };
  });

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    try {
      const match = matchRoute(compiled, req.method ?? 'GET', url.pathname);
      if (!match) throw new MedusaError(404, 'not_found', `Cannot ${req.method} ${shortInput(url.pathname)}`);
      const { compiledRoute, params } = match;
      // Every path parameter is an id.
      for (const [name, value] of Object.entries(params)) {
        const tooLong = tooLongIdMessage(name, value);
        if (tooLong) throw invalidData(`Invalid request: ${tooLong}`);
      }
      const { route } = compiledRoute;
      labelRestRoute(req, route.path);
      const { fields, ...rawQuery } = qs.parse(url.search.slice(1), { depth: 2 }) as Record<string, unknown>;
      if (fields !== undefined && typeof fields !== 'string')
        throw invalidData("Invalid request: Expected type: 'string' for field 'fields'");
      const query = route.query ? validate(route.query, rawQuery) : {};
      const body = route.body ? validate(route.body, await readJson(req, maxBodyBytes)) : undefined;
      refuseTooLongIds(query);
      refuseTooLongIds(body);
      const translation = translate(compiledRoute, route.ignoresFields ? undefined : fields);
      const input = { params, query, body };
      const handover: ResultHandover = {};
      const result = await graphql.fetch(
        'http://gateway/graphql',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
            ...idempotencyHeader(req),
          },
          body: JSON.stringify({ query: translation.document, variables: route.variables(input) }),
        },
        { [INTERNAL_CALLER]: true, [INTERNAL_RESULT]: handover },
      );
      if (result.status === 401) return sendUnauthorized(res, result);
      if (result.headers.has(REPLAYED_HEADER)) res.setHeader(REPLAYED_HEADER, 'true');
      const graphqlResult = handover.result ? asJson(handover.result) : ((await result.json()) as ExecutionResult);
      const { errors, extensions } = graphqlResult as {
        errors?: GraphQLErrors;
        extensions?: { cost?: { requested: number } };
      };
      // The planner's page is parsed here, right before it is rendered: no object tree of it waits in between.
      const planned = plannedDataOf(graphqlResult);
      const data = (planned ? planned.toJSON() : graphqlResult.data) as JsonObject | null | undefined;
      if (extensions?.cost) res.setHeader('x-query-cost', String(extensions.cost.requested));
      if (errors?.length) throw fromGraphQLErrors(errors, maxBodyBytes);
      const response = route.respond(data ?? {}, viewer(translation.plan), input);
      if (translation.unknown.length > 0) res.setHeader('x-unknown-fields', translation.unknown.join(','));
      send(res, 200, response);
    } catch (error) {
      if (error instanceof MedusaError) return send(res, error.status, error.body);
      logger.error({ err: error, path: url.pathname }, 'REST request failed');
      const failure = unknownError();
      send(res, failure.status, failure.body);
    }
  };
}

const parameterCount = (path: string) => path.split('/').filter((segment) => segment.startsWith(':')).length;

function matchRoute(routes: CompiledRoute[], method: string, path: string) {
  for (const compiledRoute of routes) {
    if (compiledRoute.route.method !== method) continue;
    const found = compiledRoute.pattern.exec(path);
    if (!found) continue;
    const params = Object.fromEntries(
      compiledRoute.names.map((name, index) => [name, decodeURIComponent(found[index + 1])]),
    );
    return { compiledRoute, params };
  }
  return null;
}

function translate(compiledRoute: CompiledRoute, fields: string | undefined): Translation {
  const key = fields ?? '\u0000defaults';
  const cached = compiledRoute.translations.get(key);
  if (cached) return cached;
  const { route } = compiledRoute;
  const selection = selectionFor(fieldTree(resolveFields(fields, route.defaults)), route.entity);
  const translation = { document: route.document(selection.text), plan: selection.plan, unknown: selection.unknown };
  // Clients send few distinct field lists; a bound keeps a hostile stream of them from growing memory.
  if (compiledRoute.translations.size >= MAX_CACHED_FIELDS) compiledRoute.translations.clear();
  compiledRoute.translations.set(key, translation);
  return translation;
}

/** GraphQL errors the shim could not avoid (bad arguments) are Medusa's invalid_data; others are unknown errors. */
function fromGraphQLErrors(errors: GraphQLErrors, maxBodyBytes: number): MedusaError {
  const [first] = errors;
  if (errors.some((error) => error.extensions?.code === DATABASE_UNAVAILABLE)) return databaseUnavailable();
  if (first.extensions?.code === 'INTERNAL_SERVER_ERROR') return unknownError();
  if (first.extensions?.code === 'CONFLICT') return new MedusaError(409, 'conflict', first.message);
  // The body limit holds for the shim's GraphQL request too: the client's body plus the generated document.
  if (first.extensions?.code === 'REQUEST_ENTITY_TOO_LARGE') return bodyTooLarge(maxBodyBytes);
  return invalidData(`Invalid request: ${first.message}`);
}

/** POST requests take an Idempotency-Key; the GraphQL pipeline keeps it (per actor) and replays results. */
function idempotencyHeader(req: IncomingMessage): Record<string, string> {
  const key = req.headers[IDEMPOTENCY_HEADER];
  return req.method === 'POST' && typeof key === 'string' ? { [IDEMPOTENCY_HEADER]: key } : {};
}

async function readJson(req: IncomingMessage, maxBytes: number): Promise<Json> {
  const text = (await readBody(req, maxBytes)).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw invalidData('Invalid request: the body is not valid JSON');
  }
}

/**
 * The request body, refused once it passes the limit. Reading stops there without destroying the
 * request (which would reset the connection under the 413); the answer closes the connection instead.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  if (Number(req.headers['content-length']) > maxBytes) return Promise.reject(bodyTooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(bodyTooLarge(maxBytes));
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

const bodyTooLarge = (maxBytes: number) =>
  new MedusaError(413, 'invalid_data', `Request body larger than ${maxBytes} bytes`);
/** Medusa's bare 401, or Medusa's own hint when the GraphQL refusal gave it, with the same challenges as /graphql. */
async function sendUnauthorized(res: ServerResponse, refusal: Response): Promise<void> {
  const { errors } = (await refusal.json()) as { errors: { message: string }[] };
  const message = errors[0]?.message === SECRET_KEY_AS_BEARER_MESSAGE ? SECRET_KEY_AS_BEARER_MESSAGE : 'Unauthorized';
  res.setHeader('www-authenticate', AUTHENTICATE_CHALLENGES);
  send(res, 401, { message });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  // After a 413 the rest of the body is still on the wire; it must not be read as the next request.
  if (status === 413) res.setHeader('connection', 'close');
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}
