// The published build: one ESM and one CommonJS file, each with its declarations. The
// workspace package @orgpulse/shared's files that src/shared.ts imports (error codes, credit
// arithmetic, role names) are bundled in, code and types, so the tarball needs nothing
// unpublished; graphql-ws stays a dependency.
import { defineConfig } from 'tsup';

/**
 * The sources import graphql-ws's root (its types resolve under every tsconfig here); the
 * build imports its client alone, which loads no graphql at run time.
 */
const graphqlWsClient = {
  name: 'graphql-ws-client',
  setup(build) {
    build.onResolve({ filter: /^graphql-ws$/ }, () => ({ path: 'graphql-ws/client', external: true }));
  },
};

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  // kept from the dependency check, so that the plugin below decides (it stays external)
  noExternal: [/^graphql-ws$/],
  esbuildPlugins: [graphqlWsClient],
  clean: true,
  splitting: false,
  treeshake: true,
});
