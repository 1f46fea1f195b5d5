/** Tables and columns the gateway reads and writes, keyed by table name. */
export type RequiredSchema = Map<string, string[]>;

/**
 * Reads the tables and columns mapped by schema.prisma. The schema is the one place that says
 * what the gateway needs, so an attached Medusa database is checked against it, not a copy.
 */
export function requiredSchema(datamodel: string): RequiredSchema {
  const blocks = [...datamodel.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)];
  const modelNames = new Set(blocks.map(([, name]) => name));
  const schema: RequiredSchema = new Map();
  for (const [, name, body] of blocks) {
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? name;
    const columns: string[] = [];
    for (const line of body.split('\n')) {
      const field = /^\s*(\w+)\s+(\w+)(\[\])?\??\s*(.*)$/.exec(line);
      if (!field) continue;
      const [, fieldName, type, , attributes] = field;
      if (modelNames.has(type)) continue;
      columns.push(/@map\("([^"]+)"\)/.exec(attributes)?.[1] ?? fieldName);
    }
    schema.set(table, columns);
  }
  return schema;
}
