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
   * names a boolean field of the type: where it is false, Medusa leaves the key out.
   */
  | { field: string; lowercase?: true; whenNull?: 'zero-at-root'; onlyIf?: string }
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

export interface Relation {
  field: string;
  entity: EntityName;
  /** GraphQL arguments of the field, e.g. `(locationIds: ...)`; none by default. */
  args?: string;
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
      product: { field: 'product', entity: 'product' },
      options: { field: 'options', entity: 'optionValue' },
      prices: { field: 'prices', entity: 'price' },
      inventory_items: { field: 'inventoryItems', entity: 'variantInventoryItem' },
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
    relations: { option: { field: 'option', entity: 'option' } },
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
      inventory: { field: 'inventory', entity: 'inventoryItem' },
      variant: { field: 'variant', entity: 'variant' },
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
      variants: { field: 'variants', entity: 'variant' },
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
    relations: { stock_locations: { field: 'location', entity: 'stockLocation' } },
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
      type: { field: 'type', entity: 'productType' },
      collection: { field: 'collection', entity: 'productCollection' },
      tags: { field: 'tags', entity: 'productTag' },
      options: { field: 'options', entity: 'option' },
      images: { field: 'images', entity: 'image' },
      variants: { field: 'variants', entity: 'variant' },
      sales_channels: { field: 'salesChannels', entity: 'salesChannel' },
    },
  },
  image: {
    columns: { id: f('id'), url: f('url'), rank: f('rank'), metadata: f('metadata'), ...timestamps },
    relations: {},
  },
  stockLocation: {
    columns: { id: f('id'), name: f('name'), address_id: f('addressId'), metadata: f('metadata'), ...timestamps },
    relations: {
      address: { field: 'address', entity: 'stockLocationAddress' },
      sales_channels: { field: 'salesChannels', entity: 'salesChannel' },
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
    relations: { stock_locations: { field: 'stockLocations', entity: 'stockLocation' } },
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
