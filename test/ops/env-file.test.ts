import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, PROJECT_ROOT } from '../support/processes.js';

/** Runs the built gateway in `cwd` until it logs its start line (or exits), then stops it. */
function startIn(cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist', 'main.js')], { cwd, env });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (/"url":"http/.test(output)) child.kill('SIGTERM');
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('the .env file', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is read from the working directory at start, and the real environment wins over it', {
    timeout: 180_000,
  }, async () => {
    dir = await mkdtemp(join(tmpdir(), 'gateway-env-'));
    await writeFile(
      join(dir, '.env'),
      '# settings for this folder\nDATABASE_URL=memory://\nSEED_ON_START="false"\nPORT=9\nHOST=127.0.0.1\n',
    );
    const { output } = await startIn(dir, childEnv({ PORT: '0' }));
    const line = JSON.parse(output.split('\n').find((l) => l.includes('"url":"http')) as string);
    expect(line.database).toBe('embedded PGlite in memory');
    expect(line.seeded).toBeNull();
    expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(line.url).not.toMatch(/:9$/);
  });

  it('ENV_FILE names another file; a missing one is a configuration error', async () => {
    dir ??= await mkdtemp(join(tmpdir(), 'gateway-env-'));
    const result = await startIn(dir, childEnv({ ENV_FILE: join(dir, 'absent.env') }));
    expect(result.code).toBe(2);
    expect(result.output).toContain('Configuration error: cannot read the environment file');
  });
});
