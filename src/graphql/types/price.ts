import { LIVE, liveById } from '../../core/live.js';
import { builder } from '../builder.js';
import { toNumber } from '../decimal.js';
import { plannedColumn, plannedSql } from '../planner/annotations.js';
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
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its name, as people read it.', nullable: true }),
    currencyCode: t.exposeString('currencyCode', {
      description: 'A three-letter ISO 4217 code, lower case, e.g. "eur".',
    }),
    amount: t.float({
      extensions: plannedColumn('amount'),
      description: "The amount in the currency's main unit, as Medusa stores it (19.99 is 19.99 EUR).",
      resolve: (price) => toNumber(price.amount),
    }),
    minQuantity: t.float({
      extensions: plannedColumn('minQuantity'),
      description: 'The smallest quantity the price applies to; null: any.',
      nullable: true,
      resolve: (price) => toNumber(price.minQuantity),
    }),
    maxQuantity: t.float({
      extensions: plannedColumn('maxQuantity'),
      description: 'The largest quantity the price applies to; null: any.',
      nullable: true,
      resolve: (price) => toNumber(price.maxQuantity),
    }),
    priceSetId: t.exposeID('priceSetId', { description: 'The id of its price set.' }),
    priceListId: t.exposeID('priceListId', {
      description: 'The price list it belongs to; null for a base price.',
      nullable: true,
    }),
    rulesCount: t.exposeInt('rulesCount', { description: 'How many rules it has.', nullable: true }),
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
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});

export const PriceRule = builder.prismaObject('PriceRule', {
  description: 'A condition a price applies under, e.g. region_id = reg_... (Medusa: price_rule).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Medusa id; its prefix names the type.' }),
    attribute: t.exposeString('attribute', { description: 'What the rule looks at, e.g. "region_id".' }),
    operator: t.exposeString('operator', { description: 'How the value is compared, e.g. "eq".' }),
    value: t.exposeString('value', { description: 'The value.' }),
    priority: t.exposeInt('priority', { description: 'Which rule wins when several apply; higher first.' }),
  }),
});
