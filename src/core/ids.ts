import { monotonicFactory } from 'ulid';

/** Medusa's id prefixes (`generateEntityId`): every id is `<prefix>_<ULID>`. */
export const ID_PREFIXES = {
  product: 'prod',
  productVariant: 'variant',
  productOption: 'opt',
  productOptionValue: 'optval',
  productProductOption: 'prodopt',
  productProductOptionValue: 'prodoptval',
  productVariantProductImage: 'pvpi',
  image: 'img',
  priceSet: 'pset',
  price: 'price',
  priceRule: 'prule',
  priceList: 'plist',
  priceListRule: 'plrule',
  pricePreference: 'prpref',
  inventoryItem: 'iitem',
  inventoryLevel: 'ilev',
  reservationItem: 'resitem',
  stockLocation: 'sloc',
  stockLocationAddress: 'laddr',
  salesChannel: 'sc',
  productVariantInventoryItem: 'pvitem',
  productVariantPriceSet: 'pvps',
  productSalesChannel: 'prodsc',
  salesChannelStockLocation: 'scloc',
  apiKey: 'apk',
  productType: 'ptyp',
  productCollection: 'pcol',
  productTag: 'ptag',
} as const;

export type IdEntity = keyof typeof ID_PREFIXES;

/**
 * The longest id accepted anywhere (REST paths, queries and bodies, GraphQL ID arguments and
 * inputs). Medusa's own are at most 37 characters (`prodoptval_` and a ULID); the margin admits ids
 * other tools wrote into a Medusa store's database.
 */
export const MAX_ID_LENGTH = 64;

const ID_PATTERN = /^([a-z]+)_([0-9A-HJKMNP-TV-Z]{26})$/;

// Monotonic, so ids made in the same millisecond still sort in creation order.
const ulid = monotonicFactory();

export function newId(entity: IdEntity): string {
  return `${ID_PREFIXES[entity]}_${ulid()}`;
}

/** The entity an id names, from its prefix; undefined for anything that is not a Medusa id. */
export function entityOfId(id: string): IdEntity | undefined {
  const prefix = ID_PATTERN.exec(id)?.[1];
  if (!prefix) return undefined;
  return (Object.keys(ID_PREFIXES) as IdEntity[]).find((entity) => ID_PREFIXES[entity] === prefix);
}
