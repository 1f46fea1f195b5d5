import { type Gateway, startGateway } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createTestTarget } from './database.js';

export interface TestGateway extends Gateway {
  /** Stops the server (if still running) and drops the test database. */
  dispose(): Promise<void>;
}

/** A gateway on a free loopback port over a fresh test database. */
export async function startTestGateway(
  overrides: Partial<Config> = {},
  logger: Logger = createLogger('silent'),
): Promise<TestGateway> {
  const { target, drop } = await createTestTarget();
  const config = { ...loadConfig({}), host: '127.0.0.1', port: 0, database: target, ...overrides };
  const gateway = await startGateway(config, logger);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await gateway.stop();
  };
  return {
    ...gateway,
    stop,
    async dispose() {
      await stop();
      await drop();
    },
  };
}
