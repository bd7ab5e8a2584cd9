// ESLint flat config for the whole workspace: typescript-eslint (type-aware where it pays),
// import-x for cycles and the server's layer rules, react-hooks for the SPA.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const serverModules = readdirSync(new URL('./server/src/modules', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Modules reach each other only through their public file (`modules/<name>/index.ts`). */
const modulePublicFileZones = serverModules.map((name) => ({
  target: `./server/src/modules/!(${name})/**/*`,
  from: `./server/src/modules/${name}`,
  except: ['./index.ts'],
  message: `Import modules/${name} through its public file, modules/${name}/index.ts.`,
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.data/**',
      'client/src/gql/**',
      'server/test/gql/**',
      'packages/e2e/test-results/**',
      'packages/e2e/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['server/codegen.ts', 'packages/sdk/codegen.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['server/tsconfig.json', 'client/tsconfig.json', 'shared/tsconfig.json', 'packages/*/tsconfig.json'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The server's layers: common/ and db/ never import modules/; modules meet only through their public files.
    files: ['server/src/**/*.ts'],
    rules: {
      'no-console': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './server/src/common', from: './server/src/modules', message: 'common/ is below modules/: it must not import them.' },
            {
              target: './server/src/db',
              from: './server/src/modules',
              except: ['./entities.ts'],
              message: 'db/ is below modules/: it must not import them.',
            },
            ...modulePublicFileZones,
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/scripts/**/*.ts', 'server/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    // the classic hook rules; the React Compiler's own rules (we do not use the compiler) stay off
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**/*.ts', 'packages/e2e/**/*.ts', 'server/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
