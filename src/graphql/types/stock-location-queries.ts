import { LIVE, liveById } from '../../core/live.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../builder.js';
import { defineList } from '../list-fields.js';
import { plannedFind } from '../planner/annotations.js';

const stockLocations = defineList<Prisma.StockLocationWhereInput>({
  type: 'StockLocation',
  model: 'stockLocation',
  label: 'stock location',
  plural: 'stock locations',
  field: 'stockLocations',
  connection: true,
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: { kind: 'search', description: 'Case-insensitive text in the name.', columns: ['name'] },
    name: { kind: 'strings', description: 'Exact names.' },
    addressIds: { kind: 'ids', description: 'Locations at these addresses.' },
    salesChannelIds: {
      kind: 'link',
      description: 'Locations linked to any of these sales channels.',
      // The same links StockLocation.salesChannels shows: live, to a live channel.
      where: (ids) => ({ salesChannelLinks: { some: { ...LIVE, salesChannelId: { in: ids }, salesChannel: LIVE } } }),
    },
    createdAt: { kind: 'dates', description: 'When it was created.' },
    updatedAt: { kind: 'dates', description: 'When it was last changed.' },
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
  filters: {
    ids: { kind: 'ids', description: 'Only these ids.' },
    q: {
      kind: 'search',
      description: 'Case-insensitive text in the name or description.',
      columns: ['name', 'description'],
    },
    isDisabled: { kind: 'boolean', description: 'Whether the channel is switched off.' },
  },
  orderFields: { NAME: 'name' },
});

builder.queryFields((t) => ({
  stockLocation: t.prismaField({
    description: 'A live stock location by id; null when there is none.',
    type: 'StockLocation',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.stockLocation.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  ...stockLocations.queryFields(t),
  salesChannel: t.prismaField({
    description: 'A live sales channel by id; null when there is none.',
    type: 'SalesChannel',
    nullable: true,
    extensions: plannedFind(({ id }: { id: string }) => liveById(id)),
    args: { id: t.arg.id({ description: 'The id.', required: true }) },
    resolve: (query, _root, { id }, { prisma }) => prisma.salesChannel.findFirst({ ...query, where: { id, ...LIVE } }),
  }),
  ...salesChannels.queryFields(t),
}));
