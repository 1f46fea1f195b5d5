import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  GraphQLString,
  getOperationAST,
  Kind,
  print,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { maskError, type Plugin } from 'graphql-yoga';
import { transactionOptions } from '../../domain/transaction.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { fingerprint, IDEMPOTENCY_HEADER, invalidKeyReason, REPLAYED_HEADER } from '../../idempotency/keys.js';
import { admit, type IdempotentRequest, purgeExpiredKeys, releaseKey, storeResult } from '../../idempotency/store.js';
import type { Logger } from '../../logger.js';
import type { GraphQLContext } from '../context.js';
import { finishedMutationFields, IDEMPOTENCY_ARGUMENT } from './argument.js';

type Execute = (args: ExecutionArgs) => unknown;
type YogaContext = GraphQLContext & { request: Request };

const PURGE_INTERVAL_MS = 60_000;
/** yoga's message for a masked error. */
const MASKED_MESSAGE = 'Unexpected error.';

/**
 * Idempotent mutations. A mutation operation with a key (its fields' `idempotencyKey` argument or
 * the Idempotency-Key header, which the REST shim forwards) runs once per actor and key: its
 * result is stored and replayed to retries, marked with the idempotent-replayed header and
 * `extensions.idempotentReplayed`. The whole operation is the unit: one key per operation.
 */
export function useIdempotency(logger: Logger): Plugin<YogaContext> {
  const replayed = new WeakSet<Request>();
  let nextPurge = 0;
  const purgeNowAndThen = async (prisma: GraphQLContext['prisma']) => {
    if (Date.now() < nextPurge) return;
    nextPurge = Date.now() + PURGE_INTERVAL_MS;
    await purgeExpiredKeys(prisma).catch((error: unknown) =>
      logger.warn({ err: error }, 'purging expired idempotency keys failed'),
    );
  };

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as YogaContext;
      const found = keyOf(args, context.request.headers.get(IDEMPOTENCY_HEADER));
      if (found === null) return;
      setExecuteFn(async (executionArgs) => {
        if ('error' in found) return failure(found.error, 'BAD_USER_INPUT');
        await purgeNowAndThen(context.prisma);
        const request: IdempotentRequest = {
          actorId: context.actor.id,
          key: found.key,
          fingerprint: fingerprint([print(args.document), args.operationName ?? null, args.variableValues ?? {}]),
        };
        const admission = await admit(context.prisma, request);
        if (admission.kind === 'mismatch') {
          return failure(
            `Idempotency key "${found.key}" was already used for a different request; use a new key for a new request`,
            'CONFLICT',
          );
        }
        if (admission.kind === 'in-progress') return inProgress(found.key);
        if (admission.kind === 'replay') {
          replayed.add(context.request);
          return replay(admission.response as StoredResult);
        }
        return runOnce(executeFn as Execute, executionArgs, context, request, admission.claim);
      });
    },
    onResponse({ request, response }) {
      if (replayed.has(request)) response.headers.set(REPLAYED_HEADER, 'true');
    },
  };
}

/**
 * Runs the operation in one transaction that also stores its result: its mutations are savepoints
 * in it (see inTransaction), the fields they answer are read in it, and the result is written to
 * the key's row before the commit. The change and its stored result thus commit together or not
 * at all, and a retry either replays that result or, when nothing committed, runs the operation
 * for the first time; it never applies it twice. When no mutation field finished, every field
 * failed unexpectedly and rolled back, nothing changed, and the key is let go so that a retry can
 * succeed. Typed errors (NOT_FOUND, INVALID_DATA, ...) are results and are stored.
 */
async function runOnce(
  execute: Execute,
  executionArgs: ExecutionArgs,
  context: YogaContext,
  request: IdempotentRequest,
  claim: string,
): Promise<unknown> {
  const client = context.prisma;
  let stored = false;
  let result: unknown;
  try {
    result = await client.$transaction(async (tx) => {
      context.prisma = tx;
      try {
        const outcome = await execute(executionArgs);
        if (isExecutionResult(outcome) && finishedMutationFields(context) > 0) {
          if (!(await storeResult(tx, request, claim, storable(outcome)))) throw new KeyTakenOver();
          stored = true;
        }
        return outcome;
      } finally {
        context.prisma = client;
      }
    }, transactionOptions());
  } catch (error) {
    if (error instanceof KeyTakenOver) return inProgress(request.key);
    await releaseKey(client, request, claim);
    throw error;
  }
  if (!stored) await releaseKey(client, request, claim);
  return result;
}

/** This request's lease ran out and a retry took its key over: its work is rolled back, the retry's stands. */
class KeyTakenOver extends Error {}

type FoundKey = { key: string } | { error: string };

/** The operation's key, when it is a mutation that names one; an error when it names two or a bad one. */
function keyOf(args: ExecutionArgs, header: string | null): FoundKey | null {
  const operation = getOperationAST(args.document, args.operationName);
  if (operation?.operation !== 'mutation') return null;
  const keys = new Set<string>();
  if (header !== null) keys.add(header);
  for (const value of argumentValues(args.document, operation.selectionSet, args.variableValues ?? {})) {
    keys.add(value);
  }
  if (keys.size === 0) return null;
  if (keys.size > 1) {
    return { error: 'An operation takes one idempotency key; this one names several (arguments or header differ)' };
  }
  const [key] = keys;
  const reason = invalidKeyReason(key);
  return reason ? { error: reason } : { key };
}

/** The `idempotencyKey` values of the root fields, also inside fragments. */
function* argumentValues(
  document: DocumentNode,
  selectionSet: SelectionSetNode,
  variables: Record<string, unknown>,
): Generator<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const argument = selection.arguments?.find((node) => node.name.value === IDEMPOTENCY_ARGUMENT);
      const value = argument && valueFromAST(argument.value, GraphQLString, variables);
      if (typeof value === 'string') yield value;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* argumentValues(document, selection.selectionSet, variables);
    } else {
      const fragment = document.definitions.find(
        (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        yield* argumentValues(document, fragment.selectionSet, variables);
    }
  }
}

interface StoredResult {
  data?: unknown;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The result as JSON, its errors masked as the client sees them (never an unexpected error's cause). */
function storable(result: ExecutionResult): Prisma.InputJsonValue {
  const errors = result.errors?.map((error) => maskError(error, MASKED_MESSAGE, false) as GraphQLError);
  return JSON.parse(JSON.stringify({ data: result.data, errors })) as Prisma.InputJsonValue;
}

function replay({ data, errors }: StoredResult): ExecutionResult {
  return {
    data: data as ExecutionResult['data'],
    errors: errors?.map((error) => new GraphQLError(error.message, { path: error.path, extensions: error.extensions })),
    extensions: { idempotentReplayed: true },
  };
}

const inProgress = (key: string) =>
  failure(`A request with idempotency key "${key}" is still in progress; retry it later to get its result`, 'CONFLICT');

function failure(message: string, code: 'BAD_USER_INPUT' | 'CONFLICT'): ExecutionResult {
  return { errors: [new GraphQLError(message, { extensions: { code } })] };
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return typeof value === 'object' && value !== null && !(Symbol.asyncIterator in value);
}
