/**
 * The folder rules of src/ (see each folder's README.md): what a module may import. Checked on
 * the source text, so a new import that breaks a rule fails here before it reaches a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Every .ts and .astro file under src/, relative to src/. */
const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.d.ts'))
  .map((e) => relative(SRC, join(e.parentPath, e.name)).split('\\').join('/'))
  .sort();

interface Import {
  spec: string;
  /** Whole-statement `import type` / `export type`: erased at build time. */
  typeOnly: boolean;
  /** For a relative import: the target, relative to src/. */
  target?: string;
}

/** The static and dynamic imports of a file. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const found: Import[] = [];
  const pattern =
    /(?:^|[\s;])(import|export)(\s+type)?\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) {
    const spec = (m[3] ?? m[4] ?? m[5])!;
    const target = spec.startsWith('.')
      ? relative(SRC, resolve(SRC, dirname(file), spec))
          .split('\\')
          .join('/')
      : undefined;
    found.push({ spec, typeOnly: Boolean(m[2]), ...(target === undefined ? {} : { target }) });
  }
  return found;
}

const under = (file: string, ...folders: string[]) =>
  folders.some((f) => file === f || file.startsWith(`${f}/`));
const inFolders = (...folders: string[]) => sources.filter((f) => under(f, ...folders));

/** Modules that run in the reader's browser: they ship, so they stay small and pure. */
const BROWSER = [
  ...inFolders('search/engine'),
  ...inFolders('search/ui').filter((f) => f.endsWith('.ts')),
  'cite/copy-block.ts',
];
/** Pure folders: no Node built-ins, no Astro virtual modules (they run in Node, the browser and tests alike). */
const PURE = inFolders('search/engine', 'cite', 'content/views', 'content/lint', 'site', 'i18n');

describe('src/ folder rules', () => {
  test('the file list is not empty (the rules below check something)', () => {
    expect(BROWSER.length).toBeGreaterThan(5);
    expect(PURE.length).toBeGreaterThan(20);
  });

  test.each(PURE)('%s imports no node: or astro: module', (file) => {
    const bad = importsOf(file).filter((i) => !i.typeOnly && /^(node:|astro:)/.test(i.spec));
    expect(bad.map((i) => i.spec)).toEqual([]);
  });

  test.each(BROWSER)('%s (browser code) imports only browser code', (file) => {
    const bad = importsOf(file).filter(
      (i) =>
        !i.typeOnly &&
        (i.target === undefined
          ? /^(node:|astro:)/.test(i.spec)
          : !under(i.target, 'search/engine', 'search/ui', 'cite/copy-block.ts')),
    );
    expect(bad.map((i) => i.spec)).toEqual([]);
  });

  test('only content/queries/, content.config.ts and pages/ read astro:content', () => {
    const readers = sources.filter((f) =>
      importsOf(f).some((i) => i.spec === 'astro:content' && !i.typeOnly),
    );
    expect(
      readers.filter((f) => !under(f, 'content/queries', 'content.config.ts', 'pages')),
    ).toEqual([]);
  });

  test('nothing in src/ imports from tests/ or scripts/', () => {
    const bad = sources.flatMap((f) =>
      importsOf(f)
        .filter((i) => i.target !== undefined && /^\.\.\/(tests|scripts)\//.test(i.target))
        .map((i) => `${f}: ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  test('no code kept in strings: no eval, no new Function, no eval workers, no node:vm', () => {
    const CODE_FROM_STRINGS = [
      /(?<![\w.$'-])eval\s*\(/, // eval(…); the CSP keyword 'wasm-unsafe-eval' is a string, not a call
      /\bFunction\s*\(/, // new Function(…) and Function(…)
      /\beval\s*:\s*true/, // new Worker(source, { eval: true })
      /['"](?:node:)?vm['"]/, // vm.runInThisContext and friends
    ];
    const bad = sources.flatMap((f) => {
      const text = readFileSync(join(SRC, f), 'utf8');
      return CODE_FROM_STRINGS.filter((re) => re.test(text)).map((re) => `${f}: ${re.source}`);
    });
    expect(bad).toEqual([]);
  });

  test('every feature folder says what it owns in a README.md (pages/: _README.md)', () => {
    const folders = [
      'cards',
      'cite',
      'components',
      'content',
      'i18n',
      'integrations',
      'layouts',
      'markdown',
      'pages',
      'search',
      'site',
    ];
    const missing = folders.filter((f) => {
      // In pages/ a README.md would be built as the page /README/: `_` keeps it out of the routes.
      const readme = f === 'pages' ? '_README.md' : 'README.md';
      try {
        return readFileSync(join(SRC, f, readme), 'utf8').trim().length < 40;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
