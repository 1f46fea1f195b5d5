import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Finished {
  code: number | null;
  output: string;
}

/** An environment for a child process: this one's, minus the database settings tests vary. */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_UPDATE_NOTIFIER: '1', ...overrides };
  if (!('DATABASE_URL' in overrides)) delete env.DATABASE_URL;
  return env;
}

/** Runs an npm script to completion, as a person would from the README. */
export function runNpm(args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return finished(spawn('npm', args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

function finished(child: ChildProcess): Promise<Finished> {
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

export interface Started {
  url: string;
  /** The structured start-up log line. */
  startLine: Record<string, unknown>;
  /** Everything printed so far. */
  output(): string;
  /** Sends SIGTERM to npm and the gateway and waits for both to end. */
  stop(): Promise<Finished>;
}

/** Starts `npm start` and resolves once it logs the URL it listens on. */
export function startNpm(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Started> {
  // Its own process group, so the signal reaches the gateway as a terminal's Ctrl-C would, not just npm.
  const child = spawn('npm', ['start', ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const done = finished(child);
  return new Promise((resolve, reject) => {
    let buffered = '';
    let started = false;
    const onData = (chunk: Buffer) => {
      buffered += chunk;
      if (started) return;
      for (const line of buffered.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (typeof entry.url !== 'string') continue;
        started = true;
        resolve({
          url: entry.url,
          startLine: entry,
          output: () => buffered,
          stop: () => {
            if (child.pid) process.kill(-child.pid, 'SIGTERM');
            return done;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    done.then(({ code, output }) => reject(new Error(`npm start exited (${code}) before listening:\n${output}`)));
  });
}
