import { signAdminToken } from '../../src/auth/jwt.js';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logger.js';
import { startTestGateway, type TestGateway } from './gateway.js';

export const TEST_JWT_SECRET = 'test-secret-shared-with-medusa';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLTestServer {
  gateway: TestGateway;
  /** A token for an admin user, signed as Medusa would with the shared secret. */
  token: string;
  /** Sends an operation over HTTP with the admin token (or the given Authorization header, or none with null). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns the data. */
  data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** SQL statements sent while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  dispose(): Promise<void>;
}

/** A started gateway (seeded with the demo catalog unless told otherwise) and a client for it. */
export async function startGraphQLServer(overrides: Partial<Config> = {}, logger?: Logger): Promise<GraphQLTestServer> {
  const gateway = await startTestGateway({ jwtSecret: TEST_JWT_SECRET, ...overrides }, logger);
  if (gateway.db.kind === 'postgres' && overrides.seedOnStart !== false) {
    const { seedDemoCatalog } = await import('../../src/seed/demo.js');
    await seedDemoCatalog(gateway.db.prisma);
  }
  const token = await signAdminToken(TEST_JWT_SECRET, 'user_test_admin');
  const gql = async <T>(query: string, variables?: Record<string, unknown>, authorization?: string | null) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth = authorization === undefined ? `Bearer ${token}` : authorization;
    if (auth !== null) headers.authorization = auth;
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };
  return {
    gateway,
    token,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const response = await gql<T>(query, variables);
      if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
      return response.data as T;
    },
    async countStatements(work) {
      const before = gateway.db.statements.count;
      await work();
      return gateway.db.statements.count - before;
    },
    dispose: () => gateway.dispose(),
  };
}

/** A copy of a response or its errors without the `extensions.requestId` every error carries, for exact comparisons. */
export function withoutRequestIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, inner) => (key === 'requestId' ? undefined : inner)) as T;
}
