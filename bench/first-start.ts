/**
 * The embedded default's first start, as a new user meets it: `npm start`'s command with no
 * DATABASE_URL, on an empty PGlite data directory (migrations, then the demo catalog), until /ready
 * answers 200. Measures the process's peak RSS (the kernel's high-water mark, VmHWM) up to then,
 * the time it took, and the RSS it holds a few seconds later.
 *
 *   npm run build && node --import tsx bench/first-start.ts
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryOf, ROOT, START_FLAGS } from './children.js';

export interface FirstStart {
  readySeconds: number;
  /** Peak RSS from the start until /ready answered 200, MB. */
  peakMb: number;
  /** RSS settleSeconds after /ready, and the peak by then. */
  afterMb: number;
  peakAfterMb: number;
  settleSeconds: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export async function measureFirstStart(settleSeconds = 3, nodeFlags = START_FLAGS): Promise<FirstStart> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-first-start-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  // The defaults of a first `npm start`: no database URL, no secrets, no production mode.
  for (const name of ['DATABASE_URL', 'JWT_SECRET', 'NODE_ENV', 'LOG_LEVEL', 'SEED_ON_START']) delete env[name];
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeFlags, 'dist/main.js'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    let peakMb = 0;
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the gateway exited (${child.exitCode}) before it was ready`);
      if (Date.now() > deadline) throw new Error('the gateway was not ready within 3 minutes');
      peakMb = Math.max(peakMb, memoryOf(child.pid as number).peakMb);
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (response) => response.status === 200,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const readySeconds = (performance.now() - started) / 1000;
    peakMb = Math.max(peakMb, memoryOf(child.pid as number).peakMb);
    await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    const after = memoryOf(child.pid as number);
    return { readySeconds, peakMb, afterMb: after.rssMb, peakAfterMb: after.peakMb, settleSeconds };
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measureFirstStart();
  console.log(
    `first start (embedded PGlite, empty data directory): ready in ${result.readySeconds.toFixed(1)} s, ` +
      `peak RSS ${result.peakMb.toFixed(0)} MB until /ready, ${result.afterMb.toFixed(0)} MB RSS ` +
      `${result.settleSeconds} s later (peak by then ${result.peakAfterMb.toFixed(0)} MB)`,
  );
}
