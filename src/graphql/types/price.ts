import { LIVE } from '../../core/live.js';
import { ID } from '../../modules/describe.js';
import { PRICE } from '../../modules/price/description.js';
import { builder } from '../builder.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';
import { plannedSql } from '../planner/annotations.js';
import { priceRules } from '../planner/computed.js';

export const PriceContextInput = builder.inputType('PriceContextInput', {
  description: 'What to price for: a currency, optionally a region and a quantity.',
  fields: (t) => ({
    currencyCode: t.string({ description: 'A three-letter ISO 4217 code, lower case, e.g. "eur".', required: true }),
    regionId: t.id({
      description: 'The region to price for; prices with a region rule for another region do not apply.',
      required: false,
    }),
    quantity: t.int({ required: false, description: 'Defaults to 1.' }),
  }),
});

export const Price = builder.prismaNode('Price', {
  description:
    "A price of a variant's price set, in one currency, optionally for a quantity range and under rules (Medusa: price).",
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, PRICE, { node: true }),
    rules: t.field({
      type: 'JSON',
      description: 'The rules as a map of attribute to value, as Medusa returns them, e.g. {"region_id": "reg_..."}.',
      extensions: plannedSql(priceRules),
      select: { rules: { where: LIVE, orderBy: { id: 'asc' } } },
      resolve: (price) => Object.fromEntries(price.rules.map((rule) => [rule.attribute, rule.value])),
    }),
    priceRules: t.relation('rules', {
      description: 'Its rules as rows.',
      query: { where: LIVE, orderBy: { id: 'asc' } },
    }),
  }),
});

export const PriceRule = builder.prismaObject('PriceRule', {
  description: 'A condition a price applies under, e.g. region_id = reg_... (Medusa: price_rule).',
  fields: (t) => ({
    id: t.exposeID('id', { description: ID.description }),
    attribute: t.exposeString('attribute', { description: 'What the rule looks at, e.g. "region_id".' }),
    operator: t.exposeString('operator', { description: 'How the value is compared, e.g. "eq".' }),
    value: t.exposeString('value', { description: 'The value.' }),
    priority: t.exposeInt('priority', { description: 'Which rule wins when several apply; higher first.' }),
  }),
});
