// Lint: typescript-eslint recommended plus the project's boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const engineBoundary = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['vscode', 'vscode-languageserver*', 'vscode-languageclient*', 'vscode-jsonrpc*'], message: 'The engine knows nothing about LSP or VS Code: keep it in server/src/lsp or client/.' },
        { group: ['**/lsp/**', '**/cli/**'], message: 'The engine must not depend on its adapters.' },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test/e2e/node_modules/**', 'test/e2e/.artifacts/**', '.bench/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', performance: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  { files: ['server/src/**/*.ts', 'client/src/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'error' } },
  { files: ['server/src/engine/**', 'server/src/languages/**', 'server/src/rules/**', 'server/src/secrets/**', 'server/src/workspace/**'], rules: engineBoundary },
  {
    files: ['client/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'The client talks to the server over LSP only.' }] }] },
  },
);
