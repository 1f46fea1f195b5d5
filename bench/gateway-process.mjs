/**
 * The gateway under test, as a child process of run.ts: src/app.ts's startGateway with the
 * configuration from the environment (as `npm start` reads it), plus an IPC channel for the
 * benchmark: the statement counter (db.statements.count), and a V8 CPU profile on demand (the
 * sampling profiler behind `node --cpu-prof`, started and stopped around one scenario).
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startGateway } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

interface Message {
  type: 'stats' | 'profile-start' | 'profile-stop' | 'stop';
  id?: number;
  file?: string;
}

const config = loadConfig();
const gateway = await startGateway(config, createLogger(config.logLevel));
let session: Session | null = null;

process.on('message', (message: Message) => {
  handle(message).then(
    (reply) => process.send?.({ ...reply, type: message.type, id: message.id }),
    (error: unknown) => process.send?.({ type: message.type, id: message.id, error: String(error) }),
  );
});
process.on('disconnect', () => {
  gateway.stop().finally(() => process.exit(0));
});
process.send?.({ type: 'ready', url: gateway.url, database: gateway.db.description });

async function handle(message: Message): Promise<Record<string, unknown>> {
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
