/**
 * The template's placeholders (src/lint/placeholders.ts) and the copied-folder check
 * (src/lint/copied.ts): a paper started with `npm run new-paper` fails with every `TODO` listed
 * (file, line, field) and nothing else, lints clean once they are replaced, and a paper that
 * carries another paper's arXiv id, OpenReview id, BibTeX key or code URL in its sources, seed
 * terms or figures is refused, naming the file and the field.
 */
import { describe, expect, test, vi } from 'vitest';
import { newPaperFiles } from '../../scripts/new-paper';
import { findPlaceholders, withoutPlaceholderNoise } from '../../src/lint/placeholders';
import { PU, TTA, get, lineOf, mutate, readRealContent } from './support/content';
import { problem } from './support/builders';

vi.mock('../../src/lint/body', async (importOriginal) =>
  (await import('./support/memoised-body')).memoisedBody(importOriginal),
);
vi.resetModules();
const { formatProblem, lintContent } = await import('../../src/lint');

const ROOT = 'content';
const NEW = 'sparse-attention';

/** The real content with a paper started from the template, and the paths the template wrote. */
function withNewPaper(): { files: Map<string, string>; written: string[] } {
  const files = readRealContent();
  const intros = { ja: get(files, 'digest/ja/intro.mdx'), en: get(files, 'digest/en/intro.mdx') };
  const made = newPaperFiles(NEW, intros);
  for (const [path, text] of made) files.set(path, text);
  return { files, written: [...made.keys()] };
}

/** The TODO words in values and bodies (comments left out), as an author would count them. */
const todoCount = (text: string) =>
  text
    .split('\n')
    .reduce((n, l) => n + (l.replace(/(^|\s)#.*$/, '').match(/\bTODO\b/g) ?? []).length, 0);

/** What an author writes in place of each placeholder of the template. */
const FILLED: Record<string, string> = {
  order: '5',
  affiliations: '[ntt]',
  venue: 'iclr-2025',
  presentation: 'poster',
  year: '2025',
  arxiv: '"2501.01234"',
  tags: '[long-context]',
  lastChecked: '"2026-12-01"',
  bibtexKey: 'sato2025sparse',
  ja: '[疎な注意]',
  en: '[sparse attention]',
};
function fill(path: string, text: string): string {
  const ja = path.includes('/ja/') || path.endsWith('ja.mdx');
  const sentence = ja
    ? '本ダイジェストが書いた、疎な注意についての文である。'
    : 'A sentence of this digest about sparse attention.';
  let urls = ['https://arxiv.org/abs/2501.01234', 'https://group.ntt/jp/topics/2025/sparse.html'];
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s*(?:- )?)(\w+): (.*\bTODO\b.*?)(\s+#.*)?$/.exec(line);
      if (m && m[2] === 'url') {
        const [url = '', ...rest] = urls;
        urls = rest;
        return `${m[1] ?? ''}url: ${url}`;
      }
      if (m?.[2] && m[2] in FILLED) return `${m[1] ?? ''}${m[2]}: ${FILLED[m[2]] ?? ''}`;
      return line
        .replace(/"TODO: [^"]*"/g, JSON.stringify(sentence))
        .replace(/^TODO: .*$/, sentence);
    })
    .join('\n');
}

describe('a paper started from the template', () => {
  const { files, written } = withNewPaper();
  const problems = lintContent(files, ROOT);

  test('lists every TODO, with file, line and field, and nothing else', () => {
    const expected = written.reduce((n, path) => n + todoCount(get(files, path)), 0);
    expect(expected).toBeGreaterThan(60);
    expect(problems.map(formatProblem)).toHaveLength(expected);
    for (const p of problems) {
      expect(p.message, formatProblem(p)).toMatch(/is a placeholder from the template/);
      expect(p.line, formatProblem(p)).toBeGreaterThan(0);
      expect(p.where, formatProblem(p)).toBeTruthy();
      // The line named holds a TODO.
      const text = get(files, p.file.slice(ROOT.length + 1));
      expect(text.split('\n')[(p.line ?? 0) - 1], formatProblem(p)).toMatch(/\bTODO\b/);
    }
  });

  test('names the field of each placeholder', () => {
    const yamlText = get(files, `papers/${NEW}/paper.yaml`);
    const en = get(files, `papers/${NEW}/en.mdx`);
    const intro = get(files, 'digest/ja/intro.mdx');
    const at = (file: string, where: string, line: number) => problem(file, where, undefined, line);
    expect(problems).toEqual(
      expect.arrayContaining([
        at(`papers/${NEW}/paper.yaml`, 'year', lineOf(yamlText, 'year: TODO')),
        at(`papers/${NEW}/paper.yaml`, 'tags[1]', lineOf(yamlText, 'tags: [TODO]')),
        at(
          `papers/${NEW}/paper.yaml`,
          'sources[2].title.en',
          lineOf(yamlText, '  - kind: ntt') + 1,
        ),
        at(`papers/${NEW}/en.mdx`, 'keyPoints[2]', lineOf(en, 'TODO: the idea')),
        at(`papers/${NEW}/en.mdx`, 'section ## Method', lineOf(en, 'TODO: write the Method')),
        at('digest/ja/intro.mdx', 'impact[5].risk', lineOf(intro, 'risk: "TODO')),
      ]),
    );
  });

  test('lints clean once every placeholder is replaced; one left in a field is reported alone', () => {
    const filled = new Map(files);
    for (const path of written) mutate(filled, path, (text) => fill(path, text));
    expect(lintContent(filled, ROOT).map(formatProblem)).toEqual([]);
    mutate(filled, `papers/${NEW}/ja.mdx`, (t) =>
      t.replace(/^(significance: ).*$/m, '$1"TODO: 後で書く"'),
    );
    expect(lintContent(filled, ROOT).map(formatProblem)).toEqual([
      `content/papers/${NEW}/ja.mdx:9: significance: "TODO: 後で書く" is a placeholder from the template: replace it with this field's value`,
    ]);
  });
});

describe('findPlaceholders', () => {
  test('a TODO in a comment is not a placeholder; two on one line are two', () => {
    const text = '# TODO: later\nname: x # TODO fix\ntitle: { ja: TODO, en: "TODO: en" }\n';
    expect(findPlaceholders('f.yaml', text)).toEqual([
      expect.objectContaining({ line: 3, where: 'title.ja' }),
      expect.objectContaining({ line: 3, where: 'title.en' }),
    ]);
  });
  test('"todo" in lower case or inside a word is text', () => {
    expect(findPlaceholders('f.yaml', 'a: a todo list\nb: TODOS and MASTODON\n')).toEqual([]);
    expect(findPlaceholders('f.mdx', '---\na: b\n---\n\n## X\n\nA todo.\n')).toEqual([]);
  });
  test('a body placeholder names its section', () => {
    expect(
      findPlaceholders('f.mdx', '---\na: b\n---\n\nTODO first\n\n## 手法\n\nText TODO.\n'),
    ).toEqual([
      expect.objectContaining({ line: 5, where: 'body' }),
      expect.objectContaining({ line: 9, where: 'section ## 手法' }),
    ]);
  });
});

describe('withoutPlaceholderNoise', () => {
  const todo = {
    file: 'a.yaml',
    where: 'authors[1].affiliations[1]',
    line: 4,
    message: 'placeholder',
  };
  // A body section with a placeholder keeps its own problems.
  const section = { file: 'a.mdx', where: 'section ## 手法', line: 9, message: 'placeholder' };
  test('drops what the placeholder explains, keeps the rest', () => {
    const problems = [
      { file: 'a.yaml', where: 'authors[1].affiliations', message: 'unknown affiliation "TODO"' },
      { file: 'a.yaml', line: 4, message: 'kept: on the same line, no field' },
      { file: 'a.yaml', where: 'authors[1].name', message: 'kept: another field' },
      { file: 'a.yaml', where: 'authors', message: 'dropped: the list holding it' },
      { file: 'b.yaml', where: 'authors[1].affiliations', message: 'kept: another file' },
      { file: 'a.mdx', where: 'section ## 手法', message: 'kept: a formula error' },
    ];
    expect(withoutPlaceholderNoise(problems, [todo, section]).map((p) => p.message)).toEqual([
      'kept: on the same line, no field',
      'kept: another field',
      'kept: another file',
      'kept: a formula error',
    ]);
  });
  test('a broken field next to placeholders is still reported', () => {
    const { files } = withNewPaper();
    mutate(files, `papers/${NEW}/paper.yaml`, (t) =>
      t.replace(/^shortName: .*$/m, 'shortName: [1, 2]'),
    );
    expect(lintContent(files, ROOT)).toContainEqual(
      problem(`papers/${NEW}/paper.yaml`, 'shortName'),
    );
  });
});

describe('another paper identifiers (copied folder)', () => {
  const pu = `papers/${PU}/paper.yaml`;
  const tta = `papers/${TTA}/paper.yaml`;
  // An arXiv id in a source: the corpus case copied-folder.
  test.each<[string, string, RegExp, string, string | RegExp, RegExp, string]>([
    [
      'an OpenReview id in a source note',
      tta,
      /^( {4}note: \{ ja: )/m,
      '$1see jKcZ4hF4s5 and ',
      /^sources\[\d+\]\.note\.ja$/,
      /"jKcZ4hF4s5" is the OpenReview id of the paper "pu-diffusion-models"/,
      'jKcZ4hF4s5',
    ],
    [
      'a BibTeX key in the seed terms',
      tta,
      /^( {2}en: \[)/m,
      '$1takahashi2025pudm, ',
      'seedTerms.en[1]',
      /BibTeX key of the paper "pu-diffusion-models"/,
      'takahashi2025pudm',
    ],
    [
      // The search starts at the field's line, so the comment above it is not the place named.
      'a BibTeX key in the seed terms, which a comment above the field also has',
      tta,
      /^([^]*?)( {2}en: \[)/,
      '# takahashi2025pudm\n$1$2takahashi2025pudm, ',
      'seedTerms.en[1]',
      /BibTeX key of the paper "pu-diffusion-models"/,
      'takahashi2025pudm, ',
    ],
    [
      'a code URL in figures.yaml',
      `papers/${PU}/figures.yaml`,
      /^( {4}en: The unlabeled distribution)/m,
      '    en: Adapted from https://github.com/kzkadc/regression-tta. The unlabeled distribution',
      'mixture.caption.en',
      /"https:\/\/github\.com\/kzkadc\/regression-tta" is the code URL of the paper "test-time-adaptation-regression"/,
      'kzkadc',
    ],
  ])('%s', (_, file, from, to, where, message, needle) => {
    const files = mutate(readRealContent(), file, (t) => t.replace(from, to));
    expect(lintContent(files, ROOT)).toContainEqual(
      problem(file, where, message, lineOf(get(files, file), needle)),
    );
  });

  test('an identifier that only looks like another one is not', () => {
    const files = mutate(readRealContent(), pu, (t) =>
      t.replace(
        /^( {4}note: \{ ja: )/m,
        '$1arXiv:12402.040519 と oka2025wavelets と github.com/kzkadc/regression-ttax と xSXtl7NRyE5 ',
      ),
    );
    expect(
      lintContent(files, ROOT).filter((p) => /was this folder copied/.test(p.message)),
    ).toEqual([]);
  });
});
