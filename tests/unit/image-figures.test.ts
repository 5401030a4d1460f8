/**
 * Image figures (`kind: image`): the content linter refuses each bad case with the file and the
 * field (missing alt, credit or licence, an unknown licence, a file that is not there, is not
 * what its name says, or weighs over 2 MB, and an image no figure uses), on an in-memory copy of
 * the real content with the fixture of tests/fixtures/image-figures/ added; and the pipeline
 * renders an image figure with its credit and licence, an SVG sanitized by the HTML policy.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import type { Problem } from '../../src/lint';
import { contentFileEncoding } from '../../src/lint/files';
import { renderMdxBody } from '../../src/markdown/pipeline';
import { PU, TTA, mutate, readRealContent } from './support/content';
import { problem } from './support/builders';
import { LANGS } from '../../src/i18n/langs';
import {
  IMAGE_FIGURES,
  IMAGE_FIXTURE,
  IMAGE_PAPER,
  addImageFiguresToMap,
  withImageEntries,
} from '../support/image-figures';

vi.mock('../../src/lint/body', async (importOriginal) =>
  (await import('./support/memoised-body')).memoisedBody(importOriginal),
);
vi.resetModules();
const { lintContent } = await import('../../src/lint');

const DIR = `papers/${IMAGE_PAPER}`;
const YAML = `${DIR}/figures.yaml`;
const PNG = `${DIR}/figures/barrier.png`;
const SVG = `${DIR}/figures/pipeline.svg`;

/** The real content with the fixture, changed by `edit`. */
function lint(edit: (files: Map<string, string>) => void = () => undefined): Problem[] {
  const files = readRealContent();
  addImageFiguresToMap(files);
  edit(files);
  return lintContent(files, 'content');
}

/** Changes one line of the fixture's entries in figures.yaml (`from` must be there). */
const editYaml = (files: Map<string, string>, from: string | RegExp, to: string) =>
  mutate(files, YAML, (t) => t.replace(from, to));

describe('the content linter on image figures', () => {
  test('the fixture (a PNG and an SVG figure, placed in both editions) lints clean', () => {
    expect(lint()).toEqual([]);
  });

  test.each([
    ['alt', /^ {2}alt:\n {4}ja: 左の黄色い枠.*\n {4}en: A yellow box.*\n/m],
    [
      'credit',
      /^ {2}credit:\n {4}ja: 本リポジトリの試験用画像\n {4}en: a test image of this repository\n(?= {2}license: CC0-1\.0)/m,
    ],
    ['license', /^ {2}license: CC0-1\.0\n/m],
  ])('a missing %s is refused, naming the figure and the field', (field, lines) => {
    const problems = lint((files) => editYaml(files, lines, ''));
    expect(problems).toContainEqual(
      problem(
        YAML,
        `barrier-diagram.${field}`,
        /the required field "barrier-diagram\.\w+" is missing/,
      ),
    );
  });

  test('an empty alt text is refused', () => {
    const problems = lint((files) => editYaml(files, /( {4}en: )A yellow box[^\n]*/, '$1""'));
    // (an alt: with nothing under it is "empty" too)
    expect(problems).toContainEqual(
      problem(YAML, 'barrier-diagram.alt.en', /alt\.en must not be empty/),
    );
  });

  test.each(['CC-BY-NC-4.0', 'arXiv', 'all rights reserved'])(
    'the licence "%s" is refused: only licences that allow reuse',
    (licence) => {
      const problems = lint((files) => editYaml(files, 'license: CC0-1.0', `license: ${licence}`));
      expect(problems).toContainEqual(
        problem(
          YAML,
          'barrier-diagram.license',
          /license must be the SPDX id of a licence that allows reuse: CC-BY-4\.0, CC-BY-SA-4\.0, CC0-1\.0, MIT, Apache-2\.0/,
        ),
      );
    },
  );

  test('a file that is not there is refused, naming the field', () => {
    const problems = lint((files) => files.delete(PNG));
    expect(problems).toContainEqual(
      problem(YAML, 'barrier-diagram.file', /the image figures\/barrier\.png is not there/),
    );
  });

  test('a file name outside figures/ or of another type is refused by the schema', () => {
    const problems = lint((files) =>
      editYaml(files, 'file: figures/barrier.png', 'file: barrier.gif'),
    );
    expect(problems).toContainEqual(
      problem(YAML, 'barrier-diagram.file', /under the paper's figures\/ folder ending in \.svg/),
    );
  });

  test('an image over 2 MB is refused', () => {
    const problems = lint((files) => mutate(files, PNG, (t) => t + '\0'.repeat(2 * 1024 * 1024)));
    expect(problems).toContainEqual(
      problem(YAML, 'barrier-diagram.file', /weighs 2\.0 MB; an image figure may be at most 2 MB/),
    );
  });

  test('an SVG over 2 MB is weighed in bytes, not characters', () => {
    // 700,000 three-byte characters: 2.1 MB, although under 2 M characters.
    const problems = lint((files) =>
      mutate(files, SVG, (t) => t.replace('</svg>', `<!--${'図'.repeat(7e5)}--></svg>`)),
    );
    expect(problems).toContainEqual(problem(YAML, 'pipeline-diagram.file', /weighs 2\.0 MB/));
  });

  test('a file that is not what its name says is refused', () => {
    const problems = lint((files) => {
      files.set(PNG, 'GIF89a…');
      files.set(SVG, 'not a drawing');
    });
    expect(problems).toContainEqual(
      problem(YAML, 'barrier-diagram.file', /figures\/barrier\.png is not a PNG image/),
    );
    expect(problems).toContainEqual(
      problem(YAML, 'pipeline-diagram.file', /figures\/pipeline\.svg is not an SVG image/),
    );
  });

  test('an image no figure uses is refused, naming the file', () => {
    const problems = lint((files) =>
      files.set(`${DIR}/figures/spare.webp`, 'RIFF\0\0\0\0WEBPVP8 '),
    );
    expect(problems).toContainEqual(
      problem(`${DIR}/figures/spare.webp`, undefined, /no figure uses this image/),
    );
  });

  test('an image of a paper without figures.yaml is refused as unused', () => {
    const loose = {
      [`papers/${PU}/figures/loose.png`]: '\x89PNG\r\n\x1a\n',
      [`papers/${TTA}/figures/loose.svg`]: '<svg></svg>',
    };
    const problems = lint((files) => Object.entries(loose).forEach(([f, t]) => files.set(f, t)));
    for (const file of Object.keys(loose))
      expect(problems).toContainEqual(problem(file, undefined, /no figure uses/));
  });

  test('an image figure counts as placed like any figure: unplaced in one edition is refused', () => {
    const problems = lint((files) =>
      mutate(files, `${DIR}/en.mdx`, (t) => t.replace('<Figure id="pipeline-diagram" />', '')),
    );
    expect(problems).toContainEqual(problem(YAML, 'pipeline-diagram', /never placed in en\.mdx/));
  });

  test('the content guard reads raster files as latin1 (one character a byte) and SVG as text', () => {
    const read = (p: string) => contentFileEncoding(`papers/x/${p}`);
    const names = ['a.png', 'a.jpg', 'a.webp', 'a.svg'];
    expect(names.map((n) => read(`figures/${n}`))).toEqual(['latin1', 'latin1', 'latin1', 'utf8']);
    expect(read('notes.pdf')).toBeUndefined();
  });
});

describe('the pipeline renders an image figure', () => {
  // A paper folder holding only the fixture's figures (image figures need no tables).
  const dir = mkdtempSync(join(tmpdir(), 'image-figure-'));
  const paper = join(dir, 'content/papers/fixture-paper');
  cpSync(IMAGE_FIXTURE, join(paper, 'figures'), { recursive: true });
  writeFileSync(join(paper, 'figures.yaml'), withImageEntries(''));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const render = async (id: string, lang: 'ja' | 'en') =>
    (
      await renderMdxBody(`<Figure id="${id}" />\n`, join(paper, `${lang}.mdx`), {
        file: `content/papers/fixture-paper/${lang}.mdx`,
        lang,
        paperDir: paper,
      })
    ).html;

  test('an SVG is inlined, sanitized by the HTML policy: no script, handler, style or outside reference', async () => {
    const html = await render('pipeline-diagram', 'en');
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).not.toBe('');
    expect(svg).not.toMatch(
      /<script|alert\(|\son[a-z]+=|<style|font-family: serif|tracker\.example|<use|<image|<foreignObject|href=|<a[\s>]|<div|>html</i,
    );
    // References inside the drawing stay, with ids prefixed so they cannot clash with the page's.
    expect(svg).toContain('id="figure-pipeline-diagram-shade"');
    expect(svg).toContain('fill="url(#figure-pipeline-diagram-shade)"');
    // A fill from another site is dropped; the shape stays.
    expect(svg).toContain('<rect x="0" y="0" width="1" height="1"></rect>');
    expect(svg).toContain('marker-end="url(#figure-pipeline-diagram-arrow)"');
    // The drawing's text stays; its own title gives way to the alt text, its accessible name.
    expect(svg).toContain('>Model B</text>');
    expect(svg).not.toContain("A title the figure's alt text replaces");
    expect(svg).toMatch(
      /<svg[^>]*role="img"[^>]*aria-labelledby="figure-pipeline-diagram-alt"[^>]*>\s*<title id="figure-pipeline-diagram-alt">Three boxes, Model A, Permute and Model B/,
    );
    expect(svg).toMatch(/viewBox="0 0 640 200"/);
    expect(html).toMatch(/<div class="figure-image-card figure-image-svg">/);
  });

  // Each fixture figure in each edition: numbered, credited, its licence linked.
  const LICENCES = {
    'barrier-diagram': ['publicdomain/zero/1\\.0', 'CC0(</span>)? 1\\.0'],
    'pipeline-diagram': ['licenses/by/4\\.0', 'CC BY(</span>)? 4\\.0'],
  };
  const CREDIT = {
    ja: '<figcaption><span class="figure-number">図1[\\s\\S]*出典：本リポジトリの試験用画像（ライセンス：',
    en: '<figcaption><span class="figure-number">Figure 1[\\s\\S]*Credit: a test image of this repository \\(license: ',
  };
  test.each(LANGS.flatMap((lang) => IMAGE_FIGURES.map((id) => ({ id, lang }))))(
    '$id ($lang): the caption gives the number, the credit and links the licence',
    async ({ id, lang }) => {
      const html = await render(id, lang);
      expect(html).toContain(`<figure class="figure figure-image" data-figure="${id}" id="fig-1">`);
      const [url, name] = LICENCES[id];
      expect(html).toMatch(
        new RegExp(
          `${CREDIT[lang]}<a href="https://creativecommons\\.org/${url}/" rel="license[^"]*" hreflang="en"[^>]*>(<span lang="en">)?${name}`,
        ),
      );
    },
  );

  test('a raster figure leaves a card for loadPaperBody to fill with its picture', async () => {
    const html = await render('barrier-diagram', 'ja');
    expect(html).toContain(
      '<div class="figure-image-card" data-figure-image="fixture-paper/barrier-diagram"></div>',
    );
  });
});
