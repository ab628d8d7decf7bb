import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import {defineConfig, globalIgnores} from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  // The layers (docs/architecture.md): imports point one way only.
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['@/components/*', '@/app/*', '**/components/*', '**/app/*'], message: 'lib/ is below the pages: it never imports components or app.'},
          ],
        },
      ],
    },
  },
  {
    files: ['lib/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['@/*', '../*'], message: 'The content library imports nothing of the project: the site passes what it needs as options.'}]},
      ],
    },
  },
  {
    files: ['components/**', 'app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['@/lib/content', '@/lib/content/*'], message: 'Pages read releases through the site binding, lib/site/releases.ts.'}]},
      ],
    },
  },
  {
    files: ['enhancements/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{group: ['@/*', '../*'], message: 'Enhancements are bundled alone: they import nothing of the project.'}]},
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'out-preview/**',
    'build-preview/**',
    '.cache/**',
    '.test-builds/**',
    '.next-export/**',
    '.wrangler/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
