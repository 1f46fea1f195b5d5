import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: tests start the gateway as `npm start` does, from dist/, so dist/ must be
 * built from the sources under test. Building once here keeps parallel test files from racing to.
 */
export default function buildOnce(): void {
  const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
}
