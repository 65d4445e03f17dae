// ESLint: the import direction of the README, enforced (`npm run lint`; `tests/guard/lint.test.ts` runs it in `npm test`).
//   pages → layouts → components / islands → (data | pdf) → lib → schemas → i18n → formats / vocabulary
// Each folder may import itself and the folders to its right, never to its left. Besides the boundaries and
// "no import cycle", only the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro run,
// with the few that the tree does not follow turned off (see the last block).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const DIRECTION = 'pages → layouts → components / islands → (data | pdf) → lib → schemas → i18n → formats / vocabulary';

/** Folders (and root files) of src/, by name, so a zone can list what a folder must not import. */
const SRC = {
  pages: 'src/pages',
  layouts: 'src/layouts',
  components: 'src/components',
  islands: 'src/islands',
  browser: 'src/scripts',
  integrations: 'src/integrations',
  data: 'src/data',
  pdf: 'src/pdf',
  lib: 'src/lib',
  schemas: 'src/schemas',
  i18n: 'src/i18n',
  formats: 'src/formats',
  contentConfig: 'src/content.config.ts',
  siteConfig: 'src/site.config.ts',
  hostConfig: 'src/host.config.ts',
};
const all = Object.values(SRC);
const ISLANDS_SHARED = `${SRC.islands}/shared`;
const islandFolders = readdirSync(join(import.meta.dirname, SRC.islands), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `${SRC.islands}/${d.name}`);
const except = (...allowed) => all.filter((p) => !allowed.includes(p));
const OUTSIDE_SRC = ['scripts', 'tests'];

/** One zone: what `target` must not import, and the message that says what it may import. */
const zone = (target, from, may) => ({ target, from, message: `${target}/ może importować tylko: ${may}. Kierunek: ${DIRECTION}.` });

const zones = [
  zone(SRC.formats, [...except(SRC.formats), ...OUTSIDE_SRC], 'src/formats/ (i biblioteki npm); formats nie importuje nic z projektu'),
  {
    target: 'src/schemas/vocabulary.ts',
    from: ['src', ...OUTSIDE_SRC],
    message: `src/schemas/vocabulary.ts nie importuje niczego z projektu (same stałe, żeby każda wyspa mogła go użyć bez zod). Kierunek: ${DIRECTION}.`,
  },
  // The words: only the vocabulary's values (for their types) and formats; every other folder may import them.
  {
    target: SRC.i18n,
    from: SRC.schemas,
    except: ['./vocabulary.ts'],
    message: `src/i18n/ może importować tylko: src/i18n/, src/formats/, src/schemas/vocabulary.ts. Kierunek: ${DIRECTION}.`,
  },
  zone(SRC.i18n, [...except(SRC.i18n, SRC.formats, SRC.schemas), ...OUTSIDE_SRC], 'src/i18n/, src/formats/, src/schemas/vocabulary.ts'),
  zone(SRC.schemas, [...except(SRC.schemas, SRC.i18n, SRC.formats), ...OUTSIDE_SRC], 'src/schemas/, src/i18n/, src/formats/'),
  zone(
    SRC.lib,
    [...except(SRC.lib, SRC.schemas, SRC.i18n, SRC.formats), ...OUTSIDE_SRC],
    'src/lib/, src/schemas/, src/i18n/, src/formats/ (lib jest czysty: bez fetch, window i DOM)',
  ),
  zone(
    SRC.data,
    [...except(SRC.data, SRC.lib, SRC.schemas, SRC.i18n, SRC.formats), ...OUTSIDE_SRC],
    'src/data/, src/lib/, src/schemas/, src/i18n/, src/formats/',
  ),
  zone(SRC.pdf, [...except(SRC.pdf, SRC.lib, SRC.schemas, SRC.i18n, SRC.formats), ...OUTSIDE_SRC], 'src/pdf/, src/lib/, src/schemas/, src/i18n/, src/formats/'),
  zone(
    SRC.islands,
    [...except(SRC.islands, SRC.pdf, SRC.lib, SRC.schemas, SRC.i18n, SRC.formats, SRC.siteConfig), ...OUTSIDE_SRC],
    'src/islands/, src/pdf/, src/lib/, src/schemas/, src/i18n/, src/formats/, src/site.config.ts (nie src/data/: to kod Node)',
  ),
  // Browser scripts share the islands' edge to the browser (src/islands/shared/), not the islands themselves.
  zone(
    SRC.browser,
    [...except(SRC.browser, SRC.islands, SRC.lib, SRC.schemas, SRC.i18n, SRC.formats), ...islandFolders.filter((f) => f !== ISLANDS_SHARED), ...OUTSIDE_SRC],
    'src/scripts/, src/islands/shared/, src/lib/, src/schemas/, src/i18n/, src/formats/',
  ),
  zone(SRC.components, [SRC.pages, SRC.layouts, SRC.islands, SRC.contentConfig, ...OUTSIDE_SRC], 'wszystko poniżej siebie (nie pages, layouts ani islands)'),
  zone(SRC.layouts, [SRC.pages, SRC.contentConfig, ...OUTSIDE_SRC], 'wszystko poniżej siebie (nie pages)'),
  zone(SRC.pages, [SRC.contentConfig, ...OUTSIDE_SRC], 'src/ (nie scripts/ ani tests/)'),
  zone(SRC.siteConfig, [...except(SRC.lib, SRC.schemas, SRC.i18n, SRC.formats), ...OUTSIDE_SRC], 'src/lib/, src/schemas/, src/i18n/, src/formats/'),
  zone(SRC.hostConfig, [...except(SRC.lib, SRC.schemas, SRC.i18n, SRC.formats), ...OUTSIDE_SRC], 'src/lib/, src/schemas/, src/i18n/, src/formats/'),
  zone(SRC.integrations, [...except(SRC.integrations), ...OUTSIDE_SRC], 'src/integrations/'),
  // Every language's words are for the build only: an island or a browser script gets its page's words as a prop.
  ...[SRC.islands, SRC.browser, SRC.lib, SRC.pdf].map((target) => ({
    target,
    from: 'src/i18n/all.ts',
    message: `${target}/ nie importuje src/i18n/all.ts (słowa wszystkich języków, tylko dla stron przy budowaniu): strona przekazuje wyspie słowa swojego języka jako prop.`,
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.astro/**', '.cache/**', 'test-results/**', 'reports/**', 'public/**', 'tests/fixtures/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/base'],
  {
    files: ['**/*.{js,ts,tsx,astro}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.astro', '.json'] })],
      // no-cycle reads the imported files too: with these parsers it follows TypeScript and Astro files.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.astro'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'], 'astro-eslint-parser': ['.astro'] },
    },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Unit tests beside the files they test may reach any folder (they are callers, like pages).
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
  {
    // src/lib is pure: what touches the browser (fetch, window, the DOM, storage) lives in src/islands/shared/ or src/scripts/.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'fetch', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history', 'XMLHttpRequest'].map((name) => ({
          name,
          message: `src/lib/ jest czysty: ${name} należy do przeglądarki; taki kod idzie do src/islands/shared/ albo src/scripts/.`,
        })),
      ],
    },
  },
  {
    rules: {
      // The tree's own habits, not errors: `_` for unused parameters.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The content checks look for control characters and runs of spaces on purpose.
      'no-control-regex': 'off',
      'no-regex-spaces': 'off',
      // A few casts to `any` in tests and in the form's draft walk; `a && b()` in tests. Later, with a rewrite.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
