#!/usr/bin/env node
// Builds the gateway once: generates the Prisma client (and the Pothos types) into src/generated/,
// then compiles src/ into dist/, which `npm start` and the operator commands run with plain Node,
// and writes the embedded database's new cluster there (dist/pglite-cluster-<version>.tar.gz).
// Both steps need devDependencies (the Prisma CLI, TypeScript); a production install
// (`npm ci --omit=dev --omit=optional`, beside the dist/ a full install built) has neither, and
// no src/, and runs dist/ as it is.
//
//   node scripts/build.mjs                 build (npm run build)
//   node scripts/build.mjs --on-install    postinstall: build when the build tools are installed
//   node scripts/build.mjs --if-stale      before npm start: build when src/ changed since the last build
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const STAMP = join(root, 'dist', '.build-stamp');
const ENTRY = join(root, 'dist', 'main.js');
// What the build reads; the generated client is rewritten by the build itself.
const INPUTS = ['src', 'prisma/schema.prisma', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
const mode = process.argv[2];

function hasBuildTools() {
  try {
    require.resolve('typescript/package.json');
    require.resolve('prisma/package.json');
    return true;
  } catch {
    return false;
  }
}

function newestInput(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'generated') continue;
    newest = Math.max(newest, newestInput(join(path, entry)));
  }
  return newest;
}

function isFresh() {
  if (!existsSync(ENTRY) || !existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.every((input) => newestInput(join(root, input)) <= built);
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build() {
  run([join(root, 'scripts', 'prisma.mjs'), 'generate']);
  run([join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
  // A new embedded cluster, unpacked on the first start in place of PGlite's initdb (src/db/pglite.ts).
  run([join(root, 'dist', 'cli', 'pglite-snapshot.js')]);
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

if (mode === '--on-install' && !(hasBuildTools() && existsSync(join(root, 'src')))) {
  console.log(
    existsSync(ENTRY)
      ? 'Production install: npm start runs the build in dist/.'
      : 'Production install without a build: dist/ is missing. Build in a full install first (npm ci && npm run build), then copy dist/ here.',
  );
} else if (mode === '--if-stale' && isFresh()) {
  // Built, and nothing it was built from has changed since.
} else if (mode === '--if-stale' && !hasBuildTools()) {
  if (!existsSync(ENTRY)) {
    console.error(
      'dist/ is missing and this install has no build tools: run npm ci && npm run build in a full install.',
    );
    process.exit(1);
  }
} else {
  build();
}
