import { afterAll, beforeAll } from 'vitest';
import type { Gateway } from '../../src/app.js';
import { type AdminCall, adminClient, describeWithMedusa, runTag, startAttachedGateway } from '../support/medusa.js';
import { Normaliser } from '../support/normalise.js';
import type { Context, Request } from './scenario.js';
import { compareSteps, type Side } from './steps.js';

type Body = Record<string, never> & {
  stock_location: { id: string; address: { id: string } };
  inventory_item: { id: string };
  product: { id: string; variants: { id: string; title: string }[] };
  created: { id: string }[];
};

interface Step {
  name: string;
  request(context: Context): Request;
  keep?(context: Context, body: Body): void;
}

const post = (path: string, body: unknown): Request => ({ method: 'POST', path, body });
const get = (path: string): Request => ({ method: 'GET', path });

const LEVELS = '/admin/inventory-items/location-levels/batch';
const itemLevels = (c: Context, item: string) => `/admin/inventory-items/${c.ids[item]}/location-levels/batch`;
const P = (c: Context) => `/admin/products/${c.ids.product}`;
const variantId = (body: Body, title: string) => {
  const found = body.product.variants.find((variant) => variant.title === title);
  if (!found) throw new Error(`no variant ${title} in the answer`);
  return found.id;
};

/**
 * Every batch route of Medusa 2.21 the shim serves, with creates, updates and deletes, its
 * refusals, and the list filters 2.21 accepts, on the real Medusa and on the gateway attached to
 * its database. Answers must be equal once normalised, except for the deviations in deviations.ts.
 */
const STEPS: Step[] = [
  {
    name: 'batches: create location A with an address',
    request: ({ tag }) =>
      post('/admin/stock-locations', { name: `Batch A ${tag}`, address: { address_1: '2 Quay', country_code: 'fr' } }),
    keep: (c, b) => {
      c.ids.locationA = b.stock_location.id;
      c.ids.addressA = b.stock_location.address.id;
    },
  },
  {
    name: 'batches: create location B',
    request: ({ tag }) => post('/admin/stock-locations', { name: `Batch B ${tag}` }),
    keep: (c, b) => {
      c.ids.locationB = b.stock_location.id;
    },
  },
  {
    name: 'batches: create item 1 stocked at A',
    request: (c) =>
      post('/admin/inventory-items', {
        sku: `BATCH-1-${c.TAG}`,
        origin_country: `o${c.tag}`,
        mid_code: `MID-${c.TAG}`,
        hs_code: `HS-${c.TAG}`,
        material: `cork ${c.tag}`,
        location_levels: [{ location_id: c.ids.locationA, stocked_quantity: 10 }],
      }),
    keep: (c, b) => {
      c.ids.item1 = b.inventory_item.id;
    },
  },
  {
    name: 'batches: create item 2',
    request: (c) => post('/admin/inventory-items', { sku: `BATCH-2-${c.TAG}` }),
    keep: (c, b) => {
      c.ids.item2 = b.inventory_item.id;
    },
  },
  {
    name: 'batches: create item 3',
    request: (c) => post('/admin/inventory-items', { sku: `BATCH-3-${c.TAG}` }),
    keep: (c, b) => {
      c.ids.item3 = b.inventory_item.id;
    },
  },

  // The levels of one item.
  {
    name: 'level batch of item 1: create at B, update at A (fields ignored)',
    request: (c) =>
      post(`${itemLevels(c, 'item1')}?fields=id`, {
        create: [{ location_id: c.ids.locationB, stocked_quantity: 2, incoming_quantity: 1 }],
        update: [{ location_id: c.ids.locationA, stocked_quantity: 7 }],
      }),
    keep: (c, b) => {
      c.ids.level1B = b.created[0].id;
    },
  },
  {
    name: 'level batch of item 1: delete at B without force',
    request: (c) => post(itemLevels(c, 'item1'), { delete: [c.ids.level1B] }),
  },
  {
    name: 'level batch of item 1: nothing incoming at B any more',
    request: (c) => post(itemLevels(c, 'item1'), { update: [{ location_id: c.ids.locationB, incoming_quantity: 0 }] }),
  },
  {
    name: 'level batch of item 1: delete at B forced',
    request: (c) => post(itemLevels(c, 'item1'), { delete: [c.ids.level1B], force: true }),
  },

  // The levels of many items.
  {
    name: 'levels batch: create for items 2 and 3, update item 1',
    request: (c) =>
      post(`${LEVELS}?fields=id`, {
        create: [
          { inventory_item_id: c.ids.item2, location_id: c.ids.locationA, stocked_quantity: 5 },
          { inventory_item_id: c.ids.item3, location_id: c.ids.locationB },
        ],
        update: [{ inventory_item_id: c.ids.item1, location_id: c.ids.locationA, stocked_quantity: 3 }],
      }),
    keep: (c, b) => {
      c.ids.level2A = b.created[0].id;
      c.ids.level3B = b.created[1].id;
    },
  },
  {
    name: 'levels batch: update by level id, delete forced',
    request: (c) =>
      post(LEVELS, {
        update: [
          { id: c.ids.level3B, inventory_item_id: c.ids.item3, location_id: c.ids.locationB, stocked_quantity: 4 },
        ],
        delete: [c.ids.level2A],
        force: true,
      }),
  },
  { name: 'levels batch: empty', request: () => post(LEVELS, {}) },
  {
    name: 'levels batch: create for an unknown item',
    request: (c) =>
      post(LEVELS, {
        create: [{ inventory_item_id: 'iitem_01JX0000000000000000000000', location_id: c.ids.locationA }],
      }),
  },
  {
    name: 'levels batch: create a level that exists',
    request: (c) => post(LEVELS, { create: [{ inventory_item_id: c.ids.item1, location_id: c.ids.locationA }] }),
  },
  {
    name: 'levels batch: update a level that does not exist',
    request: (c) =>
      post(LEVELS, { update: [{ inventory_item_id: c.ids.item2, location_id: c.ids.locationB, stocked_quantity: 1 }] }),
  },
  {
    name: 'levels batch: delete a stocked level without force',
    request: (c) => post(LEVELS, { delete: [c.ids.level3B] }),
  },
  {
    name: 'levels batch: an unknown key',
    request: (c) => post(LEVELS, { create: [], upsert: [{ inventory_item_id: c.ids.item1 }] }),
  },
  {
    name: 'levels batch: a negative quantity',
    request: (c) =>
      post(LEVELS, {
        update: [{ inventory_item_id: c.ids.item1, location_id: c.ids.locationA, stocked_quantity: -1 }],
      }),
  },
  {
    name: 'levels after the batches',
    request: (c) =>
      get(
        `/admin/inventory-items?fields=sku,stocked_quantity,*location_levels&sku=BATCH-1-${c.TAG}&sku=BATCH-2-${c.TAG}&sku=BATCH-3-${c.TAG}&order=sku`,
      ),
  },

  // Variants and their links.
  {
    name: 'batches: create product with variants S and L',
    request: (c) =>
      post('/admin/products', {
        title: `Batch tee ${c.tag}`,
        external_id: `ext-${c.tag}`,
        options: [{ title: 'Size', values: ['S', 'M', 'L'] }],
        variants: [
          {
            title: 'S',
            sku: `BT-S-${c.TAG}`,
            ean: `EAN-${c.TAG}`,
            upc: `UPC-${c.TAG}`,
            barcode: `BAR-${c.TAG}`,
            options: { Size: 'S' },
            prices: [{ currency_code: 'eur', amount: 10 }],
          },
          { title: 'L', sku: `BT-L-${c.TAG}`, options: { Size: 'L' }, prices: [] },
        ],
      }),
    keep: (c, b) => {
      c.ids.product = b.product.id;
      c.ids.small = variantId(b, 'S');
      c.ids.large = variantId(b, 'L');
    },
  },
  {
    name: 'variants batch: create M, update S, delete L',
    request: (c) =>
      post(`${P(c)}/variants/batch`, {
        create: [
          { title: 'M', sku: `BT-M-${c.TAG}`, options: { Size: 'M' }, prices: [{ currency_code: 'eur', amount: 12 }] },
        ],
        update: [{ id: c.ids.small, title: 'S fit' }],
        delete: [c.ids.large],
      }),
    keep: (c, b) => {
      c.ids.medium = b.created[0].id;
    },
  },
  {
    name: 'variants batch with fields',
    request: (c) =>
      post(`${P(c)}/variants/batch?fields=id,title,sku`, { update: [{ id: c.ids.medium, title: 'M fit' }] }),
  },
  {
    name: 'variants batch: update an unknown variant',
    request: (c) => post(`${P(c)}/variants/batch`, { update: [{ id: c.ids.large, title: 'gone' }] }),
  },
  {
    name: 'link batch: create two links',
    request: (c) =>
      post(`${P(c)}/variants/inventory-items/batch?fields=id`, {
        create: [
          { variant_id: c.ids.small, inventory_item_id: c.ids.item1, required_quantity: 2 },
          { variant_id: c.ids.medium, inventory_item_id: c.ids.item2, required_quantity: 1 },
        ],
      }),
  },
  {
    name: 'link batch: update one, delete the other',
    request: (c) =>
      post(`${P(c)}/variants/inventory-items/batch`, {
        update: [{ variant_id: c.ids.small, inventory_item_id: c.ids.item1, required_quantity: 3 }],
        delete: [{ variant_id: c.ids.medium, inventory_item_id: c.ids.item2 }],
      }),
  },
  {
    name: 'variants after the link batches',
    request: (c) => get(`${P(c)}/variants?fields=title,*inventory_items&order=title`),
  },

  // List filters of 2.21.
  ...(['sku', 'ean', 'upc', 'barcode'] as const).map(
    (filter): Step => ({
      name: `list variants by ${filter}`,
      request: (c) =>
        get(
          `/admin/product-variants?fields=title,sku&${filter}=${filter === 'sku' ? `BT-S-${c.TAG}` : `${filter.toUpperCase()}-${c.TAG}`}`,
        ),
    }),
  ),
  {
    name: 'list a product’s variants by sku, with with_deleted',
    request: (c) =>
      get(`${P(c)}/variants?fields=title&sku[]=BT-S-${c.TAG},BT-M-${c.TAG}&with_deleted=true&order=title`),
  },
  { name: 'list products by title', request: (c) => get(`/admin/products?fields=title&title=Batch tee ${c.tag}`) },
  {
    name: 'list products by external_id',
    request: (c) => get(`/admin/products?fields=title&external_id=ext-${c.tag}`),
  },
  {
    name: 'list products by is_giftcard',
    request: (c) => get(`/admin/products?fields=title&is_giftcard=false&id=${c.ids.product}`),
  },
  ...(['origin_country', 'mid_code', 'hs_code', 'material'] as const).map(
    (filter): Step => ({
      name: `list inventory items by ${filter}`,
      request: (c) => {
        const value = {
          origin_country: `o${c.tag}`,
          mid_code: `MID-${c.TAG}`,
          hs_code: `HS-${c.TAG}`,
          material: `cork ${c.tag}`,
        };
        return get(`/admin/inventory-items?fields=sku&${filter}=${encodeURIComponent(value[filter])}`);
      },
    }),
  ),
  {
    name: 'list stock locations by address_id',
    request: (c) => get(`/admin/stock-locations?fields=name&address_id=${c.ids.addressA}`),
  },
];

describeWithMedusa(
  'differential: batch routes and list filters, Medusa against the gateway on its database',
  (oracle) => {
    let gateway: Gateway;
    let medusa: Side;
    let ours: Side;

    beforeAll(async () => {
      gateway = await startAttachedGateway(oracle);
      const side = (call: AdminCall, tag: string): Side => ({
        call,
        context: { tag, TAG: tag.toUpperCase(), salesChannel: '', ids: {} },
        normaliser: new Normaliser(tag),
      });
      medusa = side(adminClient(oracle.url, oracle.adminJwt), runTag('m'));
      ours = side(adminClient(gateway.url, oracle.adminJwt), runTag('g'));
    });
    afterAll(async () => {
      await gateway?.stop();
    });

    compareSteps(STEPS, () => ({ medusa, ours }));
  },
);
