import { builder } from '../builder.js';
import { LIVE, liveById, toNumber } from '../live.js';
import { plannedColumn, plannedSql } from '../planner/annotations.js';
import { priceRules } from '../planner/computed.js';

export const PriceContextInput = builder.inputType('PriceContextInput', {
  fields: (t) => ({
    currencyCode: t.string({ required: true }),
    regionId: t.id({ required: false }),
    quantity: t.int({ required: false, description: 'Defaults to 1.' }),
  }),
});

export const Price = builder.prismaNode('Price', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    currencyCode: t.exposeString('currencyCode'),
    amount: t.float({ extensions: plannedColumn('amount'), resolve: (price) => toNumber(price.amount) }),
    minQuantity: t.float({
      nullable: true,
      extensions: plannedColumn('minQuantity'),
      resolve: (price) => toNumber(price.minQuantity),
    }),
    maxQuantity: t.float({
      nullable: true,
      extensions: plannedColumn('maxQuantity'),
      resolve: (price) => toNumber(price.maxQuantity),
    }),
    priceSetId: t.exposeID('priceSetId'),
    priceListId: t.exposeID('priceListId', { nullable: true }),
    rulesCount: t.exposeInt('rulesCount', { nullable: true }),
    rules: t.field({
      type: 'JSON',
      description: 'The rules as a map of attribute to value, as Medusa returns them, e.g. {"region_id": "reg_..."}.',
      extensions: plannedSql(priceRules),
      select: { rules: { where: LIVE, orderBy: { id: 'asc' } } },
      resolve: (price) => Object.fromEntries(price.rules.map((rule) => [rule.attribute, rule.value])),
    }),
    priceRules: t.relation('rules', { query: { where: LIVE, orderBy: { id: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const PriceRule = builder.prismaObject('PriceRule', {
  fields: (t) => ({
    id: t.exposeID('id'),
    attribute: t.exposeString('attribute'),
    operator: t.exposeString('operator'),
    value: t.exposeString('value'),
    priority: t.exposeInt('priority'),
  }),
});
