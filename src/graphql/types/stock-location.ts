import { STOCK_LOCATION, STOCK_LOCATION_ADDRESS } from '../../modules/stock-location/description.js';
import { builder } from '../builder.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';

export const StockLocation = builder.prismaNode('StockLocation', {
  description: 'A place where inventory is kept (Medusa: stock_location).',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, STOCK_LOCATION, { node: true }),
    address: t.relation('address', { description: 'Its address, if it has one.', nullable: true }),
  }),
});

export const StockLocationAddress = builder.prismaObject('StockLocationAddress', {
  description: 'The address of a stock location.',
  fields: (t) => ({
    ...columnFields(t, STOCK_LOCATION_ADDRESS),
  }),
});
