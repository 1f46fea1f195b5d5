import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import { DOMAIN_ERRORS } from '../domain/errors.js';
import type PrismaTypes from '../generated/pothos-types.js';
import { getDatamodel } from '../generated/pothos-types.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { GraphQLContext } from './context.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits/page-size.js';
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
  // Errors before Prisma and Dataloader, so typed errors wrap what they resolve.
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin],
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
    nodeQueryOptions: { description: 'Any object by its Medusa id; the prefix of the id tells its type.' },
    nodesQueryOptions: {
      description: 'Objects by their Medusa ids, in the same order; null for ids that name nothing.',
    },
  },
  errors: {
    defaultTypes: [...DOMAIN_ERRORS],
    // A mutation returns its payload or one of the typed errors: `union FooResult = FooPayload | NotFoundError | ...`.
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${fieldName[0].toUpperCase()}${fieldName.slice(1)}Result` },
  },
});

builder.queryType({});
builder.mutationType({});
