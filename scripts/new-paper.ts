/**
 * Starts a paper from a template:
 *
 *   npm run new-paper -- <slug>
 *
 * writes `content/papers/<slug>/` with `paper.yaml`, `ja.mdx` and `en.mdx` holding every required
 * field and the four body sections, and adds the paper's row to the home page's impact table in
 * `content/digest/{ja,en}/intro.mdx` (its comparison-table row is the `comparison` field of each
 * edition). Every value is a visible `TODO` placeholder; the content linter fails the build,
 * listing each one with file, line and field, until all are replaced (src/lint/placeholders.ts).
 * An invalid slug, or one that is taken, is refused with a message and nothing is written.
 * `CONTENT_DIR` points it at another content folder (tests).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { KEY_RE } from '../src/content/schema.ts';
import { siteConfig } from '../src/site/config.ts';

/** The slug a folder name stands for after case folding and slips ("PU_Models" → "pu-models"). */
const folded = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Why `slug` cannot be a new paper next to the `existing` folders, or null when it can. */
export function slugProblem(slug: string | undefined, existing: readonly string[]): string | null {
  if (slug === undefined || slug === '')
    return 'give the new paper\'s slug: npm run new-paper -- <slug>, such as "sparse-attention-survey"';
  if (!KEY_RE.test(slug)) {
    const hint = folded(slug) || 'my-paper';
    return `"${slug}" cannot be a slug: it is the paper's URL and must be lower-case letters and digits in words joined by single hyphens, such as "${hint}"`;
  }
  const twin = existing.find((name) => folded(name) === slug);
  if (twin !== undefined)
    return twin === slug
      ? `content/papers/${slug}/ already exists: choose another slug, or edit that paper`
      : `"${slug}" would have the same URL as the existing folder content/papers/${twin}/: choose another slug`;
  return null;
}

const todo = (what: string) => JSON.stringify(`TODO: ${what}`);

/** `paper.yaml` of a new paper: every field the linter requires, each value a TODO. */
export function paperYaml(): string {
  return `# Shared facts (both editions). Replace every TODO; docs/content-guide.md describes each field.
# Optional fields: openreview (forum id, only when a source confirms it), code (https URL of the
# official code), presentationSource, an author's nameJa and unconfirmedAffiliations.
order: TODO # the position on the home page, a whole number
originalTitle: ${todo('the English title exactly as published')}
shortName: ${todo('a short name of the method, for tables')}
authors:
  - name: ${todo('the first author, as in the paper')}
    affiliations: [TODO] # keys from content/data/affiliations.yaml
venue: TODO # a key from content/data/venues.yaml, such as iclr-2025
presentation: TODO # poster, spotlight, oral or unconfirmed
year: TODO # the year of publication, such as 2025
arxiv: ${todo('the arXiv identifier without version, such as 2501.01234, in quotes')}
tags: [TODO] # keys from content/data/tags.yaml
lastChecked: ${todo('the day the facts were checked, as YYYY-MM-DD in quotes')}
sources:
  - kind: arxiv
    title: { ja: ${todo('arXiv:識別子（日付）')}, en: ${todo('arXiv:ID (date)')} }
    url: ${todo('https://arxiv.org/abs/ followed by the ID')}
    note: { ja: ${todo('この出典に拠る内容')}, en: ${todo('what the page rests on it for')} }
  - kind: ntt
    title: { ja: ${todo('NTT の発表の題名と日付')}, en: ${todo('the title and date of the announcement by NTT')} }
    url: ${todo('the https address of the announcement by NTT')}
seedTerms:
  ja: [TODO] # the seed report's key terms for this paper, each used on the Japanese page
  en: [TODO] # the same for the English page
bibtexKey: ${todo('the BibTeX key, such as sato2025sparse')}
`;
}

const SECTIONS = {
  ja: ['課題', '手法', '結果', '限界'],
  en: ['Problem', 'Method', 'Results', 'Limitations'],
} as const;

/** One edition (`ja.mdx` or `en.mdx`) of a new paper: every frontmatter field and the four sections. */
export function editionMdx(lang: 'ja' | 'en'): string {
  const ja = lang === 'ja';
  const w = (jaText: string, enText: string) => todo(ja ? jaText : enText);
  const body = SECTIONS[lang]
    .map(
      (heading) =>
        `## ${heading}\n\nTODO: ${ja ? `${heading}の節を書く。` : `write the ${heading} section.`}\n`,
    )
    .join('\n');
  return `---
title: ${w('日本語の題名', 'the title in English, usually as published')}
description: ${w('カードと検索結果に出る一文', 'one sentence for cards, search results and link previews')}
keyPoints:
  - ${w('課題を一文で', 'the problem, in one sentence')}
  - ${w('手法の考え方を一文で', 'the idea, in one sentence')}
  - ${w('根拠（結果）を一文で', 'the evidence, in one sentence')}
summary: ${w('概要（一、二段落）', 'the summary, in a paragraph or two')}
significance: ${w('技術的意義', 'the technical significance')}
applications: ${w('応用可能性', 'the applications')}
impactLabel: ${w('本ダイジェスト独自の評価であることを述べる一行', 'the line saying the table is the assessment of this digest')}
impact:
  - area: ${w('分野', 'the area')}
    impact: ${w('影響', 'the impact')}
    stakeholders: ${w('関係者', 'the stakeholders')}
    risk: ${w('リスク', 'the risk')}
comparison:
  task: ${w('課題（比較表の行）', 'the task (comparison table row)')}
  problem: ${w('問題', 'the problem')}
  keyIdea: ${w('鍵となる考え方', 'the key idea')}
  data: ${w('データ', 'the data')}
  result: ${w('結果', 'the result')}
---

${body}`;
}

/** The new paper's row of the home page's impact table, as YAML list lines. */
function impactRow(slug: string, lang: 'ja' | 'en'): string {
  const ja = lang === 'ja';
  const w = (jaText: string, enText: string) => todo(ja ? jaText : enText);
  return [
    `  - paper: ${slug}`,
    `    theme: ${w('論文の主題を数語で', 'the theme of the paper in a few words')}`,
    `    area: ${w('分野', 'the area')}`,
    `    impact: ${w('影響', 'the impact')}`,
    `    stakeholders: ${w('関係者', 'the stakeholders')}`,
    `    risk: ${w('リスク', 'the risk')}`,
  ].join('\n');
}

/**
 * `intro` (the text of `digest/<lang>/intro.mdx`) with the paper's row appended to the `impact:`
 * list of its frontmatter, keeping every other line as written. Throws when there is no such list.
 */
export function addImpactRow(intro: string, slug: string, lang: 'ja' | 'en'): string {
  const eol = intro.includes('\r\n') ? '\r\n' : '\n';
  const lines = intro.split(/\r?\n/);
  const close = lines.indexOf('---', 1);
  const start = lines.findIndex((l, i) => i > 0 && i < close && /^impact:\s*$/.test(l));
  if (lines[0] !== '---' || close < 0 || start < 0)
    throw new Error('its frontmatter has no "impact:" list to add the row to');
  let end = start + 1;
  while (end < close && /^(\s|-|$)/.test(lines[end] ?? '')) end++;
  while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end--;
  lines.splice(end, 0, ...impactRow(slug, lang).split('\n'));
  return lines.join(eol);
}

/** Every file the new paper writes or changes, path relative to the content folder → text. */
export function newPaperFiles(
  slug: string,
  intros: { ja: string; en: string },
): Map<string, string> {
  return new Map([
    [`papers/${slug}/paper.yaml`, paperYaml()],
    [`papers/${slug}/ja.mdx`, editionMdx('ja')],
    [`papers/${slug}/en.mdx`, editionMdx('en')],
    ['digest/ja/intro.mdx', addImpactRow(intros.ja, slug, 'ja')],
    ['digest/en/intro.mdx', addImpactRow(intros.en, slug, 'en')],
  ]);
}

/** Creates the paper in `contentDir`; returns the paths written, or throws with the reason (nothing written). */
export function newPaper(contentDir: string, slug: string | undefined): string[] {
  const papers = join(contentDir, 'papers');
  const existing = existsSync(papers) ? readdirSync(papers) : [];
  const problem = slugProblem(slug, existing);
  if (problem !== null || slug === undefined) throw new Error(problem ?? 'no slug');
  const read = (lang: 'ja' | 'en') => {
    const file = join(contentDir, 'digest', lang, 'intro.mdx');
    if (!existsSync(file)) throw new Error(`${file} is missing: the home page needs it`);
    return readFileSync(file, 'utf8');
  };
  // Everything is computed before the first write, so a failure leaves the folder as it was.
  let files: Map<string, string>;
  try {
    files = newPaperFiles(slug, { ja: read('ja'), en: read('en') });
  } catch (error) {
    throw new Error(`cannot add the home-table row: ${(error as Error).message}`, {
      cause: error,
    });
  }
  mkdirSync(join(papers, slug));
  for (const [rel, text] of files) writeFileSync(join(contentDir, rel), text);
  return [...files.keys()];
}

if (import.meta.main) {
  const contentDir = resolve(import.meta.dirname, '..', siteConfig.contentDir);
  const slug = process.argv[2];
  try {
    const written = newPaper(contentDir, slug);
    const shown = (rel: string) => {
      const path = relative(process.cwd(), join(contentDir, rel));
      return path.startsWith('..') ? join(contentDir, rel) : path;
    };
    console.log(`Created the paper "${slug}":\n${written.map((f) => `  ${shown(f)}`).join('\n')}`);
    console.log(
      'Replace every TODO (the build lists those left, with file and line), then run `npm run dev` to see the page; docs/content-guide.md describes each field.',
    );
  } catch (error) {
    console.error(`new-paper: ${(error as Error).message}. Nothing was written.`);
    process.exitCode = 1;
  }
}
