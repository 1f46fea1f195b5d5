import { type EntityName, isColumn, type Key, medusaKey, type Rendering } from '../modules/describe.js';
import { DESCRIPTIONS } from '../modules/index.js';

/**
 * Medusa's entities as the REST shim sees them: each Medusa column or relation name, and the
 * GraphQL field that answers it. The columns come from the entity's description
 * (src/modules/<entity>/description.ts), in the order Medusa returns them for `*relation`, which
 * is the order the shim renders them in; the relations are Medusa's join rules, written here.
 */

/** Where a Medusa key's value comes from, as the description says (src/modules/describe.ts). */
export type Column =
  /** A GraphQL field of the type, rendered as its description's `rest` says. */
  | ({ field: string } & Omit<Rendering, 'whenAsked'>)
  /** A value Medusa always has for the rows the gateway shows, e.g. `deleted_at: null` (deleted rows are hidden). */
  | { constant: null }
  /** The id of the object this one is nested in, e.g. a price's `variant_id`. */
  | { parentId: true };

/**
 * A relation, with the keys Medusa's query layer adds when it is selected. Across modules the
 * remote joiner adds the join columns of both sides (query/joiner/compile.js `joinKeyFields`:
 * e.g. `variant_id` on a variant's link rows, `inventory_item_id` beside their `inventory`);
 * inside a module the ORM adds a many-to-one's foreign key and the target's `id`, and nothing
 * for collections. Those keys are the relation's data here, so one rule applies them everywhere.
 */
export interface Relation {
  field: string;
  entity: EntityName;
  /** GraphQL arguments of the field, e.g. `(locationIds: ...)`; none by default. */
  args?: string;
  /** Columns of the parent that tie it to the relation, e.g. a variant's `product_id`. */
  parentKeys?: readonly string[];
  /**
   * For a many-to-one inside a module, the parent's column that holds the related id: the
   * relation named alone (`fields=sku,product`) is then the stub `{id}`, as Medusa's ORM shows an
   * unloaded reference. Other relations named alone give nothing in Medusa.
   */
  foreignKey?: string;
  /** Columns of each related object that tie it to the parent, e.g. a link row's `variant_id`, or its `id`. */
  childKeys?: readonly string[];
  /**
   * Relations of the related objects that Medusa shows as a stub `{id}` when all their columns
   * are asked for (`*rel`, `rel.*`) and the relation itself is not, e.g. an option value's
   * `option: {id}` beside `option_id`: relation name → foreign key column.
   */
  stubs?: Record<string, string>;
  /** Medusa answers a list where the gateway has one object, e.g. a level's `stock_locations`. */
  list?: true;
  /** Asked for whole (`*rel`, `rel.*`) and empty, the key is left out, as Medusa's ORM does for a location's `address`. */
  absentWhenNull?: true;
}

export interface Entity {
  /** What `*entity` gives, in Medusa's order. */
  columns: Record<string, Column>;
  /** Keys Medusa computes only when they are asked for by name, e.g. `inventory_quantity`. */
  computed?: Record<string, Column>;
  /** Medusa relations that the gateway returns as a column, e.g. a price's `price_rules` as its `rules` map. */
  aliases?: Record<string, string>;
  /** Relations Medusa renders right after a column rather than at the end, e.g. an option value's `option` after `option_id`. */
  placeAfter?: Record<string, string>;
  relations: Record<string, Relation>;
  /**
   * A many-to-one path filled with what the same query loads of those rows at another path, as
   * Medusa's ORM fills a reference from the rows it already holds: e.g. a product's variants'
   * option values show as `option` the columns its `options` were loaded with (all of them under
   * the defaults' `*options`, the `{id}` stub once `-options` removes them). Path → source path.
   */
  loadedElsewhere?: Record<string, string>;
}

/** What the entity map holds beside the columns: Medusa's join rules, written here. */
type Joins = Omit<Entity, 'columns' | 'computed'>;

/** Medusa's join rules for each entity; its columns come from its description. */
const JOINS: Record<EntityName, Joins> = {
  variant: {
    relations: {
      product: {
        field: 'product',
        entity: 'product',
        parentKeys: ['product_id'],
        childKeys: ['id'],
        foreignKey: 'product_id',
        stubs: { type: 'type_id', collection: 'collection_id' },
      },
      options: { field: 'options', entity: 'optionValue', stubs: { option: 'option_id' } },
      // Medusa's price remap always writes a price's `id`, `variant_id` and `rules`.
      prices: { field: 'prices', entity: 'price', childKeys: ['id', 'variant_id', 'rules'] },
      inventory_items: { field: 'inventoryItems', entity: 'variantInventoryItem', childKeys: ['variant_id'] },
      images: { field: 'images', entity: 'image' },
    },
  },
  optionValue: {
    relations: { option: { field: 'option', entity: 'option', foreignKey: 'option_id' } },
    placeAfter: { option: 'option_id' },
  },
  option: {
    relations: { values: { field: 'values', entity: 'optionValue' } },
  },
  price: {
    aliases: { price_rules: 'rules' },
    relations: {},
  },
  variantInventoryItem: {
    relations: {
      inventory: { field: 'inventory', entity: 'inventoryItem', parentKeys: ['inventory_item_id'], childKeys: ['id'] },
      variant: { field: 'variant', entity: 'variant', parentKeys: ['variant_id'], childKeys: ['id'] },
    },
  },
  inventoryItem: {
    relations: {
      location_levels: { field: 'locationLevels', entity: 'inventoryLevel' },
      variants: { field: 'variants', entity: 'variant', childKeys: ['id'], stubs: { product: 'product_id' } },
    },
  },
  inventoryLevel: {
    relations: {
      stock_locations: {
        field: 'location',
        entity: 'stockLocation',
        parentKeys: ['location_id'],
        childKeys: ['id'],
        stubs: { address: 'address_id' },
        list: true,
      },
    },
  },
  product: {
    relations: {
      type: { field: 'type', entity: 'productType', foreignKey: 'type_id' },
      collection: { field: 'collection', entity: 'productCollection', foreignKey: 'collection_id' },
      tags: { field: 'tags', entity: 'productTag' },
      options: { field: 'options', entity: 'option' },
      images: { field: 'images', entity: 'image' },
      variants: { field: 'variants', entity: 'variant', childKeys: ['id'] },
      sales_channels: { field: 'salesChannels', entity: 'salesChannel', childKeys: ['id'] },
    },
    loadedElsewhere: { 'variants.options.option': 'options' },
  },
  image: {
    relations: {},
  },
  stockLocation: {
    relations: {
      address: { field: 'address', entity: 'stockLocationAddress', absentWhenNull: true, foreignKey: 'address_id' },
      sales_channels: { field: 'salesChannels', entity: 'salesChannel', childKeys: ['id'] },
    },
  },
  stockLocationAddress: {
    relations: {},
  },
  salesChannel: {
    relations: { stock_locations: { field: 'stockLocations', entity: 'stockLocation', childKeys: ['id'] } },
  },
  productType: {
    relations: {},
  },
  productCollection: {
    relations: {},
  },
  productTag: {
    relations: {},
  },
};

/** A key of a description as the shim reads it. */
function columnOf(key: Key): Column {
  if (!isColumn(key)) return 'parentId' in key ? { parentId: true } : { constant: null };
  const { whenAsked: _byName, ...rendering } = key.rest ?? {};
  return { field: key.field, ...rendering };
}

/** The entity's keys with a Medusa key, split into what `*entity` gives and what is computed when asked for. */
function describedColumns(name: EntityName): Pick<Entity, 'columns' | 'computed'> {
  const columns: Record<string, Column> = {};
  const computed: Record<string, Column> = {};
  for (const key of DESCRIPTIONS[name].keys) {
    const medusa = medusaKey(key);
    if (medusa === null) continue;
    const asked = isColumn(key) && key.rest?.whenAsked === true;
    (asked ? computed : columns)[medusa] = columnOf(key);
  }
  return Object.keys(computed).length > 0 ? { columns, computed } : { columns };
}

export const ENTITIES = Object.fromEntries(
  (Object.keys(JOINS) as EntityName[]).map((name) => [name, { ...describedColumns(name), ...JOINS[name] }]),
) as Record<EntityName, Entity>;

export const entity = (name: EntityName): Entity => ENTITIES[name];
