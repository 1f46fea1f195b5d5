import { builder } from '../builder.js';
import { LIVE, liveById } from '../live.js';
import { StockLocation } from './stock-location.js';

export const SalesChannel = builder.prismaNode('SalesChannel', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    isDisabled: t.exposeBoolean('isDisabled'),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    stockLocations: t.field({
      type: [StockLocation],
      select: (_args, _ctx, nestedSelection) => ({
        stockLocationLinks: {
          where: { ...LIVE, stockLocation: LIVE },
          orderBy: { id: 'asc' },
          select: { stockLocation: nestedSelection(true) },
        },
      }),
      resolve: (channel) => channel.stockLocationLinks.map((link) => link.stockLocation),
    }),
  }),
});

// Declared here rather than on StockLocation, so that the two types do not infer each other.
builder.prismaObjectField(StockLocation, 'salesChannels', (t) =>
  t.field({
    type: [SalesChannel],
    select: (_args, _ctx, nestedSelection) => ({
      salesChannelLinks: {
        where: { ...LIVE, salesChannel: LIVE },
        orderBy: { id: 'asc' },
        select: { salesChannel: nestedSelection(true) },
      },
    }),
    resolve: (location) => location.salesChannelLinks.map((link) => link.salesChannel),
  }),
);
