import { builder } from '../builder.js';
import { LIVE, liveById } from '../live.js';

export const ProductOption = builder.prismaNode('ProductOption', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title'),
    isExclusive: t.exposeBoolean('isExclusive', {
      description:
        'True for an option created with one product and owned by it; false for an option shared between products.',
    }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    values: t.relation('values', { query: { where: LIVE, orderBy: [{ rank: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const ProductOptionValue = builder.prismaNode('ProductOptionValue', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    value: t.exposeString('value'),
    rank: t.exposeInt('rank', { nullable: true }),
    optionId: t.exposeID('optionId', { nullable: true }),
    option: t.relation('option', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
