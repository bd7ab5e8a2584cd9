import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The SDK's operation types, generated from the schema the server emits and commits
 * (server/schema.graphql) for the documents in src/documents.ts. A schema change that
 * breaks a document fails here (validation) or in `tsc` (the types the SDK maps).
 * Types only: the output imports nothing, so the SDK stays dependency-free.
 */
const config: CodegenConfig = {
  schema: resolve(__dirname, '../../server/schema.graphql'),
  documents: ['src/documents.ts'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations'],
      config: {
        scalars: { ID: 'string', DateTime: 'string', Credits: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};
export default config;
