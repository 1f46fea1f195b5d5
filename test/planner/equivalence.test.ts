import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLContext } from '../../src/graphql/context.js';
import * as planner from '../../src/graphql/planner/index.js';
import { schema } from '../../src/graphql/schema.js';
import { ON_POSTGRES, type TestDatabase } from '../support/database.js';
import { openEquivalenceCatalog } from './catalog.js';
import { readableCoordinates } from './coverage.js';
import {
  type Comparison,
  checkEquivalence,
  describeCase,
  type Executor,
  failureReport,
  referenceExecutor,
  type Stats,
} from './harness.js';
import { PERTURBATIONS } from './perturbations.js';
import { readValuePool, type ValuePool } from './values.js';

/**
 * The read planner is proven equal to the resolvers: random read operations built from the schema
 * run through both, and their JSON must match byte for byte. PLANNER_SEED replays a run,
 * PLANNER_PATH with it replays its smallest failing operation, PLANNER_RUNS sets the number of
 * operations; PLANNER_SUBJECT=resolvers compares the resolvers with themselves (the arbitrary and
 * the catalog alone).
 */
const SEED = process.env.PLANNER_SEED ? Number(process.env.PLANNER_SEED) : Math.floor(Math.random() * 2 ** 31);
const PATH = process.env.PLANNER_PATH || undefined;
// Tuned for about a minute and a half per database on CI's two cores.
const RUNS = Number(process.env.PLANNER_RUNS ?? 500);
const AGAINST_RESOLVERS = process.env.PLANNER_SUBJECT === 'resolvers';

const plannerExecutor: Executor = ({ document, printed }, contextValue) =>
  planner.executePlanned({
    schema,
    document,
    variableValues: printed.variables,
    operationName: printed.operationName,
    contextValue,
  });

describe('the read planner equals the resolvers', () => {
  let db: TestDatabase;
  let pool: ValuePool;
  let setupTime = 0;
  const context = (): GraphQLContext => ({ prisma: db.prisma, actor: { type: 'user', id: 'user_equivalence' } });
  const comparison = (subject: Executor): Comparison => ({
    schema,
    pool,
    unplannedFields: planner.UNPLANNED_FIELDS,
    context,
    reference: referenceExecutor(schema),
    subject,
    declinesByDesign: ({ document, printed }, contextValue) =>
      planner.DESIGNED_DECLINES.has(
        planner.declineReason({
          schema,
          document,
          variableValues: printed.variables,
          operationName: printed.operationName,
          contextValue,
        }) ?? '',
      ),
  });

  beforeAll(async () => {
    const started = Date.now();
    db = await openEquivalenceCatalog();
    pool = await readValuePool(schema, db.prisma, context);
    setupTime = Date.now() - started;
  }, 300_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it(AGAINST_RESOLVERS
    ? 'random read operations answer the same through the resolvers twice'
    : 'random read operations answer the same through the planner and the resolvers', async () => {
    console.info(`catalog and values read in ${(setupTime / 1000).toFixed(1)} s`);
    const started = Date.now();
    const subject = AGAINST_RESOLVERS ? referenceExecutor(schema) : plannerExecutor;
    const { result, stats } = await checkEquivalence(comparison(subject), { numRuns: RUNS, seed: SEED, path: PATH });
    console.info(summary(stats, Date.now() - started));
    if (result.failed) expect.fail(failureReport(result, SEED));
    // The arbitrary's operations are valid and in range: the resolvers answer them without errors.
    expect(stats.referenceErrors, stats.errorSamples.join('\n')).toBeLessThanOrEqual(Math.ceil(stats.runs / 100));
    // They reach rows, not only empty pages.
    expect(stats.withRows).toBeGreaterThan(stats.runs / 4);
    if (!AGAINST_RESOLVERS) expect(stats.answered).toBeGreaterThan(stats.runs / 2);
  }, 600_000);

  // The first is shrunk, to show that a failure comes down to a small operation; the others stop at the first failure.
  it.each(PERTURBATIONS.map((perturbation, index) => ({ ...perturbation, shrink: index === 0 })))(
    'the comparison notices when a result has $name',
    async ({ perturb, shrink }) => {
      const reference = referenceExecutor(schema);
      const altered: Executor = (testCase, contextValue) => reference(testCase, contextValue).then(perturb);
      const { result } = await checkEquivalence(comparison(altered), { numRuns: 300, seed: SEED, shrink });
      expect(result.failed, 'an altered result went unnoticed').toBe(true);
      const smallest = result.counterexample?.[0];
      if (shrink && smallest) {
        console.info(`shrunk in ${result.numShrinks} steps to:${describeCase(smallest)}`);
        expect(describeCase(smallest).length, describeCase(smallest)).toBeLessThan(200);
      }
    },
    300_000,
  );
});

function summary(stats: Stats, elapsed: number): string {
  const readable = readableCoordinates(schema);
  const missed = [...readable].filter((coordinate) => !stats.used.has(coordinate)).sort();
  return [
    `planner equivalence on ${ON_POSTGRES ? 'PostgreSQL' : 'PGlite'}: seed ${SEED}, ${stats.runs} operations in ${(elapsed / 1000).toFixed(1)} s`,
    `${stats.answered} compared, ${stats.declined} declined (unplanned fields), ${stats.withRows} reaching rows, ${stats.referenceErrors} with errors from the resolvers`,
    `schema coordinates used: ${readable.size - missed.length} of ${readable.size}; not used: ${missed.join(', ') || 'none'}`,
    ...stats.errorSamples,
  ].join('\n');
}
