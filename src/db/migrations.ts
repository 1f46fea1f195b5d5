import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationDirectory, MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { Database } from './connect.js';

export const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));
export const MIGRATIONS_DIR = join(PRISMA_DIR, 'migrations');
export const SCHEMA_PATH = join(PRISMA_DIR, 'schema.prisma');
const LOCKFILE = 'migration_lock.toml';
const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function readDatamodel(): Promise<string> {
  return readFile(SCHEMA_PATH, 'utf8');
}

/** The migrations folder in the shape the schema engine reads, like `prisma migrate deploy` does. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(dir, { withFileTypes: true });
  const migrationDirectories: MigrationDirectory[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const content = await readFile(join(dir, entry.name, 'migration.sql'), 'utf8').then(
      (value) => ({ tag: 'ok' as const, value }),
      (error: Error) => ({ tag: 'error' as const, value: error.message }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: 'migration.sql', content } });
  }
  const lockfileContent = await readFile(join(dir, LOCKFILE), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: lockfileContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Reports a step of a long job to the person waiting for it. */
export type Progress = (message: string) => void;

/**
 * Applies pending migrations and records them in `_prisma_migrations` exactly as
 * `prisma migrate deploy` would. Returns the names of the migrations applied now.
 */
export async function applyMigrations(db: Database, progress: Progress = () => {}): Promise<string[]> {
  const [datamodel, migrationsList] = await Promise.all([readDatamodel(), readMigrations()]);
  const pendingNow = async () => {
    const applied = new Set(await appliedMigrationNames(db));
    return migrationsList.migrationDirectories.map((dir) => dir.path).filter((name) => !applied.has(name));
  };
  // The schema engine costs tens of MB of WebAssembly; a serving process loads it only to migrate.
  if ((await pendingNow()).length === 0) return [];
  return db.migrating(async (adapterFactory) => {
    // Another replica may have migrated while this one waited for its turn.
    const pending = await pendingNow();
    if (pending.length === 0) return [];
    progress(`applying ${pending.length} migration(s): ${pending.join(', ')}`);
    const { withSchemaEngine } = await import('./schema-engine.js');
    const result = await withSchemaEngine(adapterFactory, datamodel, (engine) =>
      engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
    );
    return result.appliedMigrationNames;
  }, progress);
}

async function appliedMigrationNames(db: Database): Promise<string[]> {
  const [{ exists }] = await db.prisma.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`;
  if (!exists) return [];
  const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  return rows.map((row) => row.migration_name);
}

/**
 * The SQL that takes a database built by the migrations to what schema.prisma describes, computed
 * on a throw-away in-memory database. Foreign keys are Medusa's, written in the migrations by hand:
 * the schema declares relations with relationMode = "prisma", under which the engine would drop them.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const [datamodel, migrationsList] = await Promise.all([readDatamodel(), readMigrations()]);
  const [{ createPGlite, PGliteAdapterFactory }, { withSchemaEngine }] = await Promise.all([
    import('./pglite.js'),
    import('./schema-engine.js'),
  ]);
  const scratch = await createPGlite();
  try {
    const result = await withSchemaEngine(new PGliteAdapterFactory(scratch), datamodel, (engine) =>
      engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: datamodel }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      }),
    );
    return withoutForeignKeyDrops(result.stdout ?? '');
  } finally {
    await scratch.close();
  }
}

function withoutForeignKeyDrops(script: string): string {
  const steps = script.split(/\n\s*\n/).filter((step) => step.trim() !== '');
  const kept = steps.filter((step) => !step.trimStart().startsWith('-- DropForeignKey'));
  return kept.filter((step) => !/^-- This is an empty migration\.\s*$/.test(step.trim())).join('\n\n');
}
