import { LIVE, liveById } from '../../core/live.js';
import { builder } from '../builder.js';
import { StockLocation } from './stock-location.js';

export const SalesChannel = builder.prismaNode('SalesChannel', {
  description: 'A channel products are sold through, e.g. a web shop (Medusa: sales_channel).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { nullable: true }),
    isDisabled: t.exposeBoolean('isDisabled', { description: 'Whether the channel is switched off.' }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
    stockLocations: t.field({
      description: 'The live stock locations that serve it.',
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
