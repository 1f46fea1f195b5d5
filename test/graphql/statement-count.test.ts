import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/domain/transaction.js';
import { createVariant } from '../../src/domain/variants.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

const PAGE = `query($limit: Int!) {
  productVariants(limit: $limit) {
    count
    nodes {
      id title sku
      options { value option { title } }
      prices { currencyCode amount rules priceRules { attribute value } }
      inventoryQuantity
      inventoryItems {
        requiredQuantity
        inventory {
          sku stockedQuantity
          locationLevels { stockedQuantity availableQuantity location { name address { city } } }
        }
      }
    }
  }
}`;

/**
 * Saleor-style query counting: the number of SQL statements of a nested page must not grow with
 * the page size, or some field fetches row by row.
 */
describe('SQL statements per request', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer();
    const prisma = server.gateway.db.prisma;
    const product = await prisma.product.findFirstOrThrow({ where: { handle: 'hoodie' } });
    const locations = await prisma.stockLocation.findMany();
    // 45 more variants, each with two prices, its own inventory item and stock at both locations.
    for (let index = 0; index < 45; index++) {
      const variantId = await inTransaction(prisma, (tx) =>
        createVariant(
          tx,
          product.id,
          {
            title: `Bulk ${index}`,
            sku: `BULK-${index}`,
            prices: [
              { currencyCode: 'eur', amount: 100 + index },
              { currencyCode: 'usd', amount: 120 + index, rules: [{ attribute: 'region_id', value: 'reg_us' }] },
            ],
          },
          [],
        ),
      );
      const link = await prisma.productVariantInventoryItem.findFirstOrThrow({ where: { variantId } });
      await prisma.inventoryLevel.createMany({
        data: locations.map((location, n) => ({
          id: `ilev_BULK${index}_${n}`,
          inventoryItemId: link.inventoryItemId,
          locationId: location.id,
          stockedQuantity: 10 + n,
        })),
      });
    }
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('is the same small number for a page of 5 and a page of 50', async () => {
    let small: { productVariants: { nodes: unknown[] } } | undefined;
    let large:
      | { productVariants: { nodes: { inventoryItems: { inventory: { locationLevels: unknown[] } }[] }[] } }
      | undefined;
    const forFive = await server.countStatements(async () => {
      small = await server.data(PAGE, { limit: 5 });
    });
    server.gateway.db.statements.recorded = [];
    const forFifty = await server.countStatements(async () => {
      large = await server.data(PAGE, { limit: 50 });
    });
    const statements = server.gateway.db.statements.recorded.map((sql) => sql.slice(0, 120)).join('\n');
    server.gateway.db.statements.recorded = null;
    expect(small?.productVariants.nodes).toHaveLength(5);
    expect(large?.productVariants.nodes).toHaveLength(50);
    expect(
      large?.productVariants.nodes.every((node) => node.inventoryItems[0]?.inventory.locationLevels.length === 2),
    ).toBe(true);
    // The read planner answers the whole operation, count and page, with one statement.
    expect(forFive, statements).toBe(1);
    expect(forFifty, statements).toBe(1);
  });

  it('costs a bounded number for a mutation', async () => {
    const productId = (await server.gateway.db.prisma.product.findFirstOrThrow({ where: { handle: 'mug' } })).id;
    const statements = await server.countStatements(() =>
      server.data(
        `mutation($productId: ID!) { createProductVariant(input: { productId: $productId,
          title: "Counted", sku: "COUNTED", prices: [{ currencyCode: "eur", amount: 5 }, { currencyCode: "usd", amount: 6 }]
        }) { __typename ... on ProductVariantPayload { variant { id prices { amount } inventoryItems { requiredQuantity } } } } }`,
        { productId },
      ),
    );
    expect(statements).toBeLessThanOrEqual(25);
  });
});
