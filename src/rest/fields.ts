/**
 * Medusa's `fields` query parameter (FW/http/utils/get-query-config.ts and its 2.13+ field parser):
 * which fields a response holds, starting from a route's defaults.
 *
 * - absent: the defaults;
 * - replace mode, when any item has no `+`/`-`/space prefix and is not a star form (or the list is
 *   empty): exactly the items, each with one leading `+`, `-` or space removed;
 * - modify mode otherwise: `+x` (or ` x`, a decoded `+`) adds, `-x` removes `x`, `*x` and every
 *   `x.…` and `*x.…`; `*rel` and `rel.*` are added as they are;
 * - `id` is always added (last, as Medusa answers `fields=title` with `{title, id}`) when the parameter is present.
 */
export function resolveFields(param: string | undefined, defaults: readonly string[]): string[] {
  if (param === undefined) return [...defaults];
  const items = param
    .split(',')
    .map((item) => item.replace(/^\s+(?=\S)/, ' '))
    .filter((item) => item.trim() !== '');
  const isModifier = (item: string) => /^[-+ *]/.test(item) || item.endsWith('.*');
  let fields: string[];
  if (items.length === 0 || !items.every(isModifier)) {
    fields = items.map((item) => item.replace(/^[-+ ]/, '').trim()).filter(Boolean);
  } else {
    fields = [...defaults];
    for (const item of items) {
      if (item.startsWith('-')) {
        const name = item.slice(1).trim();
        fields = fields.filter(
          (field) =>
            field !== name && field !== `*${name}` && !field.startsWith(`${name}.`) && !field.startsWith(`*${name}.`),
        );
      } else {
        const name = item.replace(/^[+ ]/, '').trim();
        if (name && !fields.includes(name)) fields.push(name);
      }
    }
  }
  return fields.includes('id') ? unique(fields) : unique([...fields, 'id']);
}

/** A response's fields as a tree: columns in the order asked, and relations with their own trees. */
export interface FieldTree {
  /** Column names, in the order they were asked for. */
  columns: string[];
  /** Every column of the entity was asked for (`*rel`, `rel.*`). */
  star: boolean;
  relations: Map<string, FieldTree>;
}

export const emptyTree = (): FieldTree => ({ columns: [], star: false, relations: new Map() });

/** `*prices`, `prices.*`, `prices.price_rules.value`, `title` → the tree of what to select. */
export function fieldTree(fields: readonly string[]): FieldTree {
  const root = emptyTree();
  for (const field of fields) {
    const starred = field.startsWith('*') ? field.slice(1) : field.endsWith('.*') ? field.slice(0, -2) : null;
    const path = (starred ?? field).split('.').filter(Boolean);
    if (path.length === 0) continue;
    if (starred !== null) {
      const node = descend(root, path);
      node.star = true;
    } else {
      const column = path.pop() as string;
      const node = descend(root, path);
      if (!node.columns.includes(column)) node.columns.push(column);
    }
  }
  return root;
}

function descend(root: FieldTree, path: string[]): FieldTree {
  let node = root;
  for (const name of path) {
    let child = node.relations.get(name);
    if (!child) {
      child = emptyTree();
      node.relations.set(name, child);
      // A relation asked for by a dotted path still counts as a column of its parent, for key order.
      if (!node.columns.includes(name)) node.columns.push(name);
    }
    node = child;
  }
  return node;
}

function unique(fields: string[]): string[] {
  return [...new Set(fields)];
}
