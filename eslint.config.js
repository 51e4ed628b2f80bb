import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/*
 * Which way imports run (docs/ARCHITECTURE.md): main → app → scene | ui → hero engines → state → layout →
 * content → hero data → science, and platform is a leaf. Every "never" of that document is one pattern
 * below. Imports between our modules are relative, so a target is recognised by the folder names on its
 * path: a folder is named after its layer (src/scene and each hero's scene/ are both scene code).
 */

/** A folder of this name anywhere on an import path ('../state/expo', '../../heroes/x/scene/View'). */
const folder = (name) => `(^|/)${name}(/|$)`;
/** Climbing exactly `depth` folders (back to src/) and going into one of these folders. */
const fromSrc = (depth, names) => `^(\\.\\./){${depth}}(${names})(/|$)`;

const targets = {
  app: { regex: folder('app'), what: 'app/' },
  scene: { regex: folder('scene'), what: "scene code (src/scene, a hero's scene/)" },
  ui: { regex: folder('ui'), what: "UI code (src/ui, a hero's ui/)" },
  engine: { regex: folder('engine'), what: "the demo engines (heroes/engine, a hero's engine/)" },
  state: { regex: folder('state'), what: 'state/' },
  layout: { regex: folder('layout'), what: 'layout/' },
  content: { regex: folder('content'), what: 'content/' },
  // Outside heroes/, a hero is reached through its registries (heroes/registry.ts, heroes/{engine,scene,ui}/),
  // never in its folder; only its science/ is open to all, like src/science.
  heroFolder: {
    regex: '(^|/)heroes/(?!(engine|scene|ui)/)[^/]+/(?!science/)',
    what: "a hero's folder (go through heroes/registry.ts or heroes/{engine,scene,ui}/)",
  },
  react: { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*'], what: 'React or zustand' },
  three: { group: ['three', 'three/*', '@react-three/*'], what: 'three' },
};

/** One layer's rule: files (minus ignores) never import the given targets (or extra patterns). */
function layer(name, files, never, extra = [], ignores = []) {
  const patterns = never.map((t) => {
    const { what, ...match } = targets[t];
    return { ...match, message: `${name} never imports ${what}; see docs/ARCHITECTURE.md.` };
  });
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, ...extra] }] },
  };
}

/** For a hero's own files at `depth` below src/: never back into src/scene or src/ui, never into another hero. */
function heroWalls(depth) {
  return [
    {
      regex: fromSrc(depth, 'scene|ui|app'),
      message:
        'A hero never imports src/scene, src/ui or src/app; shared hero views live in heroes/{scene,ui}/.',
    },
    {
      regex: `^(\\.\\./){${depth - 1}}(?!(engine|scene|ui)/)[^/.]+/`,
      message: "A hero never imports another hero's folder; share code through heroes/{engine,scene,ui}/.",
    },
  ];
}

function layerRules() {
  const heroShared = ['src/heroes/engine/**', 'src/heroes/scene/**', 'src/heroes/ui/**'];
  const heroDataNever = ['app', 'scene', 'ui', 'engine', 'state', 'layout', 'content', 'react', 'three'];
  return [
    layer(
      'science',
      ['src/science/**', 'src/heroes/*/science/**'],
      ['react', 'three'],
      [
        {
          regex: '^\\.\\./(?!.*(^|/)science/)',
          message: 'science never imports anything but science; see docs/ARCHITECTURE.md.',
        },
      ],
    ),
    layer('Hero data', ['src/heroes/*.ts'], heroDataNever),
    layer('Hero data', ['src/heroes/*/*.ts'], heroDataNever, heroWalls(2).slice(1), heroShared),
    layer(
      'content',
      ['src/content/**'],
      ['app', 'scene', 'ui', 'engine', 'state', 'layout', 'heroFolder', 'react', 'three'],
    ),
    layer(
      'layout',
      ['src/layout/**'],
      ['app', 'scene', 'ui', 'engine', 'state', 'heroFolder', 'react', 'three'],
    ),
    layer('state', ['src/state/**'], ['app', 'scene', 'ui', 'engine', 'heroFolder', 'three']),
    layer('A demo engine', ['src/heroes/engine/**'], ['app', 'scene', 'ui', 'three']),
    layer(
      'A demo engine',
      ['src/heroes/*/engine/**'],
      ['app', 'scene', 'ui', 'three'],
      heroWalls(3),
      heroShared,
    ),
    layer('scene', ['src/scene/**'], ['app', 'ui', 'heroFolder']),
    layer('scene', ['src/heroes/scene/**'], ['app', 'ui'], heroWalls(2).slice(0, 1)),
    layer('scene', ['src/heroes/*/scene/**'], ['app', 'ui'], heroWalls(3), heroShared),
    layer('ui', ['src/ui/**'], ['app', 'scene', 'heroFolder', 'three']),
    layer('ui', ['src/heroes/ui/**'], ['app', 'scene', 'three'], heroWalls(2).slice(0, 1)),
    layer('ui', ['src/heroes/*/ui/**'], ['app', 'scene', 'three'], heroWalls(3), heroShared),
    {
      files: ['src/platform/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex: '^\\.\\./', message: "platform is a leaf: it never imports the app's other folders." },
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'bench/results*',
      'tests/e2e/screenshots',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/immutability': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Nothing is ever rendered as HTML: content and URL text reach the page as text nodes only.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No content is rendered as HTML.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No content is rendered as HTML; use textContent or React.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]',
          message: 'No content is rendered as HTML.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval (the CSP forbids it).' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function (the CSP forbids it).',
        },
      ],
    },
  },
  ...layerRules(),
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
