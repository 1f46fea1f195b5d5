import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { signAdminToken } from '../../src/auth/jwt.js';
import { childEnv, PROJECT_ROOT } from '../support/processes.js';
import { spawnNpm } from '../support/quickstart.js';
import { copies, readDockerfile } from './dockerfile.js';

const run = promisify(execFile);

/** Every path under `dir`, relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/**
 * The image's runtime stage, done here without Docker: the files it copies from the build context,
 * the dist/ a full install built, `npm ci --omit=dev --omit=optional`, then `npm start`. It installs from the npm
 * registry (from npm's cache when it can), so it runs once, in the embedded-database pass.
 */
describe.skipIf(Boolean(process.env.DATABASE_URL))('a production install (npm ci --omit=dev --omit=optional)', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('holds no build tools and no native binaries, and npm start serves from dist/', { timeout: 300_000 }, async () => {
    dir = await mkdtemp(join(tmpdir(), 'gateway-production-'));
    const runtime = (await readDockerfile()).at(-1);
    const fromContext = copies(runtime as NonNullable<typeof runtime>).filter((copy) => copy.from === null);
    for (const source of fromContext.flatMap((copy) => copy.sources)) {
      await cp(join(PROJECT_ROOT, source), join(dir, source), { recursive: true });
    }
    await cp(join(PROJECT_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });

    const env = childEnv({ NODE_ENV: 'production' });
    const { stdout } = await run(
      'npm',
      ['ci', '--omit=dev', '--omit=optional', '--no-audit', '--no-fund', '--prefer-offline'],
      {
        cwd: dir,
        env,
      },
    );
    expect(stdout).toContain('Production install: npm start runs the build in dist/.');

    const installed = await filesUnder(join(dir, 'node_modules'));
    expect(installed.filter((file) => file.endsWith('.node'))).toEqual([]);
    const packages = new Set(
      installed.map((file) =>
        file
          .split('/')
          .slice(0, file.startsWith('@') ? 2 : 1)
          .join('/'),
      ),
    );
    for (const tool of ['typescript', 'prisma', 'tsx', 'esbuild', '@esbuild', '@envelop/graphql-jit', 'vitest']) {
      expect(packages.has(tool), `${tool} is installed`).toBe(false);
    }

    const secret = 'production-install-test-secret-0123456789';
    const gateway = spawnNpm('npm start', dir, {
      ...env,
      JWT_SECRET: secret,
      DATABASE_URL: 'memory://',
      HOST: '127.0.0.1',
      PORT: '0',
    });
    try {
      const output = await gateway.waitFor(/"url":"http[^"]+"/);
      const url = /"url":"(http[^"]+)"/.exec(output)?.[1] as string;
      expect(await (await fetch(`${url}/ready`)).json()).toEqual({ status: 'ready' });
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await signAdminToken(secret, 'user_production')}`,
        },
        body: JSON.stringify({ query: '{ productVariants { count } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { productVariants: { count: 10 } } });
    } finally {
      const { output } = await gateway.stop();
      // npm start ran dist/ as it was: nothing was compiled on the way.
      expect(output).not.toMatch(/tsc|Generated Prisma Client/);
    }
    const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    for (const tool of ['typescript', 'prisma', 'tsx']) expect(Object.keys(pkg.dependencies)).not.toContain(tool);
  });
});
