import { type DocumentNode, type ExecutionResult, GraphQLError, Kind, visit } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { QUOTED_INPUT_MAX, quoteInput } from '../quote-input.js';
import { withExtensions } from './error-copy.js';

/**
 * Input errors a client must be told about with a code:
 * - Variables that do not fit their types (a string for an Int, an unknown input field) fail
 *   before execution, in a result without `data`. graphql-tools' executor 2.x no longer tags
 *   those errors, so they get BAD_USER_INPUT here.
 * - Text PostgreSQL cannot store: a NUL character (refused by text and jsonb columns, which would
 *   be a 500) or an unpaired surrogate (not Unicode; the driver would silently store U+FFFD).
 *   Refused as BAD_USER_INPUT before anything runs, in variables and in literals alike.
 */
export function useInputErrorCodes(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const bad = unstorableText(args.variableValues) ?? unstorableLiteral(args.document);
      if (bad !== null) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Text ${quoteInput(bad)} holds a NUL character or an unpaired surrogate, which cannot be stored`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            ),
          ],
        });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || 'data' in result || !result.errors?.length) return;
          setResult({ ...result, errors: result.errors.map(withInputCode) } as ExecutionResult);
        },
      };
    },
  };
}

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const storable = (text: string) => !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);

/** The first string (or object key) in a variables value that PostgreSQL cannot store, or null. */
function unstorableText(value: unknown): string | null {
  if (typeof value === 'string') return storable(value) ? null : value;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    if (!storable(key)) return key;
    const bad = unstorableText(inner);
    if (bad !== null) return bad;
  }
  return null;
}

/** Per parsed document: yoga caches parsing, so each distinct operation is visited once. */
const literalVerdicts = new WeakMap<DocumentNode, string | null>();

function unstorableLiteral(document: DocumentNode): string | null {
  const known = literalVerdicts.get(document);
  if (known !== undefined) return known;
  const bad = findUnstorableLiteral(document);
  literalVerdicts.set(document, bad);
  return bad;
}

function findUnstorableLiteral(document: DocumentNode): string | null {
  let bad: string | null = null;
  visit(document, {
    [Kind.STRING](node) {
      if (bad === null && !storable(node.value)) bad = node.value;
    },
  });
  return bad;
}

function withInputCode(error: GraphQLError): GraphQLError {
  const shortened = withShortQuotes(error);
  if (shortened.extensions?.code) return shortened;
  return withExtensions(shortened, { code: 'BAD_USER_INPUT' });
}

/** A JSON string literal in a message, as graphql-js quotes the values it refuses. */
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

/** graphql-js repeats a refused variable value whole; the message keeps only a short prefix of it. */
function withShortQuotes(error: GraphQLError): GraphQLError {
  const message = error.message.replace(QUOTED, (quoted) => {
    if (quoted.length <= QUOTED_INPUT_MAX + 2) return quoted;
    try {
      return quoteInput(JSON.parse(quoted));
    } catch {
      return quoted;
    }
  });
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
