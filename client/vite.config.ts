import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { typedDocuments } from './scripts/vite-plugin-typed-documents';

const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const backend = process.env.ORGPULSE_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [typedDocuments(generatedDocuments), react()],
  resolve: {
    // `es2015` picks rxjs's ES2015 build (classes, no tslib helpers) over its ES5 default: smaller, and Apollo Client needs rxjs eagerly.
    conditions: ['es2015', ...defaultClientConditions],
    // The client compiles the shared package from source; its dist build is the server's.
    alias: { '@orgpulse/shared': sharedSource },
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
});
