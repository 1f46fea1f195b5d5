import { type EntityDescription, ID, timestamps } from '../describe.js';

/** The link between a variant and an inventory item it consumes (Medusa: product_variant_inventory_item). */
export const VARIANT_INVENTORY_ITEM = {
  name: 'variantInventoryItem',
  model: 'ProductVariantInventoryItem',
  type: 'VariantInventoryItem',
  keys: [
    { field: 'variantId', type: 'ID', description: 'The id of the variant.' },
    { field: 'inventoryItemId', type: 'ID', description: 'The id of the inventory item.' },
    ID,
    {
      field: 'requiredQuantity',
      type: 'Int',
      decimal: true,
      description: 'Units of the inventory item one unit of the variant needs.',
    },
    ...timestamps(),
  ],
} as const satisfies EntityDescription;
