import fc from 'fast-check';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  type GraphQLSchema,
  parse,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { withoutSpaces } from '../../src/graphql/planner/json-text.js';
import { usedCoordinates } from './coverage.js';
import { type Operation, operationArbitrary, type PrintedOperation } from './operations.js';
import { printOperation } from './print.js';
import type { ValuePool } from './values.js';

/** A generated operation, printed, parsed and validated. */
export interface Case {
  printed: PrintedOperation;
  document: DocumentNode;
  /** The field coordinates of the unplanned set that the operation selects. */
  unplanned: string[];
}

/** Runs a case: the resolvers, the planner (null: not planned), or a deliberately altered executor. */
export type Executor = (testCase: Case, context: GraphQLContext) => Promise<ExecutionResult> | null;
export type ReferenceExecutor = (testCase: Case, context: GraphQLContext) => Promise<ExecutionResult>;

export function referenceExecutor(schema: GraphQLSchema): ReferenceExecutor {
  return async ({ document, printed }, contextValue) =>
    execute({
      schema,
      document,
      variableValues: printed.variables,
      operationName: printed.operationName,
      contextValue,
    });
}

export interface Stats {
  runs: number;
  /** Runs the subject answered (not null). */
  answered: number;
  /** Runs that selected an unplanned field, and the subject declined. */
  declined: number;
  /** Reference results with errors, and a few of their messages. */
  referenceErrors: number;
  errorSamples: string[];
  /** Reference results that hold at least one row: the operations reach data, not only empty pages. */
  withRows: number;
  /** Schema coordinates the operations used. */
  used: Set<string>;
}

export function emptyStats(): Stats {
  return { runs: 0, answered: 0, declined: 0, referenceErrors: 0, errorSamples: [], withRows: 0, used: new Set() };
}

export interface Comparison {
  schema: GraphQLSchema;
  pool: ValuePool;
  unplannedFields: ReadonlySet<string>;
  context: () => GraphQLContext;
  reference: ReferenceExecutor;
  subject: Executor;
  /** True when the subject leaves this operation to the resolvers by design (the planner's DESIGNED_DECLINES). */
  declinesByDesign?: (testCase: Case, contextValue: GraphQLContext) => boolean;
}

/** The arbitrary of cases: operations from the schema, printed, parsed, and checked valid. */
export function caseArbitrary(schema: GraphQLSchema, pool: ValuePool, unplannedFields: ReadonlySet<string>) {
  return operationArbitrary(schema, pool).map((operation: Operation) => {
    const testCase = toCase(schema, printOperation(schema, operation), unplannedFields);
    return Object.assign(testCase, { [fc.toStringMethod]: () => describeCase(testCase) });
  });
}

export function toCase(schema: GraphQLSchema, printed: PrintedOperation, unplannedFields: ReadonlySet<string>): Case {
  const document = parse(printed.text);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(
      `generated an invalid operation:\n${printed.text}\n${errors.map((error) => error.message).join('\n')}`,
    );
  }
  const unplanned = new Set<string>();
  const types = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(types, {
      Field(node) {
        const coordinate = `${types.getParentType()?.name}.${node.name.value}`;
        if (unplannedFields.has(coordinate)) unplanned.add(coordinate);
      },
    }),
  );
  return { printed, document, unplanned: [...unplanned] };
}

export function describeCase(testCase: Case): string {
  return `\n${testCase.printed.text}\nvariables: ${JSON.stringify(testCase.printed.variables)}${
    testCase.printed.operationName ? `\noperationName: ${testCase.printed.operationName}` : ''
  }\n`;
}

/**
 * One comparison: the reference's result and the subject's, as JSON text, byte for byte. The
 * subject may decline (null) only an operation that selects an unplanned field; a declined
 * operation runs on the resolvers in production, so there is nothing to compare.
 */
export async function compareCase(comparison: Comparison, testCase: Case, stats: Stats): Promise<void> {
  stats.runs++;
  for (const coordinate of usedCoordinates(comparison.schema, testCase.document, testCase.printed.variables)) {
    stats.used.add(coordinate);
  }
  const expected = await comparison.reference(testCase, comparison.context());
  if (expected.errors?.length) {
    stats.referenceErrors++;
    if (stats.errorSamples.length < 5)
      stats.errorSamples.push(`${expected.errors[0]?.message}${describeCase(testCase)}`);
  }
  if (reachesRows(expected)) stats.withRows++;
  const pending = comparison.subject(testCase, comparison.context());
  if (pending === null) {
    if (testCase.unplanned.length === 0 && !comparison.declinesByDesign?.(testCase, comparison.context())) {
      throw new Error('the planner declined an operation that selects no unplanned field');
    }
    stats.declined++;
    return;
  }
  stats.answered++;
  const actual = await pending;
  const expectedText = JSON.stringify(expected);
  // The text a response carries: a result with its own serialiser (the planner's) is written by it,
  // with PostgreSQL's spaces between tokens, which are all it may differ by.
  const actualText = withoutSpaces(
    (actual as { stringify?: (result: ExecutionResult) => string }).stringify?.(actual) ?? JSON.stringify(actual),
  );
  if (actualText !== expectedText) throw new Error(`results differ\n${firstDifference(expectedText, actualText)}`);
}

/** Whether a result holds a row: an object in a list, or an object found by id (a root object without lists). */
function reachesRows(result: ExecutionResult): boolean {
  const roots = Object.values(result.data ?? {});
  return roots.some((root) => {
    const text = JSON.stringify(root);
    return text.includes('[{') || (root !== null && typeof root === 'object' && !text.includes('['));
  });
}

/** Where two JSON texts part, with some text around it. */
export function firstDifference(expected: string, actual: string): string {
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at++;
  const from = Math.max(0, at - 120);
  return `first difference at character ${at}:\n  resolvers: …${expected.slice(from, at + 120)}…\n  subject:   …${actual.slice(from, at + 120)}…`;
}

export interface RunOptions {
  numRuns: number;
  seed: number;
  path?: string;
  /** Shrink a failure to a small operation (the default), or stop at the first one. */
  shrink?: boolean;
}

/** Runs the property; returns fast-check's verdict with what it met. */
export async function checkEquivalence(comparison: Comparison, options: RunOptions) {
  const stats = emptyStats();
  const property = fc.asyncProperty(
    caseArbitrary(comparison.schema, comparison.pool, comparison.unplannedFields),
    (testCase) => compareCase(comparison, testCase, stats),
  );
  const result = await fc.check(property, {
    numRuns: options.numRuns,
    seed: options.seed,
    path: options.path,
    endOnFailure: options.shrink === false,
  });
  return { result, stats };
}

/** The report a failed run gives: how to run it again, the smallest operation found, and the difference. */
export function failureReport<T extends Case>(result: fc.RunDetails<[T]>, seed: number): string {
  const counterexample = result.counterexample?.[0];
  return [
    `the planner and the resolvers differ (after ${result.numRuns} runs, ${result.numShrinks} shrinks)`,
    `reproduce: PLANNER_SEED=${seed} PLANNER_PATH=${result.counterexamplePath} npx vitest run test/planner/`,
    counterexample ? `smallest operation found:${describeCase(counterexample)}` : '',
    result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance),
  ].join('\n');
}
