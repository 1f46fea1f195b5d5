import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAdminToken } from '../src/auth/jwt.js';
import type { PostgresTarget } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createTestTarget, ON_POSTGRES } from './support/database.js';
import { type GraphQLTestServer, startGraphQLServer, TEST_JWT_SECRET } from './support/graphql.js';
import { childEnv, runNpm, startNpm } from './support/processes.js';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  [field: string]: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const API_KEY = 'sk_01JSECRETAPIKEYVALUE0000';
const BAD_TOKEN = 'bad.token-SECRETSIGNATURE';
const COOKIE_SECRET = 'connect.sid=s%3ASECRETCOOKIE';

/** A gateway whose every log line, down to trace, is kept for the test to read. */
describe('request ids and logs', () => {
  let server: GraphQLTestServer;
  const text: string[] = [];
  const lines = () =>
    text
      .join('')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LogLine);
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text.push(String(chunk));
      done();
    },
  });

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false }, createLogger('trace', sink));
  });
  afterAll(async () => {
    await server?.dispose().catch(() => {});
  });

  const send = (path: string, init: RequestInit = {}) => fetch(`${server.gateway.url}${path}`, init);
  const graphql = (query: string, headers: Record<string, string> = {}) =>
    send('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}`, ...headers },
      body: JSON.stringify({ query }),
    });

  it('keeps a sane x-request-id from the caller and makes one otherwise, on every kind of response', async () => {
    const sent = 'edge-7f3a.retry:2';
    const responses = [
      await send('/health', { headers: { 'x-request-id': sent } }),
      await send('/ready', { headers: { 'x-request-id': sent } }),
      await send('/nope', { headers: { 'x-request-id': sent } }),
      await graphql('{ productVariants { count } }', { 'x-request-id': sent }),
      await graphql('{ productVariants { count } }', { 'x-request-id': sent, authorization: 'Bearer nope' }),
      await send('/admin/stock-locations', { headers: { 'x-request-id': sent } }),
      await send('/openapi.json', { headers: { 'x-request-id': sent } }),
    ];
    expect(responses.map((response) => [response.status, response.headers.get('x-request-id')])).toEqual([
      [200, sent],
      [200, sent],
      [404, sent],
      [200, sent],
      [401, sent],
      [401, sent],
      [200, sent],
    ]);

    const made = new Set<string>();
    for (const header of [undefined, '', 'has spaces', 'x'.repeat(129), 'quote"d', 'é']) {
      const response = await send('/health', header === undefined ? {} : { headers: { 'x-request-id': header } });
      const id = response.headers.get('x-request-id') ?? '';
      expect(id).toMatch(UUID);
      made.add(id);
    }
    expect(made.size).toBe(6);
    expect((await send('/health', { headers: { 'x-request-id': 'x'.repeat(128) } })).headers.get('x-request-id')).toBe(
      'x'.repeat(128),
    );
  });

  it('puts the request id into GraphQL errors, and only into the header of REST errors', async () => {
    const response = await graphql('{ productVariants { nope } }', { 'x-request-id': 'gql-error-1' });
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'gql-error-1' });
    // Yoga caches validation: the same bad query again must name its own request, not the first.
    const again = (await (await graphql('{ productVariants { nope } }')).json()) as typeof body;
    expect(again.errors[0].extensions.requestId).toMatch(UUID);

    const rest = await send('/admin/stock-locations?limit=-1', {
      headers: { authorization: `Bearer ${server.token}`, 'x-request-id': 'rest-error-1' },
    });
    expect(rest.status).toBe(400);
    expect(rest.headers.get('x-request-id')).toBe('rest-error-1');
    expect(Object.keys((await rest.json()) as object).sort()).toEqual(['message', 'type']);
  });

  it('writes one access line per request, and every line written while handling it carries its id', async () => {
    text.length = 0;
    await graphql('{ productVariants { count } }', { 'x-request-id': 'traced-1' });
    await send('/admin/stock-locations?fields=name&limit=1', {
      headers: { authorization: `Bearer ${server.token}`, 'x-request-id': 'traced-2' },
    });
    await send('/nope', { headers: { 'x-request-id': 'traced-3' } });
    // The access line is written when the response has been sent, which the client may see first.
    await expect.poll(() => lines().filter((line) => line.msg === 'request completed').length).toBe(3);
    const logged = lines();
    expect(logged.length).toBeGreaterThan(3);
    expect(logged.filter((line) => !line.requestId)).toEqual([]);
    const access = logged.filter((line) => line.msg === 'request completed');
    expect(access).toEqual([
      expect.objectContaining({ level: 30, requestId: 'traced-1', method: 'POST', path: '/graphql', status: 200 }),
      expect.objectContaining({ requestId: 'traced-2', method: 'GET', path: '/admin/stock-locations', status: 200 }),
      expect.objectContaining({ requestId: 'traced-3', method: 'GET', path: '/nope', status: 404 }),
    ]);
    for (const line of access) expect(line.durationMs).toEqual(expect.any(Number));
  });

  it('never logs a token, an API key, a cookie or a query-string secret', async () => {
    text.length = 0;
    const basic = `Basic ${Buffer.from(`${API_KEY}:`).toString('base64')}`;
    for (const authorization of [`Bearer ${server.token}`, basic, `Bearer ${BAD_TOKEN}`]) {
      await graphql('{ productVariants { count } }', { authorization, cookie: COOKIE_SECRET, 'x-api-key': API_KEY });
      await send(`/admin/stock-locations?token=${BAD_TOKEN}`, { headers: { authorization, cookie: COOKIE_SECRET } });
    }
    await expect.poll(() => lines().filter((line) => line.msg === 'request completed').length).toBe(6);
    const output = text.join('');
    for (const secret of [
      server.token,
      Buffer.from(`${API_KEY}:`).toString('base64'),
      API_KEY,
      BAD_TOKEN,
      'SECRETCOOKIE',
    ])
      expect(output).not.toContain(secret);
  });

  it('logs the cause of an unexpected error with the id of the request that met it', async () => {
    await server.gateway.db.close();
    text.length = 0;
    const gql = await graphql('{ productVariants { count } }', { 'x-request-id': 'broken-gql' });
    expect(((await gql.json()) as { errors: { extensions: object }[] }).errors[0].extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'broken-gql',
    });
    const rest = await send('/admin/stock-locations', {
      headers: { authorization: `Bearer ${server.token}`, 'x-request-id': 'broken-rest' },
    });
    expect(rest.status).toBe(500);
    expect(await rest.json()).toEqual({
      code: 'unknown_error',
      type: 'unknown_error',
      message: 'An unknown error occurred.',
    });
    const causes = lines().filter((line) => line.msg === 'unexpected error in a GraphQL operation');
    expect(causes.map((line) => line.requestId)).toEqual(['broken-gql', 'broken-rest']);
    for (const line of causes) expect(line.err).toEqual(expect.objectContaining({ stack: expect.any(String) }));
  });
});

describe('the logger', () => {
  it('censors credentials in any object it is given, headers included', () => {
    const text: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          text.push(String(chunk));
          done();
        },
      }),
    );
    logger.info({
      req: { headers: { authorization: 'Bearer SECRET-1', cookie: 'sid=SECRET-2', 'x-api-key': 'SECRET-3' } },
      headers: { authorization: 'Basic SECRET-4' },
      config: { jwtSecret: 'SECRET-5', password: 'SECRET-6' },
      token: 'SECRET-7',
      apiKey: 'SECRET-8',
    });
    const [line] = text;
    expect(line).not.toContain('SECRET');
    expect(JSON.parse(line)).toMatchObject({
      req: { headers: { authorization: '[redacted]', cookie: '[redacted]', 'x-api-key': '[redacted]' } },
      headers: { authorization: '[redacted]' },
      config: { jwtSecret: '[redacted]', password: '[redacted]' },
      token: '[redacted]',
      apiKey: '[redacted]',
    });
  });
});

/** `npm start`, as run in production: its whole output, at the most verbose level, holds no password. */
describe('npm start with a password in DATABASE_URL', () => {
  it('does not print the password when the database cannot be reached', async () => {
    const result = await runNpm(
      ['start'],
      childEnv({ DATABASE_URL: 'postgres://shop:PASSWORD-1@127.0.0.1:1/gateway', PORT: '0', LOG_LEVEL: 'trace' }),
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain('gateway failed to start: the database is unreachable');
    expect(result.output).not.toContain('PASSWORD-1');
  });

  it.skipIf(!ON_POSTGRES)('does not print the password while it serves requests (PostgreSQL only)', async () => {
    const { target, drop } = await createTestTarget();
    const url = new URL((target as PostgresTarget).url);
    // A server that trusts local connections ignores the password; one that checks it has its own in the URL.
    if (!url.password) url.password = 'PASSWORD-2';
    const password = decodeURIComponent(url.password);
    try {
      const gateway = await startNpm(
        childEnv({ DATABASE_URL: url.toString(), PORT: '0', LOG_LEVEL: 'trace', JWT_SECRET: TEST_JWT_SECRET }),
      );
      const token = await signAdminToken(TEST_JWT_SECRET, 'user_test_admin');
      for (const authorization of [`Bearer ${token}`, `Bearer ${BAD_TOKEN}`]) {
        await fetch(`${gateway.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: '{ productVariants { count } }' }),
        });
      }
      const { output } = await gateway.stop();
      expect(output).toContain('"msg":"request completed"');
      expect(output).toContain(':***@');
      for (const secret of [password, token, BAD_TOKEN]) expect(output).not.toContain(secret);
    } finally {
      await drop();
    }
  });
});
