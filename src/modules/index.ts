import type { EntityDescription, EntityName } from './describe.js';
import { IMAGE } from './image/description.js';
import { INVENTORY_ITEM } from './inventory-item/description.js';
import { INVENTORY_LEVEL } from './inventory-level/description.js';
import { OPTION, OPTION_VALUE } from './option/description.js';
import { PRICE } from './price/description.js';
import { PRODUCT } from './product/description.js';
import { PRODUCT_COLLECTION, PRODUCT_TAG, PRODUCT_TYPE } from './product-taxonomy/description.js';
import { SALES_CHANNEL } from './sales-channel/description.js';
import { STOCK_LOCATION, STOCK_LOCATION_ADDRESS } from './stock-location/description.js';
import { VARIANT } from './variant/description.js';
import { VARIANT_INVENTORY_ITEM } from './variant-inventory-item/description.js';

/** Every entity's description, by the name the REST shim knows it by. */
export const DESCRIPTIONS: Record<EntityName, EntityDescription> = {
  variant: VARIANT,
  optionValue: OPTION_VALUE,
  option: OPTION,
  price: PRICE,
  variantInventoryItem: VARIANT_INVENTORY_ITEM,
  inventoryItem: INVENTORY_ITEM,
  inventoryLevel: INVENTORY_LEVEL,
  product: PRODUCT,
  image: IMAGE,
  stockLocation: STOCK_LOCATION,
  stockLocationAddress: STOCK_LOCATION_ADDRESS,
  salesChannel: SALES_CHANNEL,
  productType: PRODUCT_TYPE,
  productCollection: PRODUCT_COLLECTION,
  productTag: PRODUCT_TAG,
};
