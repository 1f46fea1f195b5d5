import { liveById } from '../../core/live.js';
import { builder } from '../builder.js';

export const StockLocation = builder.prismaNode('StockLocation', {
  description: 'A place where inventory is kept (Medusa: stock_location).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name.' }),
    addressId: t.exposeID('addressId', { description: 'The id of its address, if it has one.', nullable: true }),
    address: t.relation('address', { description: 'Its address, if it has one.', nullable: true }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});

export const StockLocationAddress = builder.prismaObject('StockLocationAddress', {
  description: 'The address of a stock location.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The Medusa id; its prefix names the type.' }),
    address1: t.exposeString('address1', { description: 'First address line.' }),
    address2: t.exposeString('address2', { description: 'Second address line.', nullable: true }),
    company: t.exposeString('company', { description: 'Company name.', nullable: true }),
    city: t.exposeString('city', { description: 'City.', nullable: true }),
    countryCode: t.exposeString('countryCode', { description: 'Country code as Medusa stores it, e.g. "de".' }),
    phone: t.exposeString('phone', { description: 'Phone number, as written.', nullable: true }),
    province: t.exposeString('province', { description: 'Province, state or region.', nullable: true }),
    postalCode: t.exposeString('postalCode', { description: 'Postal code.', nullable: true }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});
