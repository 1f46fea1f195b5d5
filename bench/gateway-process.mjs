/**
 * The gateway under test, as a child process of run.ts: the compiled gateway in dist/ run by plain
 * node, as `npm start` runs it (hence JavaScript, not TypeScript through a loader), with the
 * configuration from the environment, plus an IPC channel for the benchmark: the statement counter
 * (db.statements.count), and a V8 CPU profile on demand (the sampling profiler behind
 * `node --cpu-prof`, started and stopped around one scenario).
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startGateway } from '../dist/app.js';
import { loadConfig } from '../dist/config.js';
import { createLogger } from '../dist/logger.js';

/** @typedef {{ type: 'stats' | 'profile-start' | 'profile-stop' | 'stop', id?: number, file?: string }} Message */

const config = loadConfig();
const gateway = await startGateway(config, createLogger(config.logLevel));
/** @type {Session | null} */
let session = null;

process.on('message', (/** @type {Message} */ message) => {
  handle(message).then(
    (reply) => process.send?.({ ...reply, type: message.type, id: message.id }),
    (error) => process.send?.({ type: message.type, id: message.id, error: String(error) }),
  );
});
process.on('disconnect', () => {
  gateway.stop().finally(() => process.exit(0));
});
process.send?.({
  type: 'ready',
  url: gateway.url,
  database: gateway.db.description,
  // 'owned' (migrated by the gateway) or 'attached' (a database Medusa made, only checked).
  mode: gateway.preparation.mode,
});

/** @param {Message} message */
async function handle(message) {
  switch (message.type) {
    case 'stats':
      return { statements: gateway.db.statements.count, memory: process.memoryUsage() };
    case 'profile-start':
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
      await session.post('Profiler.start');
      return {};
    case 'profile-stop': {
      if (!session || !message.file) throw new Error('no profile running');
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = null;
      await writeFile(message.file, JSON.stringify(profile));
      return { file: message.file };
    }
    case 'stop':
      await gateway.stop();
      setImmediate(() => process.exit(0));
      return {};
  }
}
