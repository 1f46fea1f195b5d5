const MEDUSA_ID = /^([a-z]+)_[0-9A-Z]{26}$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/**
 * Makes answers of two servers comparable: Medusa ids become `<prefix#n>`, numbered in order of
 * first appearance (so that the same id is the same placeholder everywhere in one side's answers),
 * timestamps become `<timestamp>`, and the run's tag becomes `<tag>`.
 */
export class Normaliser {
  private readonly ids = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  constructor(private readonly tag: string) {}

  /**
   * Arrays nested in an answer's records (`{status, body: {product: {variants: [...]}}}` and
   * deeper) are relations Medusa returns in no defined order, so they are sorted first (by their
   * content with ids and timestamps blanked); the top-level lists of an envelope keep their order.
   */
  normalise(answer: unknown): unknown {
    return this.number(sortRelations(answer, 0));
  }

  private number(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.number(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.number(item)]));
    }
    return value;
  }

  private text(value: string): string {
    const id = MEDUSA_ID.exec(value);
    if (id) return this.placeholder(value, id[1]);
    if (TIMESTAMP.test(value)) return '<timestamp>';
    // Error messages name ids inside sentences.
    return value
      .replace(/\b[a-z]+_[0-9A-Z]{26}\b/g, (found) => this.placeholder(found, found.split('_')[0]))
      .replaceAll(this.tag, '<tag>')
      .replaceAll(this.tag.toUpperCase(), '<tag>');
  }

  private placeholder(id: string, prefix: string): string {
    let name = this.ids.get(id);
    if (!name) {
      const next = (this.counters.get(prefix) ?? 0) + 1;
      this.counters.set(prefix, next);
      name = `<${prefix}#${next}>`;
      this.ids.set(id, name);
    }
    return name;
  }
}

const RELATION_DEPTH = 3;

function sortRelations(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => sortRelations(item, depth + 1));
    if (depth < RELATION_DEPTH) return items;
    const keyed = items.map((item) => ({ item, key: blank(item) }));
    return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ item }) => item);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sortRelations(item, depth + 1)]));
  }
  return value;
}

function blank(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    typeof item === 'string' && (MEDUSA_ID.test(item) || TIMESTAMP.test(item)) ? '' : item,
  );
}

/** Ids reduced to their prefix and timestamps to whether they are set: for comparing rows as multisets. */
export function rowShape(row: Record<string, unknown>, tag: string): string {
  const shape = (value: unknown): unknown => {
    if (value instanceof Date) return '<timestamp>';
    if (typeof value === 'string') {
      const id = MEDUSA_ID.exec(value);
      if (id) return `<${id[1]}>`;
      return value.replaceAll(tag, '<tag>').replaceAll(tag.toUpperCase(), '<tag>');
    }
    if (Array.isArray(value)) return value.map(shape);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, item]) => [key, shape(item)]),
      );
    }
    return value;
  };
  return JSON.stringify(shape(row));
}
