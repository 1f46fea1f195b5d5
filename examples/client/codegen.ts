import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the gateway's schema, and the persisted documents file its allow-list reads. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/client/src/**/*.ts', '!examples/client/src/gql/**'],
  ignoreNoDocuments: false,
  // Imports with .js extensions, as the gateway's NodeNext TypeScript settings require.
  emitLegacyCommonJSImports: false,
  generates: {
    'examples/client/src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: true, fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
