import type { Route } from '../route.js';
import { inventoryItemRoutes } from './inventory-items.js';
import { levelBatchRoutes } from './level-batches.js';
import { productRoutes } from './products.js';
import { stockLocationRoutes } from './stock-locations.js';
import { variantRoutes } from './variants.js';

/** Every route the shim serves; more specific paths come first where two could match. */
export const ROUTES: Route[] = [
  ...variantRoutes,
  ...productRoutes,
  ...stockLocationRoutes,
  ...inventoryItemRoutes,
  ...levelBatchRoutes,
];
