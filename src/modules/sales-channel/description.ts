import { type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

/** A channel products are sold through, e.g. a web shop (Medusa: sales_channel). */
export const SALES_CHANNEL = {
  name: 'salesChannel',
  model: 'SalesChannel',
  type: 'SalesChannel',
  keys: [
    ID,
    { field: 'name', type: 'String', description: 'Its name.' },
    { field: 'description', type: 'String', nullable: true },
    {
      field: 'isDisabled',
      type: 'Boolean',
      description: 'Whether the channel is switched off.',
      filter: 'Whether the channel is switched off.',
    },
    METADATA,
    ...timestamps(),
  ],
} as const satisfies EntityDescription;
