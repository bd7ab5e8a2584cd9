import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { typedDocuments } from './scripts/vite-plugin-typed-documents';

const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
// react-router 7's exports map always points at its development build (remix-run/react-router#12532, #14102);
// the production build beside it differs only in ENABLE_DEV_WARNINGS = false, so the build uses that one.
const reactRouterProduction = createRequire(import.meta.url)
  .resolve('react-router')
  .replace(/([\\/]dist[\\/])development([\\/]).*$/, '$1production$2index.mjs');
const backend = process.env.ORGPULSE_API ?? 'http://localhost:4000';

export default defineConfig(({ command }) => ({
  plugins: [typedDocuments(generatedDocuments), react()],
  resolve: {
    // `es2015` picks rxjs's ES2015 build (classes, no tslib helpers) over its ES5 default: smaller, and Apollo Client needs rxjs eagerly.
    conditions: ['es2015', ...defaultClientConditions],
    // The client compiles the shared package from source; its dist build is the server's.
    alias: [
      { find: '@orgpulse/shared', replacement: sharedSource },
      ...(command === 'build' && existsSync(reactRouterProduction) ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
    ],
  },
  server: {
    proxy: {
      '/graphql': { target: backend, changeOrigin: false },
      '/api': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
}));
