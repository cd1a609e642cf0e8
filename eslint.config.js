// ESLint flat config: recommended and type-checked typescript-eslint rules on every file, no warnings allowed.
// Layout is Prettier's job (`prettier --check` runs next to ESLint in `npm run lint`).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'node_modules/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The text layer and the tests strip or generate control characters on purpose.
      'no-control-regex': 'off',
      // Async functions without await still implement promise-returning interfaces (a throw becomes a rejection).
      '@typescript-eslint/require-await': 'off',
      // Prettier wraps code at 120 but leaves comments alone; long strings (messages, data) may run on.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  // Vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // Plain JavaScript (this file, scripts that run before compiling): Node globals, no type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
