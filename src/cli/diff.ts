import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { diffMigrationsToSchema, MIGRATIONS_DIR } from '../db/migrations.js';

const USAGE = `Usage: npm run db:diff -- --name <what_changed>   write a new migration from schema.prisma
       npm run db:diff -- --check                fail when schema.prisma has changes no migration holds`;

const { values } = parseArgs({ options: { name: { type: 'string' }, check: { type: 'boolean' } } });
const sql = await diffMigrationsToSchema();

if (sql === '') {
  console.log('schema.prisma and prisma/migrations agree: no new migration needed.');
  process.exit(0);
}
if (values.check || !values.name) {
  console.error(`schema.prisma has changes that no migration holds:\n\n${sql}\n`);
  if (!values.check) console.error(USAGE);
  process.exit(1);
}
if (!/^[a-z0-9_]+$/.test(values.name)) {
  console.error('--name takes lowercase letters, digits and underscores, e.g. --name add_variant_color');
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(MIGRATIONS_DIR, `${stamp}_${values.name}`);
await mkdir(folder, { recursive: true });
await writeFile(join(folder, 'migration.sql'), `${sql}\n`);
console.log(`Wrote ${relative(process.cwd(), join(folder, 'migration.sql'))}; review it, then run npm run db:migrate.`);
