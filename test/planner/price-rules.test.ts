import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { executePlanned } from '../../src/graphql/planner/index.js';
import { stringifyResult, withoutSpaces } from '../../src/graphql/planner/json-text.js';
import { schema } from '../../src/graphql/schema.js';
import type { TestDatabase } from '../support/database.js';
import { openEquivalenceCatalog } from './catalog.js';

/**
 * A price whose rules name one attribute twice (two operators): the resolvers' object holds the
 * attribute once, in the place of its first rule with the value of its last, and the planner's
 * text, written as it is, must say the same.
 */
describe("a price's rules with an attribute twice", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openEquivalenceCatalog();
  }, 300_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it('answer each attribute once, through the planner as through the resolvers', async () => {
    const [{ variant_id: variantId }] = await db.prisma.$queryRawUnsafe<{ variant_id: string }[]>(
      `SELECT link.variant_id FROM product_variant_price_set link JOIN price ON price.price_set_id = link.price_set_id
         JOIN price_rule rule ON rule.price_id = price.id WHERE rule.attribute = 'edge_attribute' LIMIT 1`,
    );
    const document = parse(
      'query Rules($ids: [ID!]) { productVariants(filter: {ids: $ids}) { nodes { prices { id rules } } } }',
    );
    const contextValue: GraphQLContext = { prisma: db.prisma, actor: { type: 'user', id: 'user_rules' } };
    const args = { schema, document, variableValues: { ids: [variantId] }, contextValue };
    const reference = JSON.stringify(await execute(args));
    const planned = await executePlanned(args);
    expect(planned).not.toBeNull();
    expect(reference).toContain('"edge_attribute":"last","other_attribute":"between"');
    expect(withoutSpaces(stringifyResult(planned as never))).toBe(reference);
  });
});
