import * as medusaSdk from '@medusajs/js-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

// The SDK's ESM build has no package.json of its own, so TypeScript reads its types as CommonJS.
type MedusaClass = typeof medusaSdk.default.default;
type MedusaClient = InstanceType<MedusaClass>;
const Medusa = (medusaSdk as unknown as { default: MedusaClass }).default;

/** The part of a variant these tests read (the SDK's HTTP types come from a package it does not ship). */
type Row = { id: string; sku?: string | null; title?: string };

/** Medusa's own client, unchanged, driving the gateway as it would drive a Medusa server. */
describe('@medusajs/js-sdk against the gateway', () => {
  let server: GraphQLTestServer;
  let sdk: MedusaClient;
  let productId: string;
  let itemId: string;

  beforeAll(async () => {
    server = await startGraphQLServer();
    sdk = new Medusa({
      baseUrl: server.gateway.url,
      globalHeaders: { Authorization: `Bearer ${server.token}` },
      auth: { type: 'jwt', jwtTokenStorageMethod: 'memory' },
    });
    productId = (await server.gateway.db.prisma.product.findFirstOrThrow({ where: { handle: 'hoodie' } })).id;
    itemId = (await server.gateway.db.prisma.inventoryItem.findFirstOrThrow({ where: { sku: 'MUG-WHITE' } })).id;
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('lists all variants with sdk.admin.productVariant.list', async () => {
    const { variants, count, limit } = await sdk.admin.productVariant.list({
      fields: 'id,sku,+inventory_quantity',
      limit: 5,
    });
    expect(count).toBe(10);
    expect(limit).toBe(5);
    expect(variants).toHaveLength(5);
    expect(variants[0]).toHaveProperty('inventory_quantity');
  });

  it('creates, retrieves, lists, updates and deletes a variant with sdk.admin.product', async () => {
    const { product } = await sdk.admin.product.createVariant(productId, {
      title: 'XL',
      sku: 'HOODIE-XL',
      prices: [{ currency_code: 'eur', amount: 5900 }],
    });
    expect(product.id).toBe(productId);
    const created = product.variants?.find((variant: Row) => variant.sku === 'HOODIE-XL');
    expect(created).toBeDefined();
    const variantId = created?.id as string;

    const { variant } = await sdk.admin.product.retrieveVariant(productId, variantId, {
      fields: 'id,title,*inventory_items',
    });
    expect(variant).toMatchObject({ id: variantId, title: 'XL' });
    expect(variant.inventory_items).toHaveLength(1);

    const list = await sdk.admin.product.listVariants(productId, { fields: 'id,sku' });
    expect(list.variants.map((v: Row) => v.sku)).toContain('HOODIE-XL');

    const updated = await sdk.admin.product.updateVariant(productId, variantId, { title: 'Extra large' });
    expect(updated.product.variants?.find((v: Row) => v.id === variantId)?.title).toBe('Extra large');

    const deleted = await sdk.admin.product.deleteVariant(productId, variantId);
    expect(deleted).toMatchObject({ id: variantId, object: 'variant', deleted: true });
  });

  it('batches variants with sdk.admin.product.batchVariants', async () => {
    const result = await sdk.admin.product.batchVariants(productId, {
      create: [{ title: 'Batch', sku: 'HOODIE-BATCH', prices: [], manage_inventory: false }],
    });
    expect(result.created.map((v: Row) => v.sku)).toEqual(['HOODIE-BATCH']);
    expect(result.deleted).toEqual({ ids: [], object: 'variant', deleted: true });
  });

  it('links, updates and unlinks inventory items with sdk.client.fetch and batchVariantInventoryItems', async () => {
    const variantId = (await server.gateway.db.prisma.productVariant.findFirstOrThrow({ where: { sku: 'HOODIE-S' } }))
      .id;
    const linked = await sdk.client.fetch<{
      variant: { inventory_items: { inventory_item_id: string; required_quantity: number }[] };
    }>(`/admin/products/${productId}/variants/${variantId}/inventory-items`, {
      method: 'POST',
      body: { inventory_item_id: itemId, required_quantity: 2 },
      query: { fields: '*inventory_items' },
    });
    expect(linked.variant.inventory_items.find((link) => link.inventory_item_id === itemId)?.required_quantity).toBe(2);
    const updated = await sdk.client.fetch<{
      variant: { inventory_items: { inventory_item_id: string; required_quantity: number }[] };
    }>(`/admin/products/${productId}/variants/${variantId}/inventory-items/${itemId}`, {
      method: 'POST',
      body: { required_quantity: 3 },
      query: { fields: '*inventory_items' },
    });
    expect(updated.variant.inventory_items.find((link) => link.inventory_item_id === itemId)?.required_quantity).toBe(
      3,
    );
    const removed = await sdk.client.fetch<{ deleted: boolean; object: string }>(
      `/admin/products/${productId}/variants/${variantId}/inventory-items/${itemId}`,
      { method: 'DELETE' },
    );
    expect(removed).toMatchObject({ deleted: true, object: 'variant-inventory-item-link' });
    const batch = await sdk.admin.product.batchVariantInventoryItems(productId, {
      create: [{ variant_id: variantId, inventory_item_id: itemId, required_quantity: 4 }],
    });
    expect(batch.created).toEqual([
      { product: { variant_id: variantId }, inventory: { inventory_item_id: itemId }, data: { required_quantity: 4 } },
    ]);
  });

  it('surfaces the gateway’s errors as Medusa’s FetchError', async () => {
    const error = await sdk.client
      .fetch(`/admin/products/${productId}/variants/variant_01JDNNNN000000000000000000/inventory-items`, {
        method: 'POST',
        body: { inventory_item_id: itemId, required_quantity: 1 },
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 404, statusText: 'Not Found' });
  });

  it('manages inventory items and their levels with sdk.admin.inventoryItem', async () => {
    const location = await server.gateway.db.prisma.stockLocation.findFirstOrThrow({ where: { name: 'Lisbon Store' } });
    const { inventory_item: created } = await sdk.admin.inventoryItem.create({
      sku: 'SDK-ITEM',
      title: 'From the SDK',
      location_levels: [{ location_id: location.id, stocked_quantity: 4 }],
    });
    expect(created).toMatchObject({ sku: 'SDK-ITEM', stocked_quantity: 4 });
    const { inventory_items, count } = await sdk.admin.inventoryItem.list({ sku: 'SDK-ITEM' });
    expect(count).toBe(1);
    expect(inventory_items[0].id).toBe(created.id);
    const { inventory_item: retrieved } = await sdk.admin.inventoryItem.retrieve(created.id, { fields: 'id,title' });
    expect(retrieved).toEqual({ id: created.id, title: 'From the SDK' });
    await sdk.admin.inventoryItem.update(created.id, { title: 'Renamed by the SDK' });
    const levels = await sdk.admin.inventoryItem.listLevels(created.id);
    expect(levels.inventory_levels).toEqual([
      expect.objectContaining({ location_id: location.id, stocked_quantity: 4 }),
    ]);
    const { inventory_item: restocked } = await sdk.admin.inventoryItem.updateLevel(created.id, location.id, {
      stocked_quantity: 9,
    });
    expect(restocked.stocked_quantity).toBe(9);
    const deletedLevel = await sdk.admin.inventoryItem
      .deleteLevel(created.id, location.id)
      .catch((error: unknown) => error);
    expect(deletedLevel).toMatchObject({ status: 400 });
    const batch = await sdk.admin.inventoryItem.batchInventoryItemLocationLevels(created.id, {
      update: [{ location_id: location.id, stocked_quantity: 0 }],
    });
    expect(batch).toHaveProperty('updated');
    expect(await sdk.admin.inventoryItem.deleteLevel(created.id, location.id)).toMatchObject({
      object: 'inventory-level',
      deleted: true,
    });
    expect(await sdk.admin.inventoryItem.delete(created.id)).toEqual({
      id: created.id,
      object: 'inventory_item',
      deleted: true,
    });
  });

  it('manages stock locations and their sales channels with sdk.admin.stockLocation', async () => {
    const channel = await server.gateway.db.prisma.salesChannel.findFirstOrThrow();
    const { stock_location: created } = await sdk.admin.stockLocation.create({
      name: 'SDK Depot',
      address: { address_1: 'Main Street 1', country_code: 'de' },
    });
    expect(created).toMatchObject({ name: 'SDK Depot', address: { address_1: 'Main Street 1', country_code: 'de' } });
    const { stock_locations } = await sdk.admin.stockLocation.list({ q: 'SDK' });
    expect(stock_locations.map((location: Row & { name?: string }) => location.name)).toEqual(['SDK Depot']);
    const { stock_location: retrieved } = await sdk.admin.stockLocation.retrieve(created.id, {
      fields: 'id,name,*sales_channels',
    });
    expect(retrieved.sales_channels).toEqual([]);
    await sdk.admin.stockLocation.update(created.id, { name: 'SDK Depot 2' });
    await sdk.admin.stockLocation.updateSalesChannels(created.id, { add: [channel.id] });
    const { stock_location: linked } = await sdk.admin.stockLocation.retrieve(created.id, {
      fields: 'id,name,sales_channels.id',
    });
    expect(linked).toMatchObject({ name: 'SDK Depot 2', sales_channels: [{ id: channel.id }] });
    expect(await sdk.admin.stockLocation.delete(created.id)).toEqual({
      id: created.id,
      object: 'stock_location',
      deleted: true,
    });
  });
});
