import type { Progress } from '../db/migrations.js';
import { createProduct } from '../domain/products.js';
import { inTransaction } from '../domain/transaction.js';
import type { PrismaClient } from '../generated/prisma/client.js';

const SIZES = ['S', 'M', 'L'];

/**
 * Adds `count` generated products of three sized variants each, through the same rules as the
 * API (so each gets prices and its own inventory items). One transaction per product; progress is
 * reported every tenth of the way, for catalogs large enough to wait for.
 */
export async function seedGeneratedProducts(prisma: PrismaClient, count: number, progress: Progress): Promise<number> {
  const step = Math.max(1, Math.floor(count / 10));
  const start = Date.now();
  for (let index = 1; index <= count; index++) {
    const label = `${start.toString(36)}-${index}`;
    await inTransaction(prisma, (tx) =>
      createProduct(tx, {
        title: `Generated product ${label}`,
        status: 'published',
        options: [{ title: 'Size', values: SIZES }],
        variants: SIZES.map((size, rank) => ({
          title: size,
          sku: `GEN-${label}-${size}`.toUpperCase(),
          variantRank: rank,
          options: [{ option: 'Size', value: size }],
          prices: [
            { currencyCode: 'eur', amount: 1000 + index },
            { currencyCode: 'usd', amount: 1200 + index },
          ],
        })),
      }),
    );
    if (index % step === 0 || index === count) {
      progress(`generated ${index}/${count} products (${Math.round((index / count) * 100)}%)`);
    }
  }
  return count * SIZES.length;
}
