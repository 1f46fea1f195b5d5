import type { AddressInfo } from 'node:net';
import { refuseDeveloperModeOverMedusa } from './auth/developer-mode.js';
import { createAuthentication } from './auth/setup.js';
import type { Config } from './config.js';
import { createCors } from './cors.js';
import { type Database, openDatabase } from './db/connect.js';
import { type Preparation, prepareDatabase } from './db/prepare.js';
import { createGraphQLHandler, GRAPHQL_PATH } from './graphql/handler.js';
import type { Logger } from './logger.js';
import { observePoolWaits, registerDatabaseGauges } from './metrics/database.js';
import { createMetrics } from './metrics/registry.js';
import { createRestHandler } from './rest/handler.js';
import { countCatalogRows, type SeedSummary, seedDemoCatalog } from './seed/demo.js';
import { createHttpServer } from './server.js';

export interface Gateway {
  url: string;
  db: Database;
  preparation: Preparation;
  /** What the start-up seeding wrote, or null when it did not seed. */
  seeded: SeedSummary | null;
  /** Why the demo catalog was not written, when it was not. */
  seedSkipped: string | null;
  graphqlUrl: string;
  /** GraphiQL is served only with introspection, which it needs. */
  graphiql: boolean;
  /** Developer mode only (no JWT verification configured): an admin token signed with this process's random secret. */
  devToken: string | null;
  /** Whether GraphiQL's page carries the dev token: only while the gateway listens where HOST did not send it. */
  devTokenInPage: boolean;
  /** Stops accepting requests, lets in-flight ones finish (up to the shutdown timeout), closes the database. */
  stop(): Promise<void>;
}

export interface StartHooks {
  /** Awaited once the server listens on `port`, before the database is prepared: tests hold the start-up window open with it. */
  beforePrepare?: (port: number) => Promise<void>;
}

/**
 * Opens the database, starts answering /health at once, then migrates (or checks an attached
 * Medusa database) and seeds the embedded database when it is empty; /ready turns 200 after that.
 */
export async function startGateway(config: Config, logger: Logger, hooks: StartHooks = {}): Promise<Gateway> {
  const db = await openDatabase(config.database);
  try {
    await refuseDeveloperModeOverMedusa(config, db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const metrics = createMetrics();
  if (db.pool) observePoolWaits(db.pool, metrics);
  registerDatabaseGauges(metrics, db, db.pool);
  const { authenticator, devToken } = await createAuthentication(config, db.prisma, logger);
  // With HOST set the gateway may be reachable from the network: the token stays on the terminal.
  const devTokenInPage = devToken !== null && !config.hostExplicit;
  const graphql = createGraphQLHandler({
    prisma: db.prisma,
    authenticator,
    logger,
    devToken: devTokenInPage ? devToken : null,
    limits: config.limits,
    readPlanner: config.readPlanner,
    metrics,
  });
  let prepared = false;
  const rest = createRestHandler(graphql, logger, config.limits.maxBodyBytes);
  const cors = createCors(config.corsOrigins);
  const { server, handlersDone } = createHttpServer({
    db,
    logger,
    graphql,
    rest,
    cors,
    metrics,
    metricsToken: config.metricsToken,
    isPrepared: () => prepared,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
    await hooks.beforePrepare?.((server.address() as AddressInfo).port);
    const progress = (message: string) => logger.info(message);
    const preparation = await prepareDatabase(db, progress);
    const seedSkipped = await reasonNotToSeed(config, db, preparation);
    const seeded = seedSkipped ? null : await seedDemoCatalog(db.prisma, progress);
    prepared = true;
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${host}:${port}`;
    return {
      url,
      graphqlUrl: `${url}${GRAPHQL_PATH}`,
      graphiql: config.limits.introspection,
      db,
      preparation,
      seeded,
      seedSkipped,
      devToken,
      devTokenInPage,
      stop: () => stop(),
    };
  } catch (error) {
    await stop();
    throw error;
  }

  async function stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, config.shutdownTimeoutMs);
    });
    await closed;
    // A handler whose client went away still runs; the database must outlive it (or the deadline).
    await Promise.race([handlersDone(), deadline]);
    clearTimeout(timer);
    await db.close();
  }
}

/** Only an empty embedded database gets the demo catalog on start; null means seed it. */
async function reasonNotToSeed(config: Config, db: Database, preparation: Preparation): Promise<string | null> {
  if (!config.seedOnStart) return 'turned off (SEED_ON_START=false)';
  if (preparation.mode !== 'owned') return "a Medusa store's database is never seeded";
  if (db.kind === 'postgres') return 'PostgreSQL is not seeded on start (npm run seed does it)';
  if ((await countCatalogRows(db.prisma)) > 0) return 'the database already holds a catalog';
  return null;
}
