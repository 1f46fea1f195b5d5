import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ON_POSTGRES } from '../support/database.js';
import { type Replicas, startReplicas } from '../support/replicas.js';

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

const RACERS = 40;

/**
 * Requests that race for one unique value, sent at the same moment to two replicas over one
 * PostgreSQL database: each must answer what it would answer alone. An upsert succeeds every time;
 * of creates that take the same value one succeeds and every other gets the error a lone
 * duplicate gets (never a 500, never another message).
 */
describe.skipIf(!ON_POSTGRES)(
  'racing writes of one unique value across two replicas (PostgreSQL only: PGlite lives in one process)',
  () => {
    let replicas: Replicas;
    let productId: string;
    let optionValues: string[];

    const call = async (index: number, method: string, path: string, body: unknown): Promise<Answer> => {
      const response = await fetch(`${replicas.urlFor(index)}${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${replicas.token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Answer['body'] };
    };
    const race = (request: (index: number) => Promise<Answer>) =>
      Promise.all(Array.from({ length: RACERS }, (_, index) => request(index)));
    /** One racer won; every other answered exactly as `alone`, the answer of the same request sent by itself afterwards. */
    const expectOneWinner = (answers: Answer[], alone: Answer) => {
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
      expect(alone.status).toBe(400);
      for (const answer of answers.filter((answer) => answer.status !== 200)) expect(answer).toEqual(alone);
    };
    const prisma = () => replicas.gateways[0].db.prisma;
    const newProduct = async (title: string) => {
      const created = await call(0, 'POST', '/admin/products?fields=id', {
        title,
        options: [{ title: 'Size', values: optionValues }],
      });
      expect(created.status).toBe(200);
      return (created.body.product as { id: string }).id;
    };
    const newVariant = async (product: string, value: string, fields: Record<string, unknown> = {}) => {
      const created = await call(0, 'POST', `/admin/products/${product}/variants?fields=id`, {
        title: `Variant ${value}`,
        options: { Size: value },
        prices: [],
        ...fields,
      });
      expect(created.status).toBe(200);
      const variant = await prisma().productVariant.findFirstOrThrow({
        where: { productId: product, title: `Variant ${value}` },
      });
      return variant.id;
    };
    const newItem = async (sku: string) => {
      const created = await call(0, 'POST', '/admin/inventory-items', { sku });
      expect(created.status).toBe(200);
      return (created.body.inventory_item as { id: string }).id;
    };

    beforeAll(async () => {
      replicas = await startReplicas(2);
      optionValues = Array.from({ length: 2 * RACERS + 2 }, (_, index) => `s${index}`);
      productId = await newProduct('Race Shirt');
    });
    afterAll(async () => {
      await replicas?.dispose();
    });

    it('links of one variant and inventory item all succeed, and one live link remains', async () => {
      const variantId = await newVariant(productId, 's0', { manage_inventory: false });
      const inventoryItemId = await newItem('RACE-LINK-1');
      const path = `/admin/products/${productId}/variants/${variantId}/inventory-items?fields=id`;
      const answers = await race((index) =>
        call(index, 'POST', path, { inventory_item_id: inventoryItemId, required_quantity: 3 }),
      );
      expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
      const links = await prisma().productVariantInventoryItem.findMany({ where: { variantId } });
      expect(links).toHaveLength(1);
      expect(links[0]).toMatchObject({ inventoryItemId, deletedAt: null });
      expect(links[0].requiredQuantity.toNumber()).toBe(3);
    });

    it('re-links of a deleted link all succeed and revive the one link, keeping its id', async () => {
      const variantId = await newVariant(productId, 's1', { manage_inventory: false });
      const inventoryItemId = await newItem('RACE-LINK-2');
      const path = `/admin/products/${productId}/variants/${variantId}/inventory-items`;
      expect(await call(0, 'POST', path, { inventory_item_id: inventoryItemId, required_quantity: 1 })).toMatchObject({
        status: 200,
      });
      const [first] = await prisma().productVariantInventoryItem.findMany({ where: { variantId } });
      expect((await call(1, 'DELETE', `${path}/${inventoryItemId}`, undefined)).status).toBe(200);
      const answers = await race((index) =>
        call(index, 'POST', `${path}?fields=id`, { inventory_item_id: inventoryItemId, required_quantity: 2 }),
      );
      expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
      const links = await prisma().productVariantInventoryItem.findMany({ where: { variantId } });
      expect(links).toEqual([expect.objectContaining({ id: first.id, deletedAt: null })]);
    });

    it('variants of two products created with one sku: one is made, the others get the lone duplicate error', async () => {
      const otherProduct = await newProduct('Race Shirt Twin');
      const create = (index: number) =>
        call(index, 'POST', `/admin/products/${index % 2 ? otherProduct : productId}/variants?fields=id`, {
          title: `Sku racer ${index}`,
          sku: 'RACE-SKU',
          options: { Size: optionValues[2 + index] },
          prices: [],
        });
      const answers = await race(create);
      expectOneWinner(answers, await create(RACERS));
      expect(answers.find((answer) => answer.status !== 200)?.body).toEqual({
        type: 'invalid_data',
        message: 'Product variant with sku: RACE-SKU, already exists.',
      });
      expect(await prisma().productVariant.count({ where: { sku: 'RACE-SKU', deletedAt: null } })).toBe(1);
      expect(await prisma().inventoryItem.count({ where: { sku: 'RACE-SKU', deletedAt: null } })).toBe(1);
    });

    it('variants updated to one sku: one takes it, the others get the lone duplicate error', async () => {
      const product = await newProduct('Race Shirt Updates');
      const variantIds: string[] = [];
      for (let index = 0; index <= RACERS; index++) {
        variantIds.push(await newVariant(product, optionValues[index], { manage_inventory: false }));
      }
      const update = (index: number) =>
        call(index, 'POST', `/admin/products/${product}/variants/${variantIds[index]}?fields=id`, {
          sku: 'RACE-SKU-UPDATE',
        });
      expectOneWinner(await race(update), await update(RACERS));
      expect(await prisma().productVariant.count({ where: { sku: 'RACE-SKU-UPDATE', deletedAt: null } })).toBe(1);
    });

    it('variants of one product created with one option combination: one is made, the others are refused', async () => {
      const product = await newProduct('Race Shirt Options');
      const create = (index: number) =>
        call(index, 'POST', `/admin/products/${product}/variants?fields=id`, {
          title: 'Same options',
          options: { Size: 's7' },
          prices: [],
          manage_inventory: false,
        });
      const answers = await race(create);
      expectOneWinner(answers, await create(RACERS));
      expect(await prisma().productVariant.count({ where: { productId: product, deletedAt: null } })).toBe(1);
    });

    it('inventory items created with one sku: one is made, the others get the lone duplicate error', async () => {
      const create = (index: number) => call(index, 'POST', '/admin/inventory-items', { sku: 'RACE-ITEM' });
      const answers = await race(create);
      expectOneWinner(answers, await create(RACERS));
      expect(await prisma().inventoryItem.count({ where: { sku: 'RACE-ITEM', deletedAt: null } })).toBe(1);
    });

    it('levels of one item at one location: one is made, the others get the lone duplicate error', async () => {
      const location = await call(0, 'POST', '/admin/stock-locations', { name: 'Race Yard' });
      const locationId = (location.body.stock_location as { id: string }).id;
      const itemId = await newItem('RACE-LEVEL');
      const create = (index: number) =>
        call(index, 'POST', `/admin/inventory-items/${itemId}/location-levels`, {
          location_id: locationId,
          stocked_quantity: 5,
        });
      const answers = await race(create);
      expectOneWinner(answers, await create(RACERS));
      expect(await prisma().inventoryLevel.count({ where: { inventoryItemId: itemId, deletedAt: null } })).toBe(1);
    });

    it('products created with one handle: one is made, the others get the lone duplicate error', async () => {
      const create = (index: number) =>
        call(index, 'POST', '/admin/products?fields=id', {
          title: `Handle racer ${index}`,
          handle: 'race-handle',
          options: [{ title: 'Size', values: ['one'] }],
        });
      const answers = await race(create);
      expectOneWinner(answers, await create(RACERS));
      expect(await prisma().product.count({ where: { handle: 'race-handle', deletedAt: null } })).toBe(1);
    });
  },
);
