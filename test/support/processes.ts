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

/** The gateway's entry point run from its sources, as `npm start` runs it without the build step. */
const GATEWAY_SOURCE = ['--import', 'tsx', 'src/main.ts'];

/** Runs the gateway process to completion (for runs that must refuse to start). */
export function runGateway(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Finished> {
  return finished(
    spawn(process.execPath, [...GATEWAY_SOURCE, ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** A started process, before and after it reports that it serves. */
export interface Launched {
  /** Resolves once it logs the URL it listens on (after preparing its database); rejects if it exits first. */
  started: Promise<Started>;
  /** Its standard output so far. */
  output(): string;
  /** Sends SIGTERM to it (and, for npm, the gateway) and waits for it to end. */
  stop(): Promise<Finished>;
}

/** Launches the gateway process from its sources (of this project, or of a copy in `cwd`): `npm start` without its build step. */
export function launchGateway(env: NodeJS.ProcessEnv, args: string[] = [], cwd = PROJECT_ROOT): Launched {
  return launch(process.execPath, [...GATEWAY_SOURCE, ...args], env, cwd);
}

/** Starts the gateway process and resolves once it logs the URL it listens on. */
export function startGatewayProcess(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Started> {
  return launchGateway(env, args).started;
}

/** Starts `npm start` and resolves once it logs the URL it listens on. */
export function startNpm(env: NodeJS.ProcessEnv, args: string[] = []): Promise<Started> {
  return launch('npm', ['start', ...args], env).started;
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): Launched {
  // Its own process group, so the signal reaches the gateway as a terminal's Ctrl-C would, not just npm.
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const done = finished(child);
  let buffered = '';
  const output = () => buffered;
  const stop = () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
    return done;
  };
  const started = new Promise<Started>((resolve, reject) => {
    let found = false;
    const onData = (chunk: Buffer) => {
      buffered += chunk;
      if (found) return;
      const lines = buffered.split('\n');
      lines.pop(); // not ended yet
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (typeof entry.url !== 'string') continue;
        found = true;
        resolve({ url: entry.url, startLine: entry, output, stop });
      }
    };
    child.stdout?.on('data', onData);
    done.then(({ code, output }) =>
      reject(new Error(`${command} ${args.join(' ')} exited (${code}) before listening:\n${output}`)),
    );
  });
  // A caller that stops the process before it serves must not meet an unhandled rejection.
  started.catch(() => {});
  return { started, output, stop };
}
