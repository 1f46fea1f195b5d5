import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, PROJECT_ROOT } from './support/processes.js';
import { spawnNpm } from './support/quickstart.js';

const run = promisify(execFile);

/** The fenced ```sh blocks of a README section, in order. */
async function shellBlocks(section: string): Promise<string[]> {
  const readme = await readFile(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(`## ${section}`);
  const end = readme.indexOf('\n## ', start + 1);
  return [...readme.slice(start, end).matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/**
 * The README's quick start, run as written in a fresh clone of the committed tree, so the docs
 * cannot rot: `npm install`, `npm start`, the health checks, a GraphQL request with the printed
 * token, and the curl examples of the REST section. It installs from the npm registry, so it runs
 * once, on the embedded database (the quick start does not use DATABASE_URL).
 */
describe.skipIf(Boolean(process.env.DATABASE_URL))('the README quick start, in a fresh clone', () => {
  let clone: string;
  afterAll(async () => {
    if (clone) await rm(clone, { recursive: true, force: true });
  });

  it('installs, starts, serves GraphiQL and GraphQL, and answers the README curl examples', {
    timeout: 300_000,
  }, async () => {
    clone = await mkdtemp(join(tmpdir(), 'gateway-clone-'));
    await run('git', ['clone', '--quiet', PROJECT_ROOT, clone]);
    const [commands] = await shellBlocks('Quick start');
    const [install, start] = commands.trim().split('\n');
    expect([install, start]).toEqual(['npm install', 'npm start']);

    const env = childEnv({ PORT: '0' });
    const installed = await spawnNpm(install, clone, env).finished;
    expect(installed.code, installed.output).toBe(0);

    const gateway = spawnNpm(start, clone, env);
    try {
      const banner = await gateway.waitFor(/Dev token: {3}Bearer (\S+)/);
      const url = /Listening: {3}(\S+)/.exec(banner)?.[1] as string;
      const token = /Dev token: {3}Bearer (\S+)/.exec(banner)?.[1] as string;
      expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
      expect(await (await fetch(`${url}/ready`)).json()).toEqual({ status: 'ready' });
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const graphql = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ productVariants { count } }' }),
      });
      expect(await graphql.json()).toEqual({
        data: { productVariants: { count: 10 } },
        extensions: { cost: { requested: 2, requestTotal: 2, maximum: 1_000_000 } },
      });

      const [rest] = await shellBlocks('REST');
      const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', rest], {
        env: { ...env, BASE: url, TOKEN: token },
      });
      // Four POST examples that answer {product} and two that answer {variant}, none an error.
      expect(stdout).not.toMatch(/"type":"(invalid_data|not_found|unknown_error)"|Unauthorized/);
      expect(stdout.match(/\{"product":/g)).toHaveLength(3);
      expect(stdout.match(/\{"variant":/g)).toHaveLength(2);
    } finally {
      await gateway.stop();
    }
  });
});
