import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/page-size.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { GraphQLContext } from './context.js';
import { nodeTypeOfId } from './node-ids.js';

interface SchemaConfig {
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}

/** The builder's types, for helpers that build fields outside a type definition. */
export type SchemaTypes = PothosSchemaTypes.ExtendDefaultTypes<SchemaConfig>;

export const builder = new SchemaBuilder<SchemaConfig>({
  // Errors before Prisma, so typed errors wrap what it resolves. Batched loads: loaders/per-request.ts.
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  prisma: {
    // Pothos types the full client; it only queries models, which a transaction (an idempotent operation's) has too.
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    // A resolver that forgets to spread Pothos' query costs extra statements; fail loudly in development.
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Medusa ids are already global: their prefix names the type.
    encodeGlobalID: (_typename, id) => String(id),
    // An id of no known type names nothing; it is looked up as a variant, which finds no row, so
    // node and nodes answer null for it as for any id that does not exist.
    decodeGlobalID: (globalID) => ({ typename: nodeTypeOfId(globalID) || 'ProductVariant', id: globalID }),
    nodeQueryOptions: {
      description: 'Any object by its Medusa id; the prefix of the id tells its type.',
      args: { id: { description: 'A Medusa id, e.g. prod_01J….' } },
    },
    nodesQueryOptions: {
      description: 'Objects by their Medusa ids, in the same order; null for ids that name nothing.',
      args: { ids: { description: 'Medusa ids, of any types.' } },
    },
    nodeTypeOptions: { description: 'An object with a Medusa id (Relay Global Object Identification).' },
    idFieldOptions: { description: 'The Medusa id; its prefix names the type.' },
    pageInfoTypeOptions: { description: 'Where a cursor page sits in the whole list (Relay connection).' },
    defaultConnectionTypeOptions: { description: 'A page of rows by cursor (Relay connection).' },
    defaultEdgeTypeOptions: { description: 'A row of a cursor page, with its cursor.' },
    edgesFieldOptions: { description: 'The rows of this page, with their cursors.' },
    pageInfoFieldOptions: { description: 'Whether there are rows before and after this page, and its cursors.' },
    cursorFieldOptions: { description: 'Pass as `after` or `before` to page from this row.' },
    nodeFieldOptions: { description: 'The row.' },
    hasNextPageFieldOptions: { description: 'Whether rows follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether rows precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first row of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last row of this page.' },
    firstArgOptions: { description: 'The first this many rows after `after`: 0 to 200.' },
    lastArgOptions: { description: 'The last this many rows before `before`: 0 to 200.' },
    afterArgOptions: { description: 'Rows after this cursor.' },
    beforeArgOptions: { description: 'Rows before this cursor.' },
  },
  errors: {
    // A mutation returns its payload or one of the typed errors it lists (`raises` in errors.ts):
    // `union FooResult = FooPayload | NotFoundError | ...`.
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName[0].toUpperCase()}${fieldName.slice(1)}Result`,
      description: 'The payload of the mutation when it succeeds, or one of the errors it can report, nothing changed.',
    },
  },
});

builder.queryType({
  description: 'What can be read: products, variants, inventory, stock locations and sales channels, live rows only.',
});
builder.mutationType({
  description:
    'What can be changed. Every mutation takes one `input` argument (and an optional `idempotencyKey`), runs as one transaction and returns its payload or one of the errors its result union lists.',
});
