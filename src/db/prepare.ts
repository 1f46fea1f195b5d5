import { OperatorError } from '../operator-error.js';
import type { Database } from './connect.js';
import { runtimeDataModel } from './data-model.js';
import { createMissingGatewayTables, isGatewayTable } from './gateway-tables.js';
import { applyMigrations, type Progress } from './migrations.js';
import { requiredSchema } from './required-schema.js';

/** Tables that only Medusa's own `medusa db:migrate` creates: their presence means Medusa owns the database. */
export const MEDUSA_MARKER_TABLES = ['mikro_orm_migrations', 'link_module_migrations'];

export type Preparation =
  | { mode: 'owned'; appliedMigrations: string[] }
  /** createdTables: the gateway's own tables it had to create in the Medusa database. */
  | { mode: 'attached'; markers: string[]; createdTables: string[] };

export class SchemaMismatchError extends OperatorError {
  override name = 'SchemaMismatchError';
  constructor(readonly missing: string[]) {
    super(
      `This database belongs to Medusa (it has ${MEDUSA_MARKER_TABLES.join(' / ')}), so the gateway will not migrate it, ` +
        `but it lacks what the gateway needs:\n  - ${missing.join('\n  - ')}\n` +
        "Upgrade the Medusa store to 2.21 and run Medusa's own `medusa db:migrate`, or point DATABASE_URL at another database.",
    );
  }
}

/**
 * Makes the database ready to serve. A database the gateway owns is migrated; one Medusa owns is
 * never migrated, only checked for the tables and columns the gateway needs, and given the
 * gateway's own tables (gateway_*) when it lacks them.
 */
export async function prepareDatabase(db: Database, progress?: Progress): Promise<Preparation> {
  const markers = await findTables(db, MEDUSA_MARKER_TABLES);
  if (markers.length === 0) return { mode: 'owned', appliedMigrations: await applyMigrations(db, progress) };
  const missing = await findMissingSchema(db);
  if (missing.length > 0) throw new SchemaMismatchError(missing);
  const createdTables = await createMissingGatewayTables(db);
  if (createdTables.length > 0) {
    progress?.(`created the gateway's own table(s) ${createdTables.join(', ')}; Medusa's tables are left as they are`);
  }
  return { mode: 'attached', markers, createdTables };
}

/**
 * Descriptions ("table x", "column x.y") of what schema.prisma maps but the database lacks; the
 * gateway's own tables are not expected from Medusa.
 */
export async function findMissingSchema(db: Database): Promise<string[]> {
  const mapped = requiredSchema(runtimeDataModel(db.prisma));
  const required = new Map([...mapped].filter(([table]) => !isGatewayTable(table)));
  const rows = await db.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ANY(${[...required.keys()]})`;
  const present = new Map<string, Set<string>>();
  for (const { table_name, column_name } of rows) {
    present.set(table_name, (present.get(table_name) ?? new Set()).add(column_name));
  }
  const missing: string[] = [];
  for (const [table, columns] of required) {
    const found = present.get(table);
    if (!found) missing.push(`table ${table}`);
    else for (const column of columns) if (!found.has(column)) missing.push(`column ${table}.${column}`);
  }
  return missing;
}

export async function findTables(db: Database, names: string[]): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_name = ANY(${names})`;
  return rows.map((row) => row.table_name).sort();
}
