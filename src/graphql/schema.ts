import { assertValidSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { withIdempotencyKeyArgument } from './idempotency/argument.js';
import './scalars.js';
import './errors.js';
// Every module of types/ registers its types with the builder; the order does not matter (a test checks the list is whole).
import './types/inventory-level-batch.js';
import './types/inventory-level-queries.js';
import './types/inventory-mutations.js';
import './types/inventory-queries.js';
import './types/inventory-stock-mutations.js';
import './types/inventory.js';
import './types/option.js';
import './types/price.js';
import './types/product-mutations.js';
import './types/product-queries.js';
import './types/product-taxonomy.js';
import './types/product.js';
import './types/sales-channel.js';
import './types/stock-location-mutations.js';
import './types/stock-location-queries.js';
import './types/stock-location.js';
import './types/variant-link-mutations.js';
import './types/variant-mutations.js';
import './types/variant-queries.js';
import './types/variant.js';

export const schema = lexicographicSortSchema(withIdempotencyKeyArgument(builder.toSchema()));
assertValidSchema(schema);
