import { createHash } from 'node:crypto';
import type { SqlQuery } from '@prisma/driver-adapter-utils';

/**
 * Names for Prisma's SQL, so that PostgreSQL parses and plans each distinct statement once per
 * connection instead of on every execution (a page with its relations is 9 KB of SQL). A named
 * statement stays prepared on its connection until the connection closes, so only the first
 * `limit` distinct statements of the process get a name; any after them run unnamed as before
 * (the empty name, which pg treats as unnamed).
 */
export function preparedStatementNames(limit = 500): (query: SqlQuery) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `prisma_${createHash('sha1').update(sql).digest('base64url')}`;
      names.set(sql, name);
    }
    return name ?? '';
  };
}
