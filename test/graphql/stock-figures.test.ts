import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/domain/transaction.js';
import { createVariant } from '../../src/domain/variants.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

/**
 * inventoryQuantity over all locations and item totals are computed from the rows the page loads;
 * restricted to locations, inventoryQuantity is one SQL statement. Both must give Medusa's figures
 * through the edge cases: links to deleted items, deleted levels, zero and fractional required
 * quantities, more reserved than stocked, no live link, no live level.
 */
describe('stock figures computed from loaded rows', () => {
  let server: GraphQLTestServer;
  let locationIds: string[];
  const variantIds = new Map<string, string>();
  const NOW = new Date();

  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    const product = await prisma.product.findFirstOrThrow({ where: { handle: 'hoodie' } });
    locationIds = (await prisma.stockLocation.findMany({ orderBy: { id: 'asc' } })).map((location) => location.id);
    const [first, second] = locationIds;
    const item = async (
      name: string,
      levels: [string, number, number, Date | null][],
      deletedAt: Date | null = null,
    ) => {
      await prisma.inventoryItem.create({ data: { id: `iitem_${name}`, sku: `STOCK-${name}`, deletedAt } });
      await prisma.inventoryLevel.createMany({
        data: levels.map(([locationId, stocked, reserved, levelDeletedAt], n) => ({
          id: `ilev_${name}_${n}`,
          inventoryItemId: `iitem_${name}`,
          locationId,
          stockedQuantity: stocked,
          reservedQuantity: reserved,
          deletedAt: levelDeletedAt,
        })),
      });
    };
    await item('A', [
      [first, 5, 1, null],
      [second, 3, 0, null],
      [second, 100, 0, NOW],
    ]);
    await item('GONE', [[first, 50, 0, null]], NOW);
    await item('SHORT', [[first, 1, 4, null]]);
    await item('EMPTY', [[first, 9, 0, NOW]]);
    const variant = async (name: string, links: [string, number][]) => {
      const id = await inTransaction(prisma, (tx) =>
        createVariant(tx, product.id, { title: name, sku: `STOCK-V-${name}`, prices: [] }, []),
      );
      // Replace the item made for the variant with the links of the case.
      await prisma.productVariantInventoryItem.updateMany({ where: { variantId: id }, data: { deletedAt: NOW } });
      await prisma.productVariantInventoryItem.createMany({
        data: links.map(([itemName, requiredQuantity], n) => ({
          id: `pvitem_${name}_${n}`,
          variantId: id,
          inventoryItemId: `iitem_${itemName}`,
          requiredQuantity,
        })),
      });
      variantIds.set(name, id);
    };
    await variant('kit', [['A', 2]]);
    await variant('kitWithDeletedItem', [
      ['A', 2],
      ['GONE', 3],
    ]);
    await variant('deletedItemNotNeeded', [
      ['A', 2],
      ['GONE', 0],
    ]);
    await variant('fraction', [['A', 0.5]]);
    await variant('overReserved', [
      ['SHORT', 2],
      ['A', 0],
    ]);
    await variant('noLevels', [['EMPTY', 1]]);
    await variant('noLinks', []);
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('gives the same inventoryQuantity from the loaded rows as from the statement', async () => {
    const data = await server.data<{
      productVariants: { nodes: { sku: string; inventoryQuantity: number | null; everywhere: number | null }[] };
    }>(
      `query($ids: [ID!]!, $locations: [ID!]!) {
        productVariants(filter: { ids: $ids }, limit: 20) {
          nodes { sku inventoryQuantity everywhere: inventoryQuantity(locationIds: $locations) }
        }
      }`,
      { ids: [...variantIds.values()], locations: locationIds },
    );
    const quantities = Object.fromEntries(
      data.productVariants.nodes.map((node) => [
        node.sku.replace('STOCK-V-', ''),
        [node.inventoryQuantity, node.everywhere],
      ]),
    );
    expect(quantities).toEqual({
      kit: [3, 3],
      kitWithDeletedItem: [0, 0],
      deletedItemNotNeeded: [3, 3],
      fraction: [14, 14],
      overReserved: [-2, -2],
      noLevels: [0, 0],
      noLinks: [null, null],
    });
  });

  it('totals an item over its live levels, null when it has none', async () => {
    const data = await server.data<{ inventoryItems: { nodes: Record<string, unknown>[] } }>(
      `{ inventoryItems(filter: { q: "STOCK-" }, limit: 20) { nodes { sku stockedQuantity reservedQuantity } } }`,
    );
    expect(data.inventoryItems.nodes).toEqual(
      expect.arrayContaining([
        { sku: 'STOCK-A', stockedQuantity: 8, reservedQuantity: 1 },
        { sku: 'STOCK-SHORT', stockedQuantity: 1, reservedQuantity: 4 },
        { sku: 'STOCK-EMPTY', stockedQuantity: null, reservedQuantity: null },
      ]),
    );
  });
});
