// @ts-check
/**
 * ESLint: typescript-eslint's type-checked rules and eslint-plugin-astro, with formatting left
 * to Prettier (eslint-config-prettier). `npm run lint` runs it with --max-warnings 0.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist.staging/',
      '.dist.previous/',
      '.astro/',
      '.tmp/',
      'bench-results/',
      'node_modules/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    // Type information for .astro files comes through the Astro parser's TS support.
    files: ['**/*.astro'],
    // astro-eslint-parser has no projectService: it reads the tsconfig itself.
    languageOptions: {
      parserOptions: { parser: tseslint.parser, projectService: false, project: true },
    },
  },
  {
    rules: {
      // `_`-prefixed names and rest siblings are deliberately unused (omitting a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Misjudges assertions that astro check needs (literal types in object literals, a Map
      // lookup the code has just guaranteed): its --fix broke type-checking in three files.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // astro-eslint-parser gives template expressions (JSX in the markup) no type, so every
    // `.map(() => <li/>)` there reads as returning an error-typed value.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Vitest's asymmetric matchers (expect.objectContaining, …) are typed `any`; tests read
      // built JSON (JSON-LD, the manifest, the index) whose shape is what they assert, so typing
      // it would only restate the assertions; test doubles implement async interfaces with
      // synchronous bodies.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // No code kept in strings (dependency-cruiser forbids node:vm).
    files: ['src/**'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Worker'] Property[key.name='eval']",
          message: 'No workers from source strings.',
        },
      ],
    },
  },
  {
    // dependency-cruiser cannot read .astro files yet (sverweij/dependency-cruiser#1007): the
    // folder rules of the .astro layers (components < layouts < pages) are kept here.
    files: ['src/components/**/*.astro', 'src/search/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              message: 'Components get their data as props (src/components/README.md).',
            },
          ],
          patterns: [
            {
              regex: '/(layouts|pages|collections|integrations|lint)/',
              message: 'Components import only the layers below them (src/components/README.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/layouts/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              message: 'Layouts get their data as props (src/layouts/README.md).',
            },
          ],
          patterns: [
            {
              regex: '/(pages|integrations|lint)/',
              message: 'Layouts import only the layers below them (src/layouts/README.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
