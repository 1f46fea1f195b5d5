import { builder } from '../builder.js';
import { liveById } from '../live.js';

export const StockLocation = builder.prismaNode('StockLocation', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    name: t.exposeString('name'),
    addressId: t.exposeID('addressId', { nullable: true }),
    address: t.relation('address', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const StockLocationAddress = builder.prismaObject('StockLocationAddress', {
  fields: (t) => ({
    id: t.exposeID('id'),
    address1: t.exposeString('address1'),
    address2: t.exposeString('address2', { nullable: true }),
    company: t.exposeString('company', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    countryCode: t.exposeString('countryCode'),
    phone: t.exposeString('phone', { nullable: true }),
    province: t.exposeString('province', { nullable: true }),
    postalCode: t.exposeString('postalCode', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
