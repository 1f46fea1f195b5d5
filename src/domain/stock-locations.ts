import { InvalidDataError, NotFoundError } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { LIVE, requireAllLive, requireLive } from '../core/live.js';
import type { Tx } from '../core/tx.js';
import type { Mutation } from '../modules/describe.js';
import { STOCK_LOCATION, STOCK_LOCATION_ADDRESS } from '../modules/stock-location/description.js';
import { type WrittenFields, writtenValues } from './columns.js';

/** An address's columns: absent leaves the stored value, null clears it. */
export type AddressInput = WrittenFields<typeof STOCK_LOCATION_ADDRESS, 'create'>;
export type AddressPatch = WrittenFields<typeof STOCK_LOCATION_ADDRESS, 'update'>;

export interface CreateStockLocationInput extends WrittenFields<typeof STOCK_LOCATION, 'create'> {
  address?: AddressInput | null;
}

export interface UpdateStockLocationInput extends WrittenFields<typeof STOCK_LOCATION, 'update'> {
  /** Changes the address, creating it when the location has none; null removes it. */
  address?: AddressPatch | null;
}

export interface StockLocationSalesChannelsInput {
  stockLocationId: string;
  add?: readonly string[] | null;
  remove?: readonly string[] | null;
}

export async function createStockLocation(tx: Tx, input: CreateStockLocationInput) {
  const name = requireName(input.name);
  const columns = locationColumns('create', input);
  const address = input.address ? await createAddress(tx, input.address, ['address']) : null;
  return tx.stockLocation.create({
    data: { id: newId('stockLocation'), name, addressId: address?.id ?? null, ...columns },
  });
}

export async function updateStockLocation(tx: Tx, id: string, patch: UpdateStockLocationInput) {
  const name = patch.name === undefined ? undefined : requireName(patch.name);
  const columns = locationColumns('update', patch);
  const location = await findLiveLocation(tx, id, ['id']);
  const addressId = await applyAddressPatch(tx, location.addressId, patch.address);
  return tx.stockLocation.update({ where: { id }, data: { name, ...columns, addressId } });
}

/**
 * Soft-deletes the location with its address and sales-channel links. Inventory levels and
 * reservations at the location stay, as in Medusa, where they are linked by id without a foreign key.
 */
export async function deleteStockLocation(tx: Tx, id: string) {
  const location = await findLiveLocation(tx, id, ['id']);
  const deletedAt = new Date();
  await tx.salesChannelStockLocation.updateMany({
    where: { stockLocationId: id, ...LIVE },
    data: { deletedAt },
  });
  if (location.addressId) {
    await tx.stockLocationAddress.updateMany({
      where: { id: location.addressId, ...LIVE },
      data: { deletedAt },
    });
  }
  await tx.stockLocation.update({ where: { id }, data: { deletedAt } });
  return { id, deleted: true };
}

/**
 * Links the location to the sales channels in `add` and unlinks those in `remove`. Existing links
 * are left untouched and soft-deleted ones revived, so a link keeps its id for its whole life.
 */
export async function updateStockLocationSalesChannels(tx: Tx, input: StockLocationSalesChannelsInput) {
  const add = [...new Set(input.add ?? [])];
  const remove = [...new Set(input.remove ?? [])];
  rejectAddedAndRemoved(add, input.remove ?? []);
  const location = await findLiveLocation(tx, input.stockLocationId, ['stockLocationId']);
  await requireLiveSalesChannels(tx, add, remove);

  const links = await tx.salesChannelStockLocation.findMany({
    where: { stockLocationId: location.id, salesChannelId: { in: [...add, ...remove] } },
    select: { salesChannelId: true, deletedAt: true },
  });
  const linkOf = new Map(links.map((link) => [link.salesChannelId, link]));
  const toCreate = add.filter((channelId) => !linkOf.has(channelId));
  const toRevive = add.filter((channelId) => linkOf.get(channelId)?.deletedAt);
  if (toCreate.length > 0) {
    await tx.salesChannelStockLocation.createMany({
      data: toCreate.map((salesChannelId) => ({
        id: newId('salesChannelStockLocation'),
        salesChannelId,
        stockLocationId: location.id,
      })),
      // Another request may have linked the pair since the read above; its link is as good as ours.
      skipDuplicates: true,
    });
  }
  if (toRevive.length > 0) {
    await tx.salesChannelStockLocation.updateMany({
      where: { stockLocationId: location.id, salesChannelId: { in: toRevive } },
      data: { deletedAt: null },
    });
  }
  if (remove.length > 0) {
    await tx.salesChannelStockLocation.updateMany({
      where: { stockLocationId: location.id, salesChannelId: { in: remove }, ...LIVE },
      data: { deletedAt: new Date() },
    });
  }
  return location;
}

async function findLiveLocation(tx: Tx, id: string, path: string[]) {
  return requireLive(
    (live) => tx.stockLocation.findFirst({ where: { id, ...live }, select: { id: true, addressId: true } }),
    () => new NotFoundError(`Stock location with id: ${id} was not found`, path),
  );
}

/** Medusa trims the name before storing it; a name of only spaces would be an unnamed location. */
function requireName(name: string | null): string {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '') throw new InvalidDataError('name must not be empty', ['name']);
  return trimmed;
}

function requireText(value: string | null | undefined, field: string, path: string[]): string {
  if (value == null || value.trim() === '') throw new InvalidDataError(`${field} must not be empty`, [...path, field]);
  return value;
}

/** The plain columns of a location; its name is trimmed and required. */
const locationColumns = (mutation: Mutation, input: WrittenFields<typeof STOCK_LOCATION>) =>
  writtenValues(STOCK_LOCATION, mutation, input, [], ['name']);

/** The plain columns of an address; the two it cannot do without must not be blank. */
const addressDetails = (mutation: Mutation, address: AddressPatch, path: string[]) =>
  writtenValues(STOCK_LOCATION_ADDRESS, mutation, address, path, ['address1', 'countryCode']);

function createAddress(tx: Tx, address: AddressPatch, path: string[]) {
  const address1 = requireText(address.address1, 'address1', path);
  const countryCode = requireText(address.countryCode, 'countryCode', path);
  return tx.stockLocationAddress.create({
    data: { id: newId('stockLocationAddress'), address1, countryCode, ...addressDetails('create', address, path) },
  });
}

/** The address id the location should point at after the patch; undefined when it stays as it is. */
async function applyAddressPatch(
  tx: Tx,
  currentId: string | null,
  patch: AddressPatch | null | undefined,
): Promise<string | null | undefined> {
  if (patch === undefined) return undefined;
  const current = currentId
    ? await tx.stockLocationAddress.findFirst({ where: { id: currentId, ...LIVE }, select: { id: true } })
    : null;
  const path = ['address'];
  if (patch === null) {
    if (current) await tx.stockLocationAddress.update({ where: { id: current.id }, data: { deletedAt: new Date() } });
    return null;
  }
  if (!current) return (await createAddress(tx, patch, path)).id;
  await tx.stockLocationAddress.update({
    where: { id: current.id },
    data: {
      address1: patch.address1 === undefined ? undefined : requireText(patch.address1, 'address1', path),
      countryCode: patch.countryCode === undefined ? undefined : requireText(patch.countryCode, 'countryCode', path),
      ...addressDetails('update', patch, path),
    },
  });
  return undefined;
}

function rejectAddedAndRemoved(add: readonly string[], remove: readonly string[]) {
  const added = new Set(add);
  const index = remove.findIndex((channelId) => added.has(channelId));
  if (index >= 0) {
    throw new InvalidDataError(`Sales channel ${remove[index]} cannot be both added and removed`, [
      'remove',
      String(index),
    ]);
  }
}

async function requireLiveSalesChannels(tx: Tx, add: readonly string[], remove: readonly string[]) {
  const wanted = [...add, ...remove];
  await requireAllLive(
    wanted,
    (live) => tx.salesChannel.findMany({ where: { id: { in: wanted }, ...live }, select: { id: true } }),
    (missing) =>
      new NotFoundError(
        missing.length === 1
          ? `Sales channel with id: ${missing[0]} was not found`
          : `Sales channels with ids: ${missing.join(', ')} were not found`,
        [add.some((channelId) => missing.includes(channelId)) ? 'add' : 'remove'],
      ),
  );
}
