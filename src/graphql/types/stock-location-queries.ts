import { LIVE } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { SALES_CHANNEL } from '../../modules/sales-channel/description.js';
import { STOCK_LOCATION } from '../../modules/stock-location/description.js';
import { builder } from '../builder.js';
import { columnFilters } from '../describe/filters.js';
import { defineList } from '../list-fields.js';

const stockLocations = defineList<Prisma.StockLocationWhereInput>({
  type: 'StockLocation',
  model: 'stockLocation',
  label: 'stock location',
  plural: 'stock locations',
  field: 'stockLocations',
  connection: true,
  find: { field: 'stockLocation', description: 'A live stock location by id; null when there is none.' },
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: { kind: 'search', description: 'Case-insensitive text in the name.', columns: ['name'] },
    ...columnFilters(STOCK_LOCATION),
    addressIds: { kind: 'ids', description: 'Locations at these addresses.' },
    salesChannelIds: {
      kind: 'link',
      description: 'Locations linked to any of these sales channels.',
      // The same links StockLocation.salesChannels shows: live, to a live channel.
      where: (ids) => ({ salesChannelLinks: { some: { ...LIVE, salesChannelId: { in: ids }, salesChannel: LIVE } } }),
    },
  },
  orderFields: { NAME: 'name' },
});

const salesChannels = defineList<Prisma.SalesChannelWhereInput>({
  type: 'SalesChannel',
  model: 'salesChannel',
  label: 'sales channel',
  plural: 'sales channels',
  field: 'salesChannels',
  connection: true,
  find: { field: 'salesChannel', description: 'A live sales channel by id; null when there is none.' },
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the name or description.',
      columns: ['name', 'description'],
    },
    ...columnFilters(SALES_CHANNEL),
  },
  orderFields: { NAME: 'name' },
});

builder.queryFields((t) => ({
  ...stockLocations.queryFields(t),
  ...salesChannels.queryFields(t),
}));
