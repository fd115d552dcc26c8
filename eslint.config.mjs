// typescript-eslint's recommended rules, the purity fence around src/core, and the layers: which
// part of src may import which (docs: README "Project layout"; proven by test/lint/layers.test.ts).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The places an import may not reach, as the relative path in the import names them
 * ('../../ui/views' from src/app/cards reaches src/ui). No folder of src has a sub-folder named
 * like a layer, so a layer's name after the `../`s is the layer.
 */
const LAYER = {
  app: 'src/app holds the use cases: only src/ui and src/main.ts build on it.',
  gas: 'src/gas holds the Apps Script adapters: only src/main.ts wires them in (the use cases take ports).',
  ui: 'src/ui holds the cards and the router: it builds on src/app, never the other way round.',
  dev: 'dev/ (the emulator, the playground, the CLI) is not in the bundle: production code never imports it.',
  main: 'src/main.ts is the switchboard: nothing imports it.',
  state: "the stored state is the use cases' own: src/ui asks src/app for what it shows.",
  testing: 'test-only helpers (testing.ts, testing/, test/) stay out of production code.',
};
const LAYER_PATTERN = {
  app: '^(\\.{1,2}/)+(src/)?app(/|$)',
  gas: '^(\\.{1,2}/)+(src/)?gas(/|$)',
  ui: '^(\\.{1,2}/)+(src/)?ui(/|$)',
  dev: '^(\\.{1,2}/)+dev(/|$)',
  main: '^(\\.{1,2}/)+(src/)?main$',
  state: '^(\\.{1,2}/)+(src/)?app/state(/|$)',
  testing: '(^|/)testing(/|$)|^(\\.{1,2}/)+test(/|$)',
};
/**
 * Tests and test-only helpers (a `testing.ts` file or a `testing/` folder beside the code they
 * serve): they may use the emulator in dev/ (fakes at the boundary). Production code may not import
 * them (the `testing` layer) and the bundle check proves none reaches dist/Code.js.
 */
const TEST_FILES = ['src/**/*.test.ts', 'src/**/testing.ts', 'src/**/testing/**'];

/** The tests and test-only helpers under `dir` (a glob of folders). */
function besideTests(dir) {
  return TEST_FILES.map((pattern) => pattern.replace('src/**', dir));
}

/** One import zone: `files` may not import from the `forbidden` layers. */
function zone(files, forbidden, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbidden.map((layer) => ({ regex: LAYER_PATTERN[layer], message: LAYER[layer] })) },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', 'bench/results/**', '.tandem/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core never reads the clock: take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core never reads the clock: take `now` as an argument.',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'console', 'Session', 'Utilities', 'CalendarApp', 'Calendar', 'Docs', 'Drive'].map(
          (name) => ({ name, message: 'src/core is pure: pass time and services in as arguments.' }),
        ),
      ],
    },
  },
  // The layers: core ↛ app, gas, ui, dev; app ↛ gas, ui, dev; ui and gas ↛ the stored state; src ↛ dev.
  // Each file is in one zone (a later no-restricted-imports would replace an earlier one, not add).
  zone(['src/core/**/*.ts'], ['app', 'gas', 'ui', 'dev', 'main', 'testing'], TEST_FILES),
  zone(['src/app/**/*.ts'], ['gas', 'ui', 'dev', 'main', 'testing'], TEST_FILES),
  // The files at the top of src (ports.ts, api-error.ts) are what the use cases build on.
  zone(['src/*.ts'], ['app', 'gas', 'ui', 'dev', 'main', 'testing'], [...TEST_FILES, 'src/main.ts']),
  zone(['src/ui/**/*.ts', 'src/gas/**/*.ts'], ['state', 'dev', 'main', 'testing'], TEST_FILES),
  zone(['src/main.ts'], ['dev', 'testing']),
  // Tests and test-only helpers beside the code keep their layer's direction but may drive the
  // emulator (dev/) and, for src/app, the adapters they test against it (src/app/triggers.test.ts).
  zone(besideTests('src/core/**'), ['app', 'gas', 'ui', 'main']),
  zone([...besideTests('src/app/**'), ...besideTests('src')], ['ui', 'main']),
  zone([...besideTests('src/ui/**'), ...besideTests('src/gas/**')], ['state', 'main']),
  {
    files: ['dev/playground/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { module: 'writable', require: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
