/*
 * The vocabulary of the entity descriptions (src/modules/<entity>/description.ts). Each entity is
 * described once, in Medusa's column order; the GraphQL object, input and filter fields, the REST
 * shim's key map, default fields and bodies, the OpenAPI properties and the columns the domain
 * writes are derived from its description, so a column is added in one line.
 */

/** The GraphQL scalar of a column, which also decides its REST body and OpenAPI type. */
export type ScalarType = 'ID' | 'String' | 'Int' | 'Float' | 'Boolean' | 'JSON' | 'DateTime';

/** The check the domain applies to a written value beyond its type. */
export type WriteRule =
  /** A finite number, 0 or more (Medusa's dimensions). */
  'non-negative';

/** The two mutations that write an entity's columns. */
export type Mutation = 'create' | 'update';

/** How the create and update mutations (and the REST bodies) take a column. */
export interface Write {
  /** The input field's description; the column's own when absent. */
  description?: string;
  /** The description on update, where it differs from create's. */
  updateDescription?: string;
  /** Required on create; on update every column is optional. */
  required?: true;
  /** Taken by one of the two only. */
  only?: Mutation;
  rule?: WriteRule;
  /**
   * The REST body's check where it is not the one the type gives (see rest/body-columns.ts):
   * `json-boolean`, a JSON boolean only (Medusa's z.boolean(), not its booleanString);
   * `whole-number`, an integer the column can hold; `not-null`, optional but never null.
   */
  body?: 'json-boolean' | 'whole-number' | 'not-null';
}

/** How the REST shim renders a column beyond its plain value. */
export interface Rendering {
  /** An enum's GraphQL name lowercased, as Medusa stores it. */
  lowercase?: true;
  /**
   * `zero-at-root`: a sum Medusa computes (0 over no rows) for the route's own records only;
   * `absent`: a foreign key Medusa's ORM leaves out when it is empty.
   */
  whenNull?: 'zero-at-root' | 'absent';
  /** A boolean field of the type: where it is false, Medusa leaves the key out. */
  onlyIf?: string;
  /** Medusa computes it only when it is asked for by name (not under `*entity`). */
  whenAsked?: true;
}

/** A column of the entity's table, or a value computed from its rows. */
export interface Column {
  /** The Prisma field, which is also the GraphQL field. */
  field: string;
  type: ScalarType;
  nullable?: true;
  /** The GraphQL field's description. */
  description?: string;
  /** Medusa's key, where it is not the snake_case of `field`; false where Medusa has none. */
  medusa?: string | false;
  /** A numeric column: GraphQL reads it as a number. */
  decimal?: true;
  /**
   * The GraphQL field is written by hand in the type's file (an enum, a value computed in SQL),
   * or not at all: the description still gives its place and key in Medusa's JSON.
   */
  handWritten?: true;
  rest?: Rendering;
  /** Absent: read-only. */
  write?: Write;
  /** The description of the list filter on exact values of the column; absent: no such filter. */
  filter?: string;
  /** Filled from the variant (its column of this name, or of the same name) when Medusa makes a variant its own inventory item. */
  fromVariant?: true | string;
}

/** A key Medusa always has for the rows the gateway shows, e.g. `deleted_at: null` (deleted rows are hidden). */
export interface ConstantKey {
  medusa: string;
  constant: null;
}

/** The id of the object this one is nested in, e.g. a price's `variant_id`. */
export interface ParentIdKey {
  medusa: string;
  parentId: true;
}

export type Key = Column | ConstantKey | ParentIdKey;

/** The entities the REST shim names, each with one description. */
export type EntityName =
  | 'variant'
  | 'optionValue'
  | 'option'
  | 'price'
  | 'variantInventoryItem'
  | 'inventoryItem'
  | 'inventoryLevel'
  | 'product'
  | 'image'
  | 'stockLocation'
  | 'stockLocationAddress'
  | 'salesChannel'
  | 'productType'
  | 'productCollection'
  | 'productTag';

export interface EntityDescription {
  name: EntityName;
  /** The Prisma model (its table comes from the client's data model). */
  model: string;
  /** The GraphQL object type. */
  type: string;
  /** Every key of the entity, in Medusa's order (what `*entity` gives). */
  keys: readonly Key[];
}

export const isColumn = (key: Key): key is Column => 'field' in key;

/** The entity's columns, in Medusa's order. */
export const columnsOf = (description: EntityDescription): Column[] => description.keys.filter(isColumn);

/** Medusa's key of a column: its own, or the snake_case of its field; null where Medusa has none. */
export function medusaKey(key: Key): string | null {
  if (!isColumn(key)) return key.medusa;
  if (key.medusa === false) return null;
  return key.medusa ?? key.field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The columns a mutation takes, in Medusa's order. */
export const writtenColumns = (description: EntityDescription, mutation: Mutation): Column[] =>
  columnsOf(description).filter((column) => column.write && (column.write.only ?? mutation) === mutation);

/** What `writtenColumns(D, M)` gives, at the type level: the columns with their literal types. */
export type WrittenColumn<D extends EntityDescription, M extends Mutation> = Exclude<
  Extract<D['keys'][number], Column & { write: Write }>,
  { write: { only: Exclude<Mutation, M> } }
>;

/** `created_at, updated_at, deleted_at`, as every Medusa row has them; `filtered`: lists filter by the two instants. */
export function timestamps(options: { filtered?: true } = {}) {
  const filter = (words: string) => (options.filtered ? { filter: words } : {});
  return [
    { field: 'createdAt', type: 'DateTime', description: 'When it was created.', ...filter('When it was created.') },
    {
      field: 'updatedAt',
      type: 'DateTime',
      description: 'When it was last changed.',
      ...filter('When it was last changed.'),
    },
    { medusa: 'deleted_at', constant: null },
  ] as const satisfies readonly Key[];
}

/** The Medusa id every entity has. */
export const ID = {
  field: 'id',
  type: 'ID',
  description: 'The Medusa id; its prefix names the type.',
} as const satisfies Column;

/** Free-form JSON, read as Medusa returns it. */
export const METADATA = {
  field: 'metadata',
  type: 'JSON',
  nullable: true,
  description: 'Free-form JSON the shop keeps with it.',
} as const satisfies Column;
