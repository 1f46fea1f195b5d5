#!/usr/bin/env node
// Runs the Prisma CLI without its native engines. `prisma generate` and `prisma format` never run
// the schema engine, but the CLI downloads one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing
// file; pointing it at Node itself keeps installs working offline and on air-gapped machines.
// Migrations are applied by the gateway with Prisma's WASM schema engine instead (src/db/migrate.ts).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cli = require.resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
// Generators such as prisma-pothos-types are looked up on PATH, as under `npm run`.
const bin = fileURLToPath(new URL('../node_modules/.bin', import.meta.url));
env.PATH = [bin, env.PATH].filter(Boolean).join(delimiter);

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
