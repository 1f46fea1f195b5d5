import { columnFields } from '../default-fields.js';

/** Medusa 2.21's default fields of a product, returned by every route that answers `{product}`. */
export const PRODUCT_FIELDS = [
  ...columnFields('product'),
  '*type',
  '*collection',
  '*options',
  '*options.values',
  '*tags',
  '*images',
  '*variants',
  '*variants.images',
  '*variants.options',
  '*variants.prices',
  'variants.prices.price_rules.value',
  'variants.prices.price_rules.attribute',
  '*sales_channels',
];
