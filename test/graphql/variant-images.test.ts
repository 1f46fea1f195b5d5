import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

interface Product {
  id: string;
  variants: { id: string; sku: string; images: { url: string; productId: string }[] }[];
}

const QUERY = `query ($id: ID!) { product(id: $id) { id variants { id sku images { url productId } } } }`;

/**
 * A variant shows its product's images that are assigned to no (live) variant, and those assigned
 * to it, as Medusa 2.21's product module chooses them; through the read planner and the resolvers alike.
 */
describe.each([true, false])('a variant’s images (read planner %s)', (readPlanner) => {
  let server: GraphQLTestServer;
  let productId: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    server = await startGraphQLServer({ readPlanner });
    const prisma = server.gateway.db.prisma;
    const product = await prisma.product.findFirstOrThrow({
      where: { deletedAt: null, variants: { some: {} } },
      select: { id: true, variants: { where: { deletedAt: null }, orderBy: { id: 'asc' }, select: { id: true } } },
    });
    expect(product.variants.length).toBeGreaterThanOrEqual(2);
    productId = product.id;
    [first, second] = product.variants.map((variant) => variant.id);
    const image = async (url: string, rank: number) =>
      (await prisma.image.create({ data: { id: newId('image'), url, rank, productId } })).id;
    await image('https://example.com/general.png', 0);
    const own = await image('https://example.com/first-only.png', 1);
    const unassigned = await image('https://example.com/was-assigned.png', 2);
    await prisma.productVariantProductImage.createMany({
      data: [
        { id: newId('productVariantProductImage'), variantId: first, imageId: own },
        { id: newId('productVariantProductImage'), variantId: second, imageId: unassigned, deletedAt: new Date() },
      ],
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('shows the general images on every variant, an assigned one on its variant only', async () => {
    let product = {} as Product;
    const statements = await server.countStatements(async () => {
      ({ product } = await server.data<{ product: Product }>(QUERY, { id: productId }));
    });
    // The planner answers in one statement (it plans the field rather than declining the operation).
    if (readPlanner) expect(statements).toBe(1);
    const urls = (id: string) =>
      product.variants.find((variant) => variant.id === id)?.images.map((image) => image.url);
    const general = ['https://example.com/general.png', 'https://example.com/was-assigned.png'];
    expect(urls(first)).toEqual([general[0], 'https://example.com/first-only.png', general[1]]);
    expect(urls(second)).toEqual(general);
    for (const variant of product.variants) {
      for (const image of variant.images) expect(image.productId).toBe(productId);
    }
  });
});
