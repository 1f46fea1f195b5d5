import { startGateway } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { OperatorError } from './operator-error.js';

const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof OperatorError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
})();
const logger = createLogger(config.logLevel);

try {
  const gateway = await startGateway(config, logger);
  const { preparation, seeded } = gateway;
  logger.info(
    {
      url: gateway.url,
      database: gateway.db.description,
      mode: preparation.mode,
      migrationsApplied: preparation.mode === 'owned' ? preparation.appliedMigrations : [],
      seeded,
    },
    `gateway listening on ${gateway.url} (${gateway.db.description})`,
  );
  if (gateway.devToken) {
    // For a person at a terminal, so plain text rather than a log line.
    console.log(
      `\nGraphiQL:  ${gateway.graphqlUrl}  (open it in a browser; the Authorization header is filled in)\n` +
        `Dev token: Bearer ${gateway.devToken}\n` +
        '           Developer mode: JWT_SECRET is not set, so tokens are signed with a random secret that lasts until this process stops.\n',
    );
  }
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    gateway.stop().then(
      () => {
        logger.info('gateway stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (error) {
  if (error instanceof OperatorError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
}
