import { LIVE } from '../../core/live.js';
import { SALES_CHANNEL } from '../../modules/sales-channel/description.js';
import { builder } from '../builder.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';
import { throughLinks } from '../through-links.js';
import { StockLocation } from './stock-location.js';

/** A product's or a location's sales channels: live links to live channels. */
export const SALES_CHANNEL_LINKS = {
  links: 'salesChannelLinks',
  where: { ...LIVE, salesChannel: LIVE },
  orderBy: { id: 'asc' },
  to: 'salesChannel',
} as const;

export const SalesChannel = builder.prismaNode('SalesChannel', {
  description: 'A channel products are sold through, e.g. a web shop (Medusa: sales_channel).',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, SALES_CHANNEL, { node: true }),
    stockLocations: throughLinks(t, {
      type: StockLocation,
      description: 'The live stock locations that serve it.',
      links: 'stockLocationLinks',
      where: { ...LIVE, stockLocation: LIVE },
      orderBy: { id: 'asc' },
      to: 'stockLocation',
    }),
  }),
});

// Declared here rather than on StockLocation, so that the two types do not infer each other.
builder.prismaObjectField(StockLocation, 'salesChannels', (t) =>
  throughLinks(t, { type: SalesChannel, ...SALES_CHANNEL_LINKS }),
);
