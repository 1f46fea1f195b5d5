/** A quoted SQL identifier. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A SQL string literal, for names the planner itself chooses (JSON keys, type names). */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/** The parameters of one statement: each value is sent apart from the text, with an explicit type. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/** Fresh table aliases for the subqueries of one statement. */
export class Aliases {
  private count = 0;

  next(): string {
    this.count += 1;
    return `t${this.count}`;
  }
}

/** `json_build_object` for ordered pairs; keys are the response keys the client asked for. */
export function jsonObject(pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return `'{}'::json`;
  // json_build_object takes at most 100 arguments; longer objects are concatenated as jsonb would
  // reorder keys, so they are nested builds merged in order by json text concatenation.
  const chunks: string[] = [];
  for (let start = 0; start < pairs.length; start += 50) {
    const chunk = pairs.slice(start, start + 50);
    chunks.push(`json_build_object(${chunk.map(([key, value]) => `${literal(key)}, ${value}`).join(', ')})`);
  }
  if (chunks.length === 1) return chunks[0];
  const inner = chunks.map((chunk, index) => {
    const text = `${chunk}::text`;
    if (index === 0) return `left(${text}, -1)`;
    if (index === chunks.length - 1) return `', ' || substr(${text}, 2)`;
    return `', ' || substr(left(${text}, -1), 2)`;
  });
  return `(${inner.join(' || ')})::json`;
}
