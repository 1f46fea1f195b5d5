import type { Database } from '../../src/db/connect.js';

/** Everything that defines a table's shape, in a form two databases can be compared by. */
export interface TableShape {
  columns: string[];
  constraints: string[];
  indexes: string[];
}

/** Reads the shape of the given tables from PostgreSQL's catalog, normalised for comparison. */
export async function readTableShapes(db: Database, tables: string[]): Promise<Map<string, TableShape>> {
  const columns = await db.prisma.$queryRaw<{ table_name: string; description: string }[]>`
    SELECT table_name,
           column_name || ' ' || format_type(a.atttypid, a.atttypmod)
             || CASE WHEN c.is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
             || COALESCE(' DEFAULT ' || c.column_default, '') AS description
    FROM information_schema.columns c
    JOIN pg_attribute a ON a.attrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
                       AND a.attname = c.column_name
    WHERE c.table_schema = current_schema() AND c.table_name = ANY(${tables})
    ORDER BY table_name, column_name`;
  const constraints = await db.prisma.$queryRaw<{ table_name: string; description: string }[]>`
    SELECT cl.relname AS table_name, con.conname || ': ' || pg_get_constraintdef(con.oid) AS description
    FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid
    WHERE cl.relnamespace = current_schema()::regnamespace AND cl.relname = ANY(${tables})
    ORDER BY 1, 2`;
  const indexes = await db.prisma.$queryRaw<{ table_name: string; description: string }[]>`
    SELECT tablename AS table_name, regexp_replace(indexdef, ' ON [a-z_]+\\.', ' ON ') AS description
    FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(${tables})
    ORDER BY 1, 2`;
  const shapes = new Map<string, TableShape>();
  const shapeOf = (table: string) => {
    const shape = shapes.get(table) ?? { columns: [], constraints: [], indexes: [] };
    shapes.set(table, shape);
    return shape;
  };
  for (const row of columns) shapeOf(row.table_name).columns.push(row.description);
  for (const row of constraints) shapeOf(row.table_name).constraints.push(row.description);
  for (const row of indexes) shapeOf(row.table_name).indexes.push(row.description);
  return shapes;
}
