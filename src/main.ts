import { startGateway } from './app.js';
import { HELP, parseInvocation } from './cli/arguments.js';
import { attachCheck } from './cli/attach-check.js';
import { loadConfig } from './config.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { loadEnvFile } from './env-file.js';
import { createLogger } from './logger.js';
import { OperatorError } from './operator-error.js';
import { startupReport } from './startup-report.js';

const { invocation, config } = (() => {
  try {
    loadEnvFile();
    const invocation = parseInvocation(process.argv.slice(2), process.env);
    return { invocation, config: loadConfig(invocation.env) };
  } catch (error) {
    if (!(error instanceof OperatorError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
})();

if (invocation.help) {
  console.log(HELP);
  process.exit(0);
}
if (invocation.attachCheck) process.exit(await attachCheck(config));

const logger = createLogger(config.logLevel);

try {
  const gateway = await startGateway(config, logger);
  // Handlers first: a signal that arrives while the start-up lines are written must still drain.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    gateway.stop().then(
      () => {
        logger.info('gateway stopped');
        // Let pending output reach a piped stdout before the process ends; exit anyway soon after.
        process.exitCode = 0;
        setTimeout(() => process.exit(0), 1000).unref();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  const { preparation, seeded } = gateway;
  // For a person at a terminal, so plain text besides the log line; printed first so that whoever
  // waits for the log line has it too.
  console.log(startupReport(gateway));
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
} catch (error) {
  if (error instanceof OperatorError) logger.fatal(error.message);
  else if (isDatabaseUnavailable(error))
    logger.fatal(
      { err: error },
      'gateway failed to start: the database is unreachable; check DATABASE_URL and the server',
    );
  else logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
}
