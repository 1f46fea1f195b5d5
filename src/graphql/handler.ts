import type { IncomingMessage, ServerResponse } from 'node:http';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Actor } from '../auth/actor.js';
import type { Authenticator } from '../auth/authenticator.js';
import { DomainError } from '../core/errors.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { useOperationMetrics } from '../metrics/graphql.js';
import type { Metrics } from '../metrics/registry.js';
import { useAuthentication } from './authentication.js';
import type { GraphQLContext } from './context.js';
import { databaseUnavailableError } from './database-unavailable.js';
import { EXAMPLE_OPERATION } from './graphiql.js';
import { useIdLengthLimit } from './id-length.js';
import { useIdempotency } from './idempotency/plugin.js';
import { useInputErrorCodes } from './input-errors.js';
import { type InternalResultContext, useResultHandover } from './internal-result.js';
import { type GraphQLLimits, type InternalCallerContext, limitsForYoga } from './limits/index.js';
import { usePlannedReads } from './planner/plugin.js';
import { useRequestIdInErrors } from './request-id.js';
import { schema } from './schema.js';

export interface GraphQLHandlerOptions {
  prisma: PrismaClient;
  authenticator: Authenticator;
  logger: Logger;
  /** In developer mode, a token GraphiQL sends without the user pasting it. */
  devToken: string | null;
  limits: GraphQLLimits;
  readPlanner: boolean;
  metrics: Metrics;
}

/** Node's request and response over HTTP; the REST shim's operations carry its marker and a place for their result instead. */
type ServerContext = { req: IncomingMessage; res: ServerResponse } & InternalCallerContext & InternalResultContext;
export type GraphQLHandler = YogaServerInstance<ServerContext, GraphQLContext>;

export const GRAPHQL_PATH = '/graphql';

/** The GraphQL endpoint: authentication, GraphiQL served from the gateway itself, masked errors. */
export function createGraphQLHandler(options: GraphQLHandlerOptions): GraphQLHandler {
  const { prisma, authenticator, logger, devToken } = options;
  const actors = new WeakMap<Request, Actor>();
  const limits = limitsForYoga(options.limits);
  return createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    // CORS is answered once, by the HTTP server, for /graphql and /admin alike.
    cors: false,
    // GraphiQL's page and its assets (some 35 MiB once loaded) only once a browser asks for it.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    maxRequestBodySize: limits.maxRequestBodySize,
    batching: limits.batching,
    graphiql: limits.graphiql && {
      title: 'Medusa variant gateway',
      defaultQuery: EXAMPLE_OPERATION,
      headers: devToken ? JSON.stringify({ Authorization: `Bearer ${devToken}` }, null, 2) : undefined,
    },
    // Clients get "Unexpected error." and nothing of the cause, in development too; the cause is logged.
    maskedErrors: {
      maskError: (error, message) => {
        if (isDatabaseUnavailable(unwrap(error))) {
          logger.warn({ err: unwrap(error) }, 'database unavailable during a GraphQL operation');
          return databaseUnavailableError(error);
        }
        const cause = unwrap(error);
        if (cause instanceof DomainError) {
          // A rule raised an error its mutation's result union does not list (see `raises`): a bug
          // of the schema, reported as an unexpected error so that tests fail on it.
          logger.error({ err: cause, code: cause.code }, 'a mutation raised an error its result union does not list');
          return maskError(new Error(cause.message), message, false);
        }
        const masked = maskError(error, message, false);
        if (masked !== error) logger.error({ err: cause }, 'unexpected error in a GraphQL operation');
        return masked;
      },
    },
    logging: {
      debug: (...args) => logger.debug({ yoga: args }, 'graphql'),
      info: (...args) => logger.info({ yoga: args }, 'graphql'),
      warn: (...args) => logger.warn({ yoga: args }, 'graphql'),
      error: (...args) => logger.error({ yoga: args }, 'graphql'),
    },
    plugins: [
      useAuthentication(authenticator, actors),
      ...limits.plugins,
      // Unstorable input is refused before an idempotency key is claimed for it.
      useInputErrorCodes(),
      useIdLengthLimit(),
      useIdempotency(logger),
      useRequestIdInErrors(),
      ...(options.readPlanner ? [usePlannedReads()] : []),
      useOperationMetrics(options.metrics),
      // Last: the REST shim takes the result as a client would read it.
      useResultHandover(),
    ],
    context: ({ request }) => {
      const actor = actors.get(request);
      if (!actor) throw new Error('GraphQL context built for a request that was not authenticated');
      return { prisma, actor };
    },
  });
}

/** The error a resolver threw, from inside the GraphQLError that graphql-js wraps it in. */
function unwrap(error: unknown): unknown {
  return error instanceof Error && 'originalError' in error && error.originalError ? error.originalError : error;
}
