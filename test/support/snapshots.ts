import type { PrismaClient } from '../../src/generated/prisma/client.js';

/**
 * A fingerprint of every row of every table in the current schema: equal fingerprints mean no
 * row was added, changed or deleted in between. For checking that a refused request wrote nothing.
 */
export async function tableCounts(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const fingerprints: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await prisma.$queryRawUnsafe<{ rows: number; digest: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM "${table_name}" t`,
    );
    fingerprints[table_name] = `${row.rows}:${row.digest ?? ''}`;
  }
  return fingerprints;
}
