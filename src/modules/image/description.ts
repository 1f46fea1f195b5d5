import { type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

/** An image of a product (Medusa: image). */
export const IMAGE = {
  name: 'image',
  model: 'Image',
  type: 'ProductImage',
  keys: [
    ID,
    { field: 'url', type: 'String', description: 'Where the image is.' },
    METADATA,
    { field: 'rank', type: 'Int', description: 'Its place in the list, 0 first.' },
    { field: 'productId', type: 'ID', description: 'The id of the product it is an image of.' },
    ...timestamps(),
  ],
} as const satisfies EntityDescription;
