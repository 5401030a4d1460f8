// @ts-check
/**
 * The folder rules of src/, enforced by `npm run lint` (dependency-cruiser). The rules are read
 * from the folders' own READMEs, so the README a contributor reads is the rule the linter applies:
 * - "May import: `a/`, `b/` …" (the paragraph up to the next blank line): the src/ folders named
 *   in backticks are the only other folders a module of that folder may import (types included);
 * - a README whose "May import" paragraph says "Pure" makes its folder import no Node built-in and
 *   no `astro:` module.
 * The allowances must form a graph without cycles (checked below, before any file is read), and no
 * module may take part in an import cycle.
 *
 * dependency-cruiser does not parse .astro files yet (sverweij/dependency-cruiser#1007); the
 * folders that hold them (components, layouts, pages) are the top layers, and ESLint's
 * no-restricted-imports keeps their .astro files from importing upwards (eslint.config.js).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const folders = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** The "May import" paragraph of a folder's README (pages/ keeps its README as _README.md). */
function mayImportParagraph(folder) {
  const file = [`src/${folder}/README.md`, `src/${folder}/_README.md`].find((f) => existsSync(f));
  if (!file) throw new Error(`src/${folder}/ has no README.md saying what it may import`);
  const text = readFileSync(file, 'utf8');
  const match = /^May import:[\s\S]*?(?=\n\s*\n|(?![\s\S]))/m.exec(text);
  if (!match) throw new Error(`${file}: no "May import:" paragraph`);
  return match[0];
}

const rules = Object.fromEntries(
  folders.map((folder) => {
    const paragraph = mayImportParagraph(folder);
    const named = [...paragraph.matchAll(/`([a-z0-9-]+)(?:\/[^`]*)?`/g)].map((m) => m[1]);
    const allowed = [...new Set(named)].filter((n) => n !== folder && folders.includes(n));
    return [folder, { allowed, pure: /\bPure\b/.test(paragraph) }];
  }),
);

// The declared layers must run one way: a cycle among the allowances is a README mistake.
const state = new Map();
function visit(folder, path) {
  if (state.get(folder) === 'done') return;
  if (state.get(folder) === 'open')
    throw new Error(`src/ folder READMEs allow a cycle: ${[...path, folder].join(' → ')}`);
  state.set(folder, 'open');
  for (const next of rules[folder].allowed) visit(next, [...path, folder]);
  state.set(folder, 'done');
}
for (const folder of folders) visit(folder, []);

/** Modules that run in the reader's browser. */
const BROWSER = '^src/(search/engine/|search/ui/[^/]+[.]ts$|cite/copy-block[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Modules of src/ import each other one way only.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...folders.map((folder) => ({
      name: `${folder}-may-import`,
      comment: `src/${folder}/ may import only: ${rules[folder].allowed.join(', ') || 'nothing in src/'} (its README)`,
      severity: /** @type {const} */ ('error'),
      from: { path: `^src/${folder}/` },
      to: {
        path: '^src/[^/]+/',
        pathNot: `^src/(${[folder, ...rules[folder].allowed].join('|')})/`,
      },
    })),
    ...folders
      .filter((folder) => rules[folder].pure)
      .map((folder) => ({
        name: `${folder}-is-pure`,
        comment: `src/${folder}/ is pure (its README): no Node built-ins, no astro: modules`,
        severity: /** @type {const} */ ('error'),
        from: { path: `^src/${folder}/` },
        to: { dependencyTypesNot: ['type-only'], dependencyTypes: ['core'] },
      })),
    ...folders
      .filter((folder) => rules[folder].pure)
      .map((folder) => ({
        name: `${folder}-reads-no-astro-module`,
        comment: `src/${folder}/ is pure (its README): no astro: virtual modules`,
        severity: /** @type {const} */ ('error'),
        from: { path: `^src/${folder}/` },
        to: { dependencyTypesNot: ['type-only'], path: '^astro:' },
      })),
    {
      name: 'browser-code-stays-small',
      comment:
        'Modules that ship to the reader (search/engine, the scripts of search/ui, cite/copy-block.ts) import only each other: no Node built-in, no astro: module, nothing else of src/ but types.',
      severity: 'error',
      from: { path: BROWSER },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: `${BROWSER}|^node_modules/`,
      },
    },
    {
      name: 'only-collections-read-astro-content',
      comment:
        'collections/queries/, src/content.config.ts and the routes are the only readers of astro:content.',
      severity: 'error',
      from: { pathNot: '^src/(collections/queries/|content[.]config[.]ts$|pages/)' },
      to: { dependencyTypesNot: ['type-only'], path: '^astro:content$' },
    },
    {
      name: 'src-stands-alone',
      comment: 'Nothing in src/ imports from tests/ or scripts/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
    {
      name: 'no-code-from-strings',
      comment:
        'No node:vm (code kept in strings); ESLint forbids eval, new Function and eval workers.',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?vm$' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
