import {
  createStockLocation,
  deleteStockLocation,
  updateStockLocation,
  updateStockLocationSalesChannels,
} from '../../domain/stock-locations.js';
import { inTransaction } from '../../domain/transaction.js';
import { builder } from '../builder.js';

const StockLocationPayload = builder.objectRef<{ id: string }>('StockLocationPayload').implement({
  fields: (t) => ({
    stockLocation: t.prismaField({
      type: 'StockLocation',
      resolve: (query, { id }, _args, { prisma }) =>
        prisma.stockLocation.findUniqueOrThrow({ ...query, where: { id } }),
    }),
  }),
});

const DeleteStockLocationPayload = builder
  .objectRef<{ id: string; deleted: boolean }>('DeleteStockLocationPayload')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      deleted: t.exposeBoolean('deleted'),
    }),
  });

const StockLocationAddressInput = builder.inputType('StockLocationAddressInput', {
  fields: (t) => ({
    address1: t.string({ required: true, description: 'First address line; must not be blank.' }),
    countryCode: t.string({
      required: true,
      description: 'Country code as Medusa stores it, e.g. "de"; must not be blank.',
    }),
    address2: t.string({ required: false }),
    company: t.string({ required: false }),
    city: t.string({ required: false }),
    phone: t.string({ required: false }),
    province: t.string({ required: false }),
    postalCode: t.string({ required: false }),
    metadata: t.field({ type: 'JSON', required: false, description: 'A JSON object.' }),
  }),
});

const StockLocationAddressPatch = builder.inputType('StockLocationAddressPatch', {
  description:
    'Changes to an address: absent fields stay as they are, null clears an optional one. A location without an address gets a new one, which then needs address1 and countryCode.',
  fields: (t) => ({
    address1: t.string({ required: false, description: 'First address line; must not be blank.' }),
    countryCode: t.string({
      required: false,
      description: 'Country code as Medusa stores it, e.g. "de"; must not be blank.',
    }),
    address2: t.string({ required: false }),
    company: t.string({ required: false }),
    city: t.string({ required: false }),
    phone: t.string({ required: false }),
    province: t.string({ required: false }),
    postalCode: t.string({ required: false }),
    metadata: t.field({ type: 'JSON', required: false, description: 'A JSON object; null clears it.' }),
  }),
});

const CreateStockLocationInput = builder.inputType('CreateStockLocationInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: 'Stored trimmed; must not be blank.' }),
    address: t.field({ type: StockLocationAddressInput, required: false }),
    metadata: t.field({ type: 'JSON', required: false, description: 'A JSON object.' }),
  }),
});

const UpdateStockLocationInput = builder.inputType('UpdateStockLocationInput', {
  description: 'Absent fields stay as they are.',
  fields: (t) => ({
    name: t.string({ required: false, description: 'Stored trimmed; must not be blank.' }),
    address: t.field({
      type: StockLocationAddressPatch,
      required: false,
      description: 'Changes the address, or creates one; null removes it.',
    }),
    metadata: t.field({ type: 'JSON', required: false, description: 'A JSON object; null clears it.' }),
  }),
});

const StockLocationSalesChannelsInput = builder.inputType('StockLocationSalesChannelsInput', {
  fields: (t) => ({
    stockLocationId: t.id({ required: true }),
    add: t.idList({ required: false, description: 'Sales channels to link; already linked ones are left alone.' }),
    remove: t.idList({ required: false, description: 'Sales channels to unlink; unlinked ones are left alone.' }),
  }),
});

builder.mutationFields((t) => ({
  createStockLocation: t.field({
    type: StockLocationPayload,
    description: 'Creates a stock location, with its address when one is given.',
    errors: {},
    args: { input: t.arg({ type: CreateStockLocationInput, required: true }) },
    resolve: (_root, { input }, { prisma }) => inTransaction(prisma, (tx) => createStockLocation(tx, input)),
  }),
  updateStockLocation: t.field({
    type: StockLocationPayload,
    errors: {},
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateStockLocationInput, required: true }),
    },
    resolve: (_root, { id, input }, { prisma }) => inTransaction(prisma, (tx) => updateStockLocation(tx, id, input)),
  }),
  deleteStockLocation: t.field({
    type: DeleteStockLocationPayload,
    description:
      'Removes the location with its address and sales-channel links (soft deletes, as Medusa does). Inventory levels at the location are kept.',
    errors: {},
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, { prisma }) => inTransaction(prisma, (tx) => deleteStockLocation(tx, id)),
  }),
  updateStockLocationSalesChannels: t.field({
    type: StockLocationPayload,
    description: 'Links and unlinks sales channels in one transaction: all of the changes, or none.',
    errors: {},
    args: { input: t.arg({ type: StockLocationSalesChannelsInput, required: true }) },
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateStockLocationSalesChannels(tx, input)),
  }),
}));
