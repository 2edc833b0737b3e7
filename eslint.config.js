// Lint: typescript-eslint's recommended rules, the Office add-in rules (load/sync discipline),
// Prettier for format, and React rules for the task pane.
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactPlugin = require('eslint-plugin-react');
const prettier = require('eslint-plugin-prettier');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'out/**', 'coverage/**', 'node_modules/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'office-addins': officeAddins, prettier, react: reactPlugin },
    settings: { react: { version: 'detect' } },
    rules: {
      ...Object.fromEntries(
        Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error']),
      ),
      // Our design rule is stricter than the plugin's default: never sync inside a loop.
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-office-initialize': 'warn',
      'prettier/prettier': ['error', { endOfLine: 'auto' }],
      'no-eval': 'error',
      'react/no-danger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' } },
  },
);
