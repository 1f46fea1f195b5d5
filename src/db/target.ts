/** Where the data lives, decided once from DATABASE_URL. */
export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' } | PostgresTarget;

export interface PostgresTarget {
  kind: 'postgres';
  url: string;
  poolSize: number;
  /** How long opening a connection, or waiting for a free one, may take before the request fails. */
  connectTimeoutMs: number;
}

/** A database URL safe to print: the password is replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}
