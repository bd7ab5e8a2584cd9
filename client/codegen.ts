import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The types are generated from the schema the server emits and commits (server/schema.graphql), nothing else. */
const config: CodegenConfig = {
  schema: resolve(__dirname, '../server/schema.graphql'),
  documents: ['src/**/*.graphql.ts'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', Credits: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};
export default config;
