import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { findMissingSchema, MEDUSA_MARKER_TABLES, prepareDatabase, SchemaMismatchError } from '../../src/db/prepare.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';

const MEDUSA_TABLE_MIGRATIONS = [
  '20250101000000_medusa_2_21_init',
  '20250201000000_api_key',
  '20250401000000_product_taxonomy',
];
const MIGRATIONS = [
  '20250101000000_medusa_2_21_init',
  '20250201000000_api_key',
  '20250301000000_gateway_idempotency',
  '20250401000000_product_taxonomy',
];
const migrationSql = (name: string) => new URL(`../../prisma/migrations/${name}/migration.sql`, import.meta.url);

async function tableNames(db: TestDatabase): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`;
  return rows.map((row) => row.table_name);
}

/** Every column of every table but the gateway's own, to show that attaching changes none. */
function medusaColumns(db: TestDatabase) {
  return db.prisma.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name NOT LIKE 'gateway\_%'
    ORDER BY table_name, column_name`;
}

/** A database as Medusa's own `db:migrate` leaves it: its tables plus its bookkeeping tables. */
async function simulateMedusaDatabase(db: TestDatabase, options: { withDomainTables: boolean }): Promise<void> {
  await db.executeScript(
    'CREATE TABLE mikro_orm_migrations (id serial PRIMARY KEY, name varchar(255), executed_at timestamptz DEFAULT now());' +
      "CREATE TABLE link_module_migrations (id serial PRIMARY KEY, table_name varchar(255) NOT NULL UNIQUE, link_descriptor jsonb NOT NULL DEFAULT '{}');",
  );
  if (!options.withDomainTables) return;
  for (const name of MEDUSA_TABLE_MIGRATIONS) await db.executeScript(await readFile(migrationSql(name), 'utf8'));
}

describe('preparing the database', () => {
  let db: TestDatabase;
  afterEach(async () => {
    await db?.dispose();
  });

  it('migrates a database the gateway owns and records it as prisma migrate deploy does', async () => {
    db = await openTestDatabase();
    const preparation = await prepareDatabase(db);
    expect(preparation).toEqual({ mode: 'owned', appliedMigrations: MIGRATIONS });
    const rows = await db.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM _prisma_migrations
      ORDER BY migration_name`;
    expect(rows).toHaveLength(MIGRATIONS.length);
    for (const [index, name] of MIGRATIONS.entries()) {
      const sql = await readFile(migrationSql(name));
      expect(rows[index]).toMatchObject({
        migration_name: name,
        checksum: createHash('sha256').update(sql).digest('hex'),
        rolled_back_at: null,
        applied_steps_count: 1,
      });
      expect(rows[index].finished_at).toBeInstanceOf(Date);
    }
    expect(await prepareDatabase(db)).toEqual({ mode: 'owned', appliedMigrations: [] });
  });

  it.each(MEDUSA_MARKER_TABLES)('never migrates a database that has Medusa’s %s table', async (marker) => {
    db = await openTestDatabase();
    await db.executeScript(`CREATE TABLE ${marker} (id serial PRIMARY KEY)`);
    const before = await tableNames(db);
    await expect(prepareDatabase(db)).rejects.toThrow(SchemaMismatchError);
    expect(await tableNames(db)).toEqual(before);
  });

  it('lists every missing table when the Medusa database lacks the domain', async () => {
    db = await openTestDatabase();
    await simulateMedusaDatabase(db, { withDomainTables: false });
    const error = await prepareDatabase(db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaMismatchError);
    const { missing, message } = error as SchemaMismatchError;
    expect(missing).toContain('table product_variant');
    expect(missing).toContain('table product_variant_inventory_item');
    expect(missing).toContain('table api_key');
    expect(missing).toContain('table product_tags');
    expect(missing).toHaveLength(30);
    expect(message).toMatch(/belongs to Medusa .* will not migrate it/);
    expect(message).toContain('  - table inventory_level');
  });

  it('names the missing columns of an older Medusa database', async () => {
    db = await openTestDatabase();
    await simulateMedusaDatabase(db, { withDomainTables: true });
    await db.executeScript(
      'ALTER TABLE product_variant DROP COLUMN thumbnail; ALTER TABLE product_option DROP COLUMN is_exclusive;',
    );
    const error = (await prepareDatabase(db).catch((e: unknown) => e)) as SchemaMismatchError;
    expect(error.missing).toEqual(['column product_option.is_exclusive', 'column product_variant.thumbnail']);
    expect(await tableNames(db)).not.toContain('_prisma_migrations');
  });

  it('attaches to a complete Medusa database, adding only the gateway’s own table', async () => {
    db = await openTestDatabase();
    await simulateMedusaDatabase(db, { withDomainTables: true });
    const before = { tables: await tableNames(db), columns: await medusaColumns(db) };
    const messages: string[] = [];
    expect(await prepareDatabase(db, (message) => messages.push(message))).toEqual({
      mode: 'attached',
      markers: [...MEDUSA_MARKER_TABLES].sort(),
      createdTables: ['gateway_idempotency_key'],
    });
    expect(messages).toEqual([
      "created the gateway's own table(s) gateway_idempotency_key; Medusa's tables are left as they are",
    ]);
    expect(await tableNames(db)).toEqual([...before.tables, 'gateway_idempotency_key'].sort());
    expect(await medusaColumns(db)).toEqual(before.columns);
    expect(await prepareDatabase(db)).toMatchObject({ mode: 'attached', createdTables: [] });
  });

  it('does not ask a Medusa database for the gateway’s own tables', async () => {
    db = await openTestDatabase();
    await simulateMedusaDatabase(db, { withDomainTables: true });
    expect(await findMissingSchema(db)).toEqual([]);
  });
});
