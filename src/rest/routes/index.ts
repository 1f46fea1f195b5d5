import type { Route } from '../route.js';
import { variantRoutes } from './variants.js';

/** Every route the shim serves; more specific paths come first where two could match. */
export const ROUTES: Route[] = [...variantRoutes];
