import { LIVE } from '../../core/live.js';
import { OPTION, OPTION_VALUE } from '../../modules/option/description.js';
import { builder } from '../builder.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';

export const ProductOption = builder.prismaNode('ProductOption', {
  description: 'An option products vary by, e.g. Size (Medusa: product_option).',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, OPTION, { node: true }),
    values: t.relation('values', {
      description: 'Its values, in rank order.',
      query: { where: LIVE, orderBy: [{ rank: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

export const ProductOptionValue = builder.prismaNode('ProductOptionValue', {
  description: 'One value of a product option, e.g. M for Size (Medusa: product_option_value).',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, OPTION_VALUE, { node: true }),
    option: t.relation('option', { description: 'Its option.', nullable: true }),
  }),
});
