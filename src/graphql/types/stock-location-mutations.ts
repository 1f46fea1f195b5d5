import { InvalidDataError, NotFoundError } from '../../core/errors.js';
import {
  createStockLocation,
  deleteStockLocation,
  updateStockLocation,
  updateStockLocationSalesChannels,
} from '../../domain/stock-locations.js';
import { inTransaction } from '../../domain/transaction.js';
import { STOCK_LOCATION, STOCK_LOCATION_ADDRESS } from '../../modules/stock-location/description.js';
import { builder } from '../builder.js';
import { writtenFields } from '../describe/input-fields.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';

const StockLocationPayload = builder.objectRef<{ id: string }>('StockLocationPayload').implement({
  description: 'What the mutations of one stock location answer.',
  fields: (t) => ({
    stockLocation: t.prismaField({
      type: 'StockLocation',
      description: 'The location as it now is.',
      resolve: (query, { id }, _args, { prisma }) =>
        prisma.stockLocation.findUniqueOrThrow({ ...query, where: { id } }),
    }),
  }),
});

const DeleteStockLocationPayload = builder
  .objectRef<{ id: string; deleted: boolean }>('DeleteStockLocationPayload')
  .implement({
    description: 'What deleteStockLocation answers.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'The id of the deleted location.' }),
      deleted: t.exposeBoolean('deleted', { description: 'Always true: the location is (softly) deleted.' }),
    }),
  });

const StockLocationAddressInput = builder.inputType('StockLocationAddressInput', {
  description: 'The address of a new stock location.',
  fields: (t) => ({
    ...writtenFields(t, STOCK_LOCATION_ADDRESS, 'create'),
  }),
});

const StockLocationAddressPatch = builder.inputType('StockLocationAddressPatch', {
  description:
    'Changes to an address: absent fields stay as they are, null clears an optional one. A location without an address gets a new one, which then needs address1 and countryCode.',
  fields: (t) => ({
    ...writtenFields(t, STOCK_LOCATION_ADDRESS, 'update'),
  }),
});

const CreateStockLocationInput = builder.inputType('CreateStockLocationInput', {
  description: 'A new stock location: a place where inventory is kept.',
  fields: (t) => ({
    ...writtenFields(t, STOCK_LOCATION, 'create'),
    address: t.field({ type: StockLocationAddressInput, required: false, description: 'Where it is; optional.' }),
  }),
});

const UpdateStockLocationInput = builder.inputType('UpdateStockLocationInput', {
  description: 'Changes to a stock location: absent fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The live location to change.' }),
    ...writtenFields(t, STOCK_LOCATION, 'update'),
    address: t.field({
      type: StockLocationAddressPatch,
      required: false,
      description: 'Changes the address, or creates one; null removes it.',
    }),
  }),
});

const StockLocationSalesChannelsInput = builder.inputType('StockLocationSalesChannelsInput', {
  description: 'Sales channels to link to a stock location and to unlink from it.',
  fields: (t) => ({
    stockLocationId: t.id({ required: true, description: 'A live stock location.' }),
    add: t.idList({ required: false, description: 'Sales channels to link; already linked ones are left alone.' }),
    remove: t.idList({ required: false, description: 'Sales channels to unlink; unlinked ones are left alone.' }),
  }),
});

const DeleteStockLocationInput = builder.inputType('DeleteStockLocationInput', {
  description: 'The stock location to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'A live stock location.' }) }),
});

builder.mutationFields((t) => ({
  createStockLocation: t.field({
    type: StockLocationPayload,
    description: 'Creates a stock location, with its address when one is given.',
    errors: raises(InvalidDataError),
    args: inputArgs(t, CreateStockLocationInput),
    resolve: (_root, { input }, { prisma }) => inTransaction(prisma, (tx) => createStockLocation(tx, input)),
  }),
  updateStockLocation: t.field({
    type: StockLocationPayload,
    description: 'Changes the name, address or metadata of a stock location.',
    errors: raises(NotFoundError, InvalidDataError),
    args: inputArgs(t, UpdateStockLocationInput),
    resolve: (_root, { input: { id, ...input } }, { prisma }) =>
      inTransaction(prisma, (tx) => updateStockLocation(tx, id, input)),
  }),
  deleteStockLocation: t.field({
    type: DeleteStockLocationPayload,
    description:
      'Removes the location with its address and sales-channel links (soft deletes, as Medusa does). Inventory levels at the location are kept.',
    errors: raises(NotFoundError),
    args: inputArgs(t, DeleteStockLocationInput),
    resolve: (_root, { input }, { prisma }) => inTransaction(prisma, (tx) => deleteStockLocation(tx, input.id)),
  }),
  updateStockLocationSalesChannels: t.field({
    type: StockLocationPayload,
    description: 'Links and unlinks sales channels in one transaction: all of the changes, or none.',
    errors: raises(NotFoundError, InvalidDataError),
    args: inputArgs(t, StockLocationSalesChannelsInput),
    resolve: (_root, { input }, { prisma }) =>
      inTransaction(prisma, (tx) => updateStockLocationSalesChannels(tx, input)),
  }),
}));
