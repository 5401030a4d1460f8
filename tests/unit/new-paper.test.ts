/**
 * `npm run new-paper -- <slug>` (scripts/new-paper.ts): the slug rules, the template's files and
 * the home-table row, and one run of the script into a temporary copy of the content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  addImpactRow,
  editionMdx,
  newPaperFiles,
  paperYaml,
  slugProblem,
} from '../../scripts/new-paper';
import { paperFactsSchema, paperProseSchema } from '../../src/content/schema';

const root = join(import.meta.dirname, '../..');
/** The fields a schema requires. */
const required = (schema: typeof paperFactsSchema | typeof paperProseSchema) =>
  Object.entries(schema.shape)
    .filter(([, field]) => !field.isOptional())
    .map(([key]) => key);
const existing = readdirSync(join(root, 'content/papers'));

describe('slugProblem', () => {
  test.each(['sparse-attention', 'gpt4-eval', 'a', 'x2'])('accepts %s', (slug) => {
    expect(slugProblem(slug, existing)).toBeNull();
  });
  test.each([
    ['Sparse-Attention', /lower-case .* such as "sparse-attention"/],
    ['sparse_attention', /such as "sparse-attention"/],
    ['sparse--attention', /single hyphens/],
    ['-sparse', /cannot be a slug/],
    ['../escape', /cannot be a slug/],
    ['', /give the new paper's slug/],
    [undefined, /npm run new-paper -- <slug>/],
    // Taken, or an existing folder already has its URL.
    ['pu-diffusion-models', /content\/papers\/pu-diffusion-models\/ already exists/],
    ['my-paper', /same URL as .*My_Paper/, ['My_Paper']],
  ])('refuses %j', (slug, message, folders = existing) => {
    expect(slugProblem(slug, folders)).toMatch(message);
  });
});

describe('the template', () => {
  test('paper.yaml is YAML with every field the schema requires, each a TODO', () => {
    const data = yaml.load(paperYaml()) as Record<string, unknown>;
    for (const field of required(paperFactsSchema))
      expect(JSON.stringify(data[field]), field).toMatch(/TODO/);
  });
  // Three key points and the four sections in order, each with a placeholder (a missing or empty
  // section is a problem that is not one): placeholders.test.ts finds only placeholders in the
  // template and lints it clean once they are filled in.
  test.each(['ja', 'en'] as const)(
    '%s.mdx has every frontmatter field the schema requires, each a TODO',
    (lang) => {
      const data = yaml.load(editionMdx(lang).split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      for (const field of required(paperProseSchema))
        expect(JSON.stringify(data[field]), field).toMatch(/TODO/);
    },
  );
});

describe('addImpactRow', () => {
  const intro = [
    '---',
    'kind: intro',
    'impact:',
    '  - paper: a',
    '    theme: A',
    '',
    'title: T',
    '---',
    '',
    'Body.',
  ].join('\n');
  test('appends the row at the end of the impact list, leaving the rest as written', () => {
    const out = addImpactRow(intro, 'new-one', 'en');
    const lines = out.split('\n');
    expect(lines.slice(0, 5)).toEqual(intro.split('\n').slice(0, 5));
    expect(lines[5]).toBe('  - paper: new-one');
    expect(out.endsWith('\ntitle: T\n---\n\nBody.')).toBe(true);
    const data = yaml.load(out.split(/^---$/m)[1] ?? '') as { impact: { paper: string }[] };
    expect(data.impact.map((r) => r.paper)).toEqual(['a', 'new-one']);
  });
  test('keeps CRLF line ends', () => {
    expect(addImpactRow(intro.replace(/\n/g, '\r\n'), 'x', 'ja')).not.toMatch(/[^\r]\n/);
  });
  test('refuses a file without an impact list', () => {
    expect(() => addImpactRow('---\nkind: intro\n---\n', 'x', 'en')).toThrow(/no "impact:" list/);
  });
  test('the real digests get one row each, in their own language', () => {
    const read = (lang: string) =>
      readFileSync(join(root, `content/digest/${lang}/intro.mdx`), 'utf8');
    const files = newPaperFiles('new-one', { ja: read('ja'), en: read('en') });
    for (const lang of ['ja', 'en']) {
      const text = files.get(`digest/${lang}/intro.mdx`) ?? '';
      const data = yaml.load(text.split(/^---$/m)[1] ?? '') as {
        impact: { paper: string; theme: string }[];
      };
      expect(data.impact.at(-1)?.paper).toBe('new-one');
      expect(data.impact.at(-1)?.theme).toMatch(lang === 'ja' ? /^TODO: 論文/ : /^TODO: the theme/);
      const before = yaml.load(read(lang).split(/^---$/m)[1] ?? '') as { impact: unknown[] };
      expect(data.impact.slice(0, -1)).toEqual(before.impact);
    }
  });
});

describe('npm run new-paper', () => {
  const run = (content: string, ...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/new-paper.ts'), ...args], {
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });
  /** Every file under `dir` with its text: what a refused run must leave as it was. */
  const snapshot = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')])
      .sort();

  test('creates the folder and the home rows, then refuses the same or a bad slug and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-paper-'));
    try {
      const content = join(dir, 'content');
      cpSync(join(root, 'content'), content, { recursive: true });
      const made = run(content, 'sparse-attention');
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/Created the paper "sparse-attention"/);
      expect(readdirSync(join(content, 'papers/sparse-attention')).sort()).toEqual([
        'en.mdx',
        'ja.mdx',
        'paper.yaml',
      ]);
      expect(readFileSync(join(content, 'papers/sparse-attention/ja.mdx'), 'utf8')).toBe(
        editionMdx('ja'),
      );
      for (const lang of ['ja', 'en'])
        expect(readFileSync(join(content, `digest/${lang}/intro.mdx`), 'utf8')).toMatch(
          /\n {2}- paper: sparse-attention\n/,
        );

      const before = JSON.stringify(snapshot(content));
      for (const [slug, message] of [
        ['sparse-attention', /already exists/],
        ['Sparse_Attention', /cannot be a slug/],
      ] as const) {
        const refused = run(content, slug);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toMatch(message);
        expect(refused.stderr).toMatch(/Nothing was written/);
      }
      expect(JSON.stringify(snapshot(content))).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
