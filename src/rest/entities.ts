/**
 * Medusa's entities as the REST shim sees them: each Medusa column or relation name, and the
 * GraphQL field that answers it. Columns are listed in the order Medusa returns them for
 * `*relation`, which is the order the shim renders them in.
 */

/** Where a Medusa key's value comes from. */
export type Column =
  /**
   * A GraphQL field of the type, e.g. `productId` for `product_id`; an enum's GraphQL name is
   * lowercased, as Medusa stores it. `whenNull: 'zero-at-root'` is for a sum Medusa computes
   * (0 over no rows) for the route's own records only, leaving it null in nested ones. `onlyIf`
   * names a boolean field of the type: where it is false, Medusa leaves the key out. `whenNull:
   * 'absent'` is for a foreign key its ORM leaves out when it is empty, e.g. a location's `address_id`.
   */
  | { field: string; lowercase?: true; whenNull?: 'zero-at-root' | 'absent'; onlyIf?: string }
  /** A value Medusa always has for the rows the gateway shows, e.g. `deleted_at: null` (deleted rows are hidden). */
  | { constant: null | readonly never[] }
  /** The id of the object this one is nested in, e.g. a price's `variant_id`. */
  | { parentId: true };

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

const f = (field: string): Column => ({ field });
const NULL: Column = { constant: null };

/** `created_at, updated_at, deleted_at` as every Medusa row has them. */
const timestamps = { created_at: f('createdAt'), updated_at: f('updatedAt'), deleted_at: NULL };

export const ENTITIES: Record<EntityName, Entity> = {
  variant: {
    columns: {
      id: f('id'),
      title: f('title'),
      sku: f('sku'),
      thumbnail: f('thumbnail'),
      barcode: f('barcode'),
      ean: f('ean'),
      upc: f('upc'),
      allow_backorder: f('allowBackorder'),
      manage_inventory: f('manageInventory'),
      hs_code: f('hsCode'),
      origin_country: f('originCountry'),
      mid_code: f('midCode'),
      material: f('material'),
      weight: f('weight'),
      length: f('length'),
      height: f('height'),
      width: f('width'),
      metadata: f('metadata'),
      variant_rank: f('variantRank'),
      product_id: f('productId'),
      ...timestamps,
    },
    computed: { inventory_quantity: { field: 'inventoryQuantity', onlyIf: 'manageInventory' } },
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
    columns: {
      id: f('id'),
      value: f('value'),
      rank: f('rank'),
      metadata: f('metadata'),
      option_id: f('optionId'),
      ...timestamps,
    },
    relations: { option: { field: 'option', entity: 'option', foreignKey: 'option_id' } },
    placeAfter: { option: 'option_id' },
  },
  option: {
    columns: { id: f('id'), title: f('title'), is_exclusive: f('isExclusive'), metadata: f('metadata'), ...timestamps },
    relations: { values: { field: 'values', entity: 'optionValue' } },
  },
  price: {
    columns: {
      id: f('id'),
      amount: f('amount'),
      currency_code: f('currencyCode'),
      min_quantity: f('minQuantity'),
      max_quantity: f('maxQuantity'),
      variant_id: { parentId: true },
      created_at: f('createdAt'),
      updated_at: f('updatedAt'),
      rules: f('rules'),
    },
    aliases: { price_rules: 'rules' },
    relations: {},
  },
  variantInventoryItem: {
    columns: {
      variant_id: f('variantId'),
      inventory_item_id: f('inventoryItemId'),
      id: f('id'),
      required_quantity: f('requiredQuantity'),
      ...timestamps,
    },
    relations: {
      inventory: { field: 'inventory', entity: 'inventoryItem', parentKeys: ['inventory_item_id'], childKeys: ['id'] },
      variant: { field: 'variant', entity: 'variant', parentKeys: ['variant_id'], childKeys: ['id'] },
    },
  },
  inventoryItem: {
    columns: {
      id: f('id'),
      sku: f('sku'),
      origin_country: f('originCountry'),
      hs_code: f('hsCode'),
      mid_code: f('midCode'),
      material: f('material'),
      unit_of_measure: f('unitOfMeasure'),
      weight: f('weight'),
      length: f('length'),
      height: f('height'),
      width: f('width'),
      requires_shipping: f('requiresShipping'),
      description: f('description'),
      title: f('title'),
      thumbnail: f('thumbnail'),
      metadata: f('metadata'),
      ...timestamps,
      reserved_quantity: { field: 'reservedQuantity', whenNull: 'zero-at-root' },
      stocked_quantity: { field: 'stockedQuantity', whenNull: 'zero-at-root' },
    },
    relations: {
      location_levels: { field: 'locationLevels', entity: 'inventoryLevel' },
      variants: { field: 'variants', entity: 'variant', childKeys: ['id'], stubs: { product: 'product_id' } },
    },
  },
  inventoryLevel: {
    columns: {
      id: f('id'),
      location_id: f('locationId'),
      metadata: f('metadata'),
      inventory_item_id: f('inventoryItemId'),
      raw_stocked_quantity: f('rawStockedQuantity'),
      raw_reserved_quantity: f('rawReservedQuantity'),
      raw_incoming_quantity: f('rawIncomingQuantity'),
      ...timestamps,
      available_quantity: f('availableQuantity'),
      stocked_quantity: f('stockedQuantity'),
      reserved_quantity: f('reservedQuantity'),
      incoming_quantity: f('incomingQuantity'),
    },
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
    columns: {
      id: f('id'),
      title: f('title'),
      subtitle: f('subtitle'),
      status: { field: 'status', lowercase: true },
      external_id: f('externalId'),
      description: f('description'),
      handle: f('handle'),
      is_giftcard: f('isGiftcard'),
      discountable: f('discountable'),
      thumbnail: f('thumbnail'),
      collection_id: f('collectionId'),
      type_id: f('typeId'),
      weight: f('weight'),
      length: f('length'),
      height: f('height'),
      width: f('width'),
      hs_code: f('hsCode'),
      origin_country: f('originCountry'),
      mid_code: f('midCode'),
      material: f('material'),
      ...timestamps,
      metadata: f('metadata'),
    },
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
    columns: {
      id: f('id'),
      url: f('url'),
      metadata: f('metadata'),
      rank: f('rank'),
      product_id: f('productId'),
      ...timestamps,
    },
    relations: {},
  },
  stockLocation: {
    columns: {
      id: f('id'),
      name: f('name'),
      address_id: { field: 'addressId', whenNull: 'absent' },
      metadata: f('metadata'),
      ...timestamps,
    },
    relations: {
      address: { field: 'address', entity: 'stockLocationAddress', absentWhenNull: true, foreignKey: 'address_id' },
      sales_channels: { field: 'salesChannels', entity: 'salesChannel', childKeys: ['id'] },
    },
  },
  stockLocationAddress: {
    columns: {
      id: f('id'),
      address_1: f('address1'),
      address_2: f('address2'),
      company: f('company'),
      city: f('city'),
      country_code: f('countryCode'),
      phone: f('phone'),
      province: f('province'),
      postal_code: f('postalCode'),
      metadata: f('metadata'),
      ...timestamps,
    },
    relations: {},
  },
  salesChannel: {
    columns: {
      id: f('id'),
      name: f('name'),
      description: f('description'),
      is_disabled: f('isDisabled'),
      metadata: f('metadata'),
      ...timestamps,
    },
    relations: { stock_locations: { field: 'stockLocations', entity: 'stockLocation', childKeys: ['id'] } },
  },
  productType: {
    columns: { id: f('id'), value: f('value'), external_id: f('externalId'), metadata: f('metadata'), ...timestamps },
    relations: {},
  },
  productCollection: {
    columns: {
      id: f('id'),
      title: f('title'),
      handle: f('handle'),
      external_id: f('externalId'),
      metadata: f('metadata'),
      ...timestamps,
    },
    relations: {},
  },
  productTag: {
    columns: { id: f('id'), value: f('value'), external_id: f('externalId'), metadata: f('metadata'), ...timestamps },
    relations: {},
  },
};

export const entity = (name: EntityName): Entity => ENTITIES[name];
