import { LIVE, liveById } from '../../core/live.js';
import { builder } from '../builder.js';

export const ProductOption = builder.prismaNode('ProductOption', {
  description: 'An option products vary by, e.g. Size (Medusa: product_option).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its name, as people read it.' }),
    isExclusive: t.exposeBoolean('isExclusive', {
      description:
        'True for an option created with one product and owned by it; false for an option shared between products.',
    }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
    values: t.relation('values', {
      description: 'Its values, in rank order.',
      query: { where: LIVE, orderBy: [{ rank: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

export const ProductOptionValue = builder.prismaNode('ProductOptionValue', {
  description: 'One value of a product option, e.g. M for Size (Medusa: product_option_value).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value.' }),
    rank: t.exposeInt('rank', { description: 'Its place in the list, 0 first.', nullable: true }),
    optionId: t.exposeID('optionId', { description: 'The id of its option.', nullable: true }),
    option: t.relation('option', { description: 'Its option.', nullable: true }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});
