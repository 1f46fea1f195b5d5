/**
 * The demo catalog: two stock locations, a web shop selling from one of them, three products with
 * options, ten variants priced in EUR and USD (one EUR price only for a region), their inventory at
 * both locations, a reservation, and a two-pack that needs two units of the single mug.
 */

export interface SeedLocation {
  key: string;
  name: string;
  address: { address1: string; city: string; postalCode: string; countryCode: string };
}

export interface SeedPrice {
  currencyCode: string;
  amount: number;
  regionId?: string;
}

export interface SeedVariant {
  title: string;
  sku: string;
  options: Record<string, string>;
  prices: SeedPrice[];
  /** Units on hand per location key; absent for a kit, which draws on another variant's item. */
  stock?: Record<string, number>;
  /** For a kit: the sku of the item it consumes and how many units of it. */
  kitOf?: { sku: string; requiredQuantity: number };
  weight?: number;
}

export interface SeedProduct {
  title: string;
  handle: string;
  description: string;
  options: Record<string, string[]>;
  variants: SeedVariant[];
}

/** A made-up region: the region table is outside this gateway's domain; the rule only names it. */
export const SEED_REGION_ID = 'reg_01JDEMO0000000000000000EU';

export const SEED_LOCATIONS: SeedLocation[] = [
  {
    key: 'berlin',
    name: 'Berlin Warehouse',
    address: { address1: 'Lagerstraße 12', city: 'Berlin', postalCode: '10115', countryCode: 'de' },
  },
  {
    key: 'lisbon',
    name: 'Lisbon Store',
    address: { address1: 'Rua Augusta 101', city: 'Lisboa', postalCode: '1100-048', countryCode: 'pt' },
  },
];

/** The web shop sells from Berlin only, so its availability ignores Lisbon's stock. */
export const SEED_SALES_CHANNEL = { name: 'Webshop', description: 'Online store', locationKeys: ['berlin'] };

/** A reservation for an order line; the level's reserved quantity matches it. */
export const SEED_RESERVATION = { sku: 'TEE-BLACK-S', locationKey: 'berlin', quantity: 2, lineItemId: 'ordli_demo_1' };

const eurUsd = (eur: number, usd: number): SeedPrice[] => [
  { currencyCode: 'eur', amount: eur },
  { currencyCode: 'usd', amount: usd },
];

export const SEED_PRODUCTS: SeedProduct[] = [
  {
    title: 'Medusa T-Shirt',
    handle: 't-shirt',
    description: 'A soft organic cotton tee.',
    options: { Size: ['S', 'M'], Color: ['Black', 'White'] },
    variants: [
      {
        title: 'S / Black',
        sku: 'TEE-BLACK-S',
        options: { Size: 'S', Color: 'Black' },
        prices: [...eurUsd(1950, 2200), { currencyCode: 'eur', amount: 1750, regionId: SEED_REGION_ID }],
        stock: { berlin: 40, lisbon: 10 },
        weight: 200,
      },
      {
        title: 'M / Black',
        sku: 'TEE-BLACK-M',
        options: { Size: 'M', Color: 'Black' },
        prices: eurUsd(1950, 2200),
        stock: { berlin: 25, lisbon: 0 },
        weight: 210,
      },
      {
        title: 'S / White',
        sku: 'TEE-WHITE-S',
        options: { Size: 'S', Color: 'White' },
        prices: eurUsd(1950, 2200),
        stock: { berlin: 0, lisbon: 12 },
        weight: 200,
      },
      {
        title: 'M / White',
        sku: 'TEE-WHITE-M',
        options: { Size: 'M', Color: 'White' },
        prices: eurUsd(1950, 2200),
        stock: { berlin: 8, lisbon: 8 },
        weight: 210,
      },
    ],
  },
  {
    title: 'Medusa Hoodie',
    handle: 'hoodie',
    description: 'A heavy fleece hoodie.',
    options: { Size: ['S', 'M', 'L'] },
    variants: [
      {
        title: 'S',
        sku: 'HOODIE-S',
        options: { Size: 'S' },
        prices: eurUsd(4900, 5500),
        stock: { berlin: 15, lisbon: 3 },
      },
      {
        title: 'M',
        sku: 'HOODIE-M',
        options: { Size: 'M' },
        prices: eurUsd(4900, 5500),
        stock: { berlin: 20, lisbon: 5 },
      },
      {
        title: 'L',
        sku: 'HOODIE-L',
        options: { Size: 'L' },
        prices: eurUsd(4900, 5500),
        stock: { berlin: 4, lisbon: 6 },
      },
    ],
  },
  {
    title: 'Medusa Mug',
    handle: 'mug',
    description: 'A stoneware mug, single or as a two-pack.',
    options: { Color: ['White', 'Black'], Pack: ['Single', 'Two-pack'] },
    variants: [
      {
        title: 'White / Single',
        sku: 'MUG-WHITE',
        options: { Color: 'White', Pack: 'Single' },
        prices: eurUsd(1200, 1400),
        stock: { berlin: 30, lisbon: 9 },
      },
      {
        title: 'Black / Single',
        sku: 'MUG-BLACK',
        options: { Color: 'Black', Pack: 'Single' },
        prices: eurUsd(1200, 1400),
        stock: { berlin: 18, lisbon: 2 },
      },
      {
        title: 'White / Two-pack',
        sku: 'MUG-WHITE-2PACK',
        options: { Color: 'White', Pack: 'Two-pack' },
        prices: eurUsd(2200, 2600),
        kitOf: { sku: 'MUG-WHITE', requiredQuantity: 2 },
      },
    ],
  },
];
