import { type Gateway, startGateway } from '../../src/app.js';
import { signAdminToken } from '../../src/auth/jwt.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTestTarget } from './database.js';
import { TEST_JWT_SECRET } from './graphql.js';

export interface Replicas {
  /** Gateways started in this process, each with its own pool, over one test database. */
  gateways: Gateway[];
  /** An admin token all of them accept. */
  token: string;
  /** The replica that serves the request with this index: they take turns, as behind a load balancer. */
  urlFor(index: number): string;
  dispose(): Promise<void>;
}

/**
 * Replicas of the gateway over one PostgreSQL database, as an operator runs them. They start one
 * after the other (the first migrates); PGlite lives in one process, so replicas need PostgreSQL.
 */
export async function startReplicas(count = 2): Promise<Replicas> {
  const { target, drop } = await createTestTarget();
  if (target.kind !== 'postgres') throw new Error('Replicas share a PostgreSQL database; set DATABASE_URL');
  const config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    database: target,
    jwtSecret: TEST_JWT_SECRET,
    seedOnStart: false,
  };
  const gateways: Gateway[] = [];
  try {
    for (let index = 0; index < count; index++) gateways.push(await startGateway(config, createLogger('silent')));
  } catch (error) {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    await drop();
    throw error;
  }
  return {
    gateways,
    token: await signAdminToken(TEST_JWT_SECRET, 'user_test_admin'),
    urlFor: (index) => gateways[index % gateways.length].url,
    async dispose() {
      await Promise.allSettled(gateways.map((gateway) => gateway.stop()));
      await drop();
    },
  };
}
