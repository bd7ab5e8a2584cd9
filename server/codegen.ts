import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the server's own tests: the `graphql(`...`)` calls in test/ checked
 * against the committed, emitted schema. The output in test/gql/ is generated, never edited.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  generates: {
    'test/gql/': {
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
