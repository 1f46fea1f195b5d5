import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/processes.js';
import { command, copies, readDockerfile } from './dockerfile.js';

/*
 * No Docker engine runs here, so the image is checked as far as it can be without one: what it
 * copies exists and is in the build context, and it starts the way `npm start` does. The runtime
 * stage itself is installed and started for real by production-install.test.ts.
 */
const dockerignore = async () =>
  (await readFile(join(PROJECT_ROOT, '.dockerignore'), 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

describe('docker/Dockerfile', () => {
  it('copies only files that exist in the build context (the repository root)', async () => {
    const ignored = await dockerignore();
    const stages = await readDockerfile();
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      for (const { from, sources } of copies(stage).filter((copy) => copy.from === null)) {
        for (const source of sources) {
          expect(existsSync(join(PROJECT_ROOT, source)), `${source} is copied but missing`).toBe(true);
          expect(ignored, `${source} is copied but .dockerignore excludes it`).not.toContain(source);
          expect(from).toBeNull();
        }
      }
    }
  });

  it('keeps node_modules, the embedded database, builds and .env files out of the build context', async () => {
    expect(await dockerignore()).toEqual(expect.arrayContaining(['node_modules', '.data', 'dist', '.env', '.git']));
  });

  it('builds in one stage and runs `npm start`s command over a production install in the last', async () => {
    const stages = await readDockerfile();
    const build = stages.find((stage) => stage.name === 'build');
    const runtime = stages.at(-1);
    expect(build?.instructions.map((i) => i.args)).toContain('npm run build');
    const pkg = JSON.parse(await readFile(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(command(runtime as NonNullable<typeof runtime>)).toBe(pkg.scripts.start);
    const runs = runtime?.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args) ?? [];
    expect(runs.some((run) => run.startsWith('npm ci --omit=dev --omit=optional'))).toBe(true);
    const fromBuild = copies(runtime as NonNullable<typeof runtime>).filter((copy) => copy.from === 'build');
    expect(fromBuild.flatMap((copy) => copy.sources)).toEqual(['/app/dist']);
    // The migrations are applied on start, so they ship in the image.
    expect(copies(runtime as NonNullable<typeof runtime>).flatMap((copy) => copy.sources)).toContain('prisma');
  });

  it('has a compose file that runs the image with PostgreSQL', async () => {
    const compose = await readFile(join(PROJECT_ROOT, 'docker', 'compose.yaml'), 'utf8');
    expect(compose).toMatch(/dockerfile: docker\/Dockerfile/);
    expect(compose).toMatch(/image: postgres:/);
    expect(compose).toMatch(/DATABASE_URL: postgres:\/\/\S+@postgres:5432\//);
    expect(compose).toMatch(/JWT_SECRET:/);
  });
});
