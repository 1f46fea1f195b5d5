import { type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

/** An option products vary by, e.g. Size (Medusa: product_option). */
export const OPTION = {
  name: 'option',
  model: 'ProductOption',
  type: 'ProductOption',
  keys: [
    ID,
    { field: 'title', type: 'String', description: 'Its name, as people read it.' },
    {
      field: 'isExclusive',
      type: 'Boolean',
      description:
        'True for an option created with one product and owned by it; false for an option shared between products.',
    },
    METADATA,
    ...timestamps(),
  ],
} as const satisfies EntityDescription;

/** One value of a product option, e.g. M for Size (Medusa: product_option_value). */
export const OPTION_VALUE = {
  name: 'optionValue',
  model: 'ProductOptionValue',
  type: 'ProductOptionValue',
  keys: [
    ID,
    { field: 'value', type: 'String', description: 'The value.' },
    { field: 'rank', type: 'Int', nullable: true, description: 'Its place in the list, 0 first.' },
    METADATA,
    { field: 'optionId', type: 'ID', nullable: true, description: 'The id of its option.' },
    ...timestamps(),
  ],
} as const satisfies EntityDescription;
