import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Gateway } from '../../src/app.js';
import { type AdminCall, adminClient, describeWithMedusa, runTag, startAttachedGateway } from '../support/medusa.js';
import { Normaliser } from '../support/normalise.js';
import { without } from './deviations.js';

/**
 * The known difference of these reads (docs/compatibility.md): under `*prices` Medusa shows
 * `rules: {}` whatever the rules, where the gateway shows them (checked below).
 */
const comparable = without('rules');

const RULES = { region_id: 'reg_01ROUNDTRIPREGION00000000' };
const VARIANT_FIELDS =
  'fields=id,title,sku,manage_inventory,%2Binventory_quantity,*prices,*options,*inventory_items&order=sku';

/**
 * What one server writes, the other reads as its own: the same answer, from Medusa and from the
 * gateway, for the same rows (prices through price sets and rules, options, inventory links and
 * the inventory quantity they give).
 */
describeWithMedusa('differential: round trips between Medusa and the gateway', (oracle) => {
  let gateway: Gateway;
  let medusa: AdminCall;
  let ours: AdminCall;

  beforeAll(async () => {
    gateway = await startAttachedGateway(oracle);
    medusa = adminClient(oracle.url, oracle.adminJwt);
    ours = adminClient(gateway.url, oracle.adminJwt);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  /**
   * Writes a small catalog through one server: a location, an item with 9 units, and a product
   * whose S variant needs 2 of it (4 sellable) and whose M variant needs 3 of it and one of the
   * item made for it, which has no stock (0 sellable).
   */
  const writeCatalog = async (call: AdminCall, tag: string) => {
    const ok = async (method: string, path: string, body: unknown) => {
      const answer = await call(method, path, body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return answer.body as Record<string, { id: string; variants: { id: string; sku: string }[] }>;
    };
    const location = (await ok('POST', '/admin/stock-locations', { name: `Round trip ${tag}` })).stock_location.id;
    const item = (
      await ok('POST', '/admin/inventory-items', {
        sku: `RT-ITEM-${tag}`,
        location_levels: [{ location_id: location, stocked_quantity: 9 }],
      })
    ).inventory_item.id;
    const { product } = await ok('POST', '/admin/products', {
      title: `Round trip ${tag}`,
      options: [
        { title: 'Size', values: ['S', 'M'] },
        { title: 'Colour', values: ['Red'] },
      ],
      variants: [
        {
          title: 'S red',
          sku: `RT-S-${tag}`,
          options: { Size: 'S', Colour: 'Red' },
          prices: [
            { currency_code: 'eur', amount: 1000 },
            {
              currency_code: 'eur',
              amount: 900,
              min_quantity: 10,
              rules: { region_id: 'reg_01ROUNDTRIPREGION00000000' },
            },
          ],
          inventory_items: [{ inventory_item_id: item, required_quantity: 2 }],
        },
        { title: 'M red', sku: `RT-M-${tag}`, options: { Size: 'M', Colour: 'Red' }, prices: [] },
      ],
    });
    const medium = product.variants.find((variant) => variant.sku === `RT-M-${tag}`)?.id;
    await ok('POST', `/admin/products/${product.id}/variants/${medium}/inventory-items`, {
      inventory_item_id: item,
      required_quantity: 3,
    });
    return product.id;
  };

  const readBoth = async (productId: string, tag: string) => {
    const path = `/admin/products/${productId}/variants?${VARIANT_FIELDS}`;
    const [theirs, mine] = await Promise.all([medusa('GET', path), ours('GET', path)]);
    const normalised = { theirs: new Normaliser(tag).normalise(theirs), mine: new Normaliser(tag).normalise(mine) };
    expect(normalised.mine).toMatchObject({
      body: { variants: [{}, { prices: expect.arrayContaining([expect.objectContaining({ rules: RULES })]) }] },
    });
    return { theirs: comparable(normalised.theirs), mine: comparable(normalised.mine) };
  };

  it('Medusa reads what the gateway wrote as the gateway does, inventory_quantity included', async () => {
    const tag = runTag('rtg').toUpperCase();
    const { theirs, mine } = await readBoth(await writeCatalog(ours, tag), tag);
    expect(theirs).toEqual(mine);
    expect(theirs).toMatchObject({
      status: 200,
      body: {
        variants: [
          { sku: 'RT-M-<tag>', inventory_quantity: 0 },
          { sku: 'RT-S-<tag>', inventory_quantity: 4 },
        ],
      },
    });
  });

  it('the gateway reads what Medusa wrote as Medusa does, inventory_quantity included', async () => {
    const tag = runTag('rtm').toUpperCase();
    const { theirs, mine } = await readBoth(await writeCatalog(medusa, tag), tag);
    expect(mine).toEqual(theirs);
    expect(mine).toMatchObject({
      status: 200,
      body: {
        variants: [
          { sku: 'RT-M-<tag>', inventory_quantity: 0 },
          { sku: 'RT-S-<tag>', inventory_quantity: 4 },
        ],
      },
    });
  });
});
