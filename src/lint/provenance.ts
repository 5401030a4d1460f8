/**
 * Rules that keep every statement traceable to its source and the two editions saying the same
 * things: each paper page has a Sources list and a last-checked date, every societal-impact
 * table carries the label saying it is the digest's own assessment, the seed report's key terms
 * appear on their paper's page, the editions' home tables have the same rows, and
 * the corrections log names real papers. Pure: `lintContent` (./index.ts) calls these.
 */
import {
  CONTENT_FILES,
  type DigestImpactRow,
  type PaperFacts,
  type SourceKind,
} from '../content/schema';
import type { Lang } from '../i18n/langs';
import { parseWith, readContentFile, reporter, type Problem } from './issues';

/** Words an impact-table label must contain: it says the assessment is the digest's own. */
const IMPACT_LABEL_MARK: Record<Lang, RegExp> = {
  ja: /本ダイジェスト/,
  en: /\bdigest\b/i,
};

/**
 * A paper's last-checked date and its Sources list: the arXiv abstract, NTT's announcement, and,
 * when paper.yaml gives them, the OpenReview forum and the official code, each with its address.
 */
export function checkPaperSources(file: string, facts: PaperFacts): Problem[] {
  const required: [SourceKind, string | undefined, string][] = [
    ['arxiv', `https://arxiv.org/abs/${facts.arxiv}`, 'the arXiv abstract'],
    ['ntt', undefined, "NTT's announcement"],
  ];
  if (facts.openreview)
    required.push([
      'openreview',
      `https://openreview.net/forum?id=${facts.openreview}`,
      'the OpenReview forum',
    ]);
  if (facts.code) required.push(['code', facts.code, 'the official code']);
  return required
    .filter(([kind, url]) => !facts.sources.some((s) => s.kind === kind && (!url || s.url === url)))
    .map(([kind, url, what]) => ({
      file,
      where: 'sources',
      message: `the Sources list lacks ${what} (kind: ${kind}${url ? `, url: ${url}` : ''})`,
    }));
}

/** The label on a societal-impact table: present, and saying the assessment is the digest's own. */
export function checkImpactLabel(file: string, lang: Lang, label: string): Problem[] {
  if (IMPACT_LABEL_MARK[lang].test(label)) return [];
  const word = lang === 'ja' ? '"本ダイジェスト"' : '"digest"';
  return [
    {
      file,
      where: 'impactLabel',
      message: `the label must say that the table is the digest's own assessment (it should contain ${word})`,
    },
  ];
}

/**
 * Text folded for term matching: NFKC, lower case, no white space (so "生成AI" matches the
 * site's "生成 AI" and a term may wrap across lines).
 */
function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The seed report's key terms that do not appear in a page's text (matched after `foldText`). */
export function missingTerms(terms: readonly string[], pageText: string): string[] {
  const haystack = foldText(pageText);
  return terms.filter((term) => !haystack.includes(foldText(term)));
}

/** Every seed key term of one edition must appear somewhere on that edition's page. */
export function checkSeedTerms(
  file: string,
  lang: Lang,
  facts: PaperFacts,
  pageText: string,
): Problem[] {
  return missingTerms(facts.seedTerms[lang], pageText).map((term) => ({
    file,
    where: 'seedTerms',
    message: `the seed report's key term "${term}" (paper.yaml seedTerms.${lang}) does not appear on this page; use it in the summary, significance, applications, editor's note or body`,
  }));
}

/**
 * The home pages' cross-paper impact tables: the same papers in the same order in both editions
 * (every column of every row is required by the schema). `rows` maps each edition to its table.
 */
export function checkHomeTables(
  files: Record<Lang, string>,
  rows: Partial<Record<Lang, readonly DigestImpactRow[]>>,
): Problem[] {
  const { ja, en } = rows;
  const order = (r: readonly DigestImpactRow[]) => r.map((x) => x.paper).join(', ');
  if (!ja || !en || order(ja) === order(en)) return [];
  return [
    {
      file: files.en,
      where: 'impact',
      message: `the table's rows differ from ${files.ja}: both editions need one row per paper in the same order (ja: ${order(ja)}; en: ${order(en)})`,
    },
  ];
}

/** Text folded for matching a quote: NFKC (full and half width alike), no white space. */
const foldQuote = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * `corrections.yaml` (optional): a list of corrections, each matching the schema, with a unique
 * id and, when it names a paper, an existing one. Every `after` quote of a correction is on its
 * page as it reads now: `pageText(paper, lang)` is the text of that edition of the page (a
 * paper's frontmatter prose and body, or the home page's for `paper` undefined), with `file`
 * naming it; undefined when the page is unknown (reported elsewhere). Matched ignoring width and
 * white space.
 */
export function lintCorrections(
  files: ReadonlyMap<string, string>,
  root: string,
  slugs: readonly string[],
  pageText: (paper: string | undefined, lang: Lang) => { text: string; file: string } | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const { file, data } =
    readContentFile(files, CONTENT_FILES.corrections.path, root, problems, {
      shape: [
        (d): d is unknown[] | null | undefined => d == null || Array.isArray(d),
        'the file must be a list of corrections, one "- id: …" entry each',
      ],
    }) ?? {};
  if (file === undefined || !Array.isArray(data)) return problems;
  const corrections = data.flatMap((entry: unknown, i) => {
    const c = parseWith(CONTENT_FILES.corrections.schema, file, entry, problems, `[${i + 1}].`);
    return c ? [c] : [];
  });
  if (corrections.length < data.length) return problems;
  const say = reporter(problems, file);
  const seen = new Set<string>();
  corrections.forEach((c, i) => {
    if (seen.has(c.id))
      say(`[${i + 1}].id`, `the id "${c.id}" is used by an earlier correction; each needs its own`);
    seen.add(c.id);
    if (c.paper && !slugs.includes(c.paper))
      say(
        `[${i + 1}].paper`,
        `"${c.paper}" is not a paper; use a folder name from ${root}/papers/ or leave paper out for the home page`,
      );
  });
  corrections.forEach((c, i) => {
    c.quotes?.forEach((q, j) => {
      for (const lang of ['ja', 'en'] as const) {
        const quote = q.after?.[lang];
        if (quote === undefined) continue;
        const page = pageText(c.paper, lang);
        if (!page || foldQuote(page.text).includes(foldQuote(quote))) continue;
        say(
          `[${i + 1}].quotes[${j + 1}].after.${lang}`,
          `the quoted words "${quote}" are not on the page (${page.file}); quote the words exactly as the page reads them now (width and white space are ignored)`,
        );
      }
    });
  });
  return problems;
}
