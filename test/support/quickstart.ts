import { spawn } from 'node:child_process';

/** A README command run in a clone: its output so far, a wait for a line, and a stop. */
export function spawnNpm(command: string, cwd: string, env: NodeJS.ProcessEnv) {
  const [program, ...args] = command.split(' ');
  const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const listeners: (() => void)[] = [];
  const collect = (chunk: Buffer) => {
    output += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const finished = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  );
  return {
    finished,
    /** Resolves with the output once it matches, or rejects if the command ends first. */
    waitFor(pattern: RegExp): Promise<string> {
      return new Promise((resolve, reject) => {
        const check = () => pattern.test(output) && resolve(output);
        listeners.push(check);
        check();
        finished.then(({ code }) =>
          reject(new Error(`${command} ended (${code}) before printing ${pattern}:\n${output}`)),
        );
      });
    },
    async stop() {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      return finished;
    },
  };
}
