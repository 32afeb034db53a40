// `npm run lint`; also part of `npm test` (the check layer). Type-aware: rules like no-floating-promises
// need the TypeScript program, which the project service builds from tsconfig.json.
import js from '@eslint/js'
import nextPlugin from '@next/eslint-plugin-next'
import { defineConfig, globalIgnores } from 'eslint/config'
import react from 'eslint-plugin-react'
import tseslint from 'typescript-eslint'

export default defineConfig(
  // Local data and generated files (`npm run generate`, migrate:create's snapshots, Next's typegen).
  globalIgnores([
    '.next/',
    '.data/',
    'media/',
    'tests/artifacts/',
    'test-results/',
    'playwright-report/',
    'next-env.d.ts',
    'payload-types.ts',
    'app/(payload)/admin/importMap.js',
    'migrations/*.json',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  nextPlugin.configs['core-web-vitals'],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `_name` marks a value taken only to leave it out (`const { a: _a, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // scripts/seed.ts (the CLI, which runs on import) shadows the folder scripts/seed/.
              regex: '(^|/)seed$',
              message: 'This resolves to the seed CLI scripts/seed.ts; import the seed code from scripts/seed/index.',
            },
          ],
        },
      ],
    },
  },
  // Everything the site says comes from the message catalogues (lib/i18n/messages): no words written
  // into the markup of the portal's pages, components and e-mails. Punctuation and symbols may stay.
  {
    files: ['app/(site)/**/*.tsx', 'app/(members)/**/*.tsx', 'app/global-error.tsx', 'components/**/*.tsx', 'lib/email/templates/**/*.tsx'],
    ignores: ['components/admin/**'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': [
        'error',
        { noStrings: true, ignoreProps: true, allowedStrings: ['·', '–', '—', '©', ':', ',', '.', '(', ')', '/', '…', '|', '•', '→', '←', '%', '+', '×', '#', '"', '“', '”', '?', '!', '-'] },
      ],
    },
  },
  // Payload's migrate:create writes `up({ db, payload, req })`; new migrations keep its signature as generated.
  { files: ['migrations/*.ts'], rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] } },
  // Vitest types asymmetric matchers (expect.any, expect.stringMatching, …) as `any` by design.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  // Plain JS (this file) is outside tsconfig's program: lint it without type information.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
)
