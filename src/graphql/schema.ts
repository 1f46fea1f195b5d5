import { assertValidSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './types/option.js';
import './types/price.js';
import './types/product.js';
import './types/variant.js';
import './types/variant-queries.js';
import './types/variant-link-mutations.js';
import './types/inventory.js';
import './types/stock-location.js';
import './types/sales-channel.js';

export const schema = lexicographicSortSchema(builder.toSchema());
assertValidSchema(schema);
