/**
 * The content linter: every rule an author can break, checked before Astro builds anything.
 * Pure: it takes the files' text (path relative to the content folder → text) and returns
 * problems. `src/integrations/content-guard.ts` reads the folder and fails the build.
 */
import type { z } from 'astro/zod';
import { CONTENT_FILES, KEY_RE, type DigestImpactRow, type PaperProse } from '../content/schema';
import { LANGS, type Lang } from '../i18n/langs';
import { langFromPath } from '../content/file-info';
import { dictionaries } from '../i18n';
import { DETAIL_SECTIONS, KEY_POINTS_ID, PAGE_SECTIONS } from '../content/views/sections';
import { checkBody, type BodyReport } from './body';
import { compareTableNumbers } from '../content/figure-tables';
import { lintFigures, type FigureTag } from './figures';
import { isMap, parseWith, readContentFile, reporter, type Problem, type ReadFile } from './issues';
import {
  checkHomeTables,
  checkImpactLabel,
  checkPaperSources,
  checkSeedTerms,
  lintCorrections,
} from './provenance';
import { checkFileLayout, isIgnored } from './files';
import { stringsOf } from './markup';
import { findPlaceholders, withoutPlaceholderNoise } from './placeholders';
import { checkCopiedIds, type PaperFiles } from './copied';

export { formatProblem, type Problem } from './issues';

/** Text files of a content folder, keyed by path relative to it ("papers/x/ja.mdx"). */
export type ContentFiles = Map<string, string>;

/** Removes a byte-order mark and turns CRLF into LF, as editors on Windows may save files. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses a keyed YAML data file (`key: { ... }`) of `CONTENT_FILES` against its entry schema. */
function lintDataFile<S extends z.ZodType>(
  files: ContentFiles,
  root: string,
  { path, schema }: { path: string; schema: S },
  problems: Problem[],
): Record<string, z.infer<S>> {
  const read = readContentFile(files, path, root, problems, {
    missing: '',
    shape: [isMap, 'the file must map each key to its entry'],
  });
  const out: Record<string, z.infer<S>> = {};
  for (const [key, value] of Object.entries(read?.data ?? {})) {
    const parsed = parseWith(schema, `${root}/${path}`, value, problems, `${key}.`);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out;
}

const EDITIONS_NEEDED =
  ': every paper needs both a Japanese (ja.mdx) and an English (en.mdx) edition';
const DIGEST_NEEDED = ': the home page of each edition needs intro.mdx, outlook.mdx and about.mdx';

/** The last body check of each paper edition, with what it depended on. */
const bodyChecks = new Map<string, { key: string; report: ReturnType<typeof checkBody> }>();

/**
 * `checkBody` of a paper edition, or its last result when nothing it depends on has changed: the
 * development server lints the whole content after every edit (src/integrations/content-guard.ts),
 * and parsing every body again (MDX, KaTeX) would take seconds each time. One entry per file.
 */
function checkBodyOnce(
  dependsOn: string[],
  file: string,
  body: string,
  lang: Lang,
  required: readonly string[],
  paperDir: string,
): ReturnType<typeof checkBody> {
  const key = JSON.stringify([body, lang, required, paperDir, dependsOn]);
  const last = bodyChecks.get(file);
  if (last?.key === key) return last.report;
  const report = checkBody(file, body, lang, required, { paperDir });
  bodyChecks.set(file, { key, report });
  return report;
}

/**
 * Checks every content file and the rules between them. Returns [] when all is well.
 * `root` names the content folder in messages; `contentDir` is its absolute path (the paper
 * folder body components see), `root` when not given.
 */
export function lintContent(input: ContentFiles, root = 'content', contentDir = root): Problem[] {
  // Every rule reads text files without a byte-order mark and with LF line ends.
  const files: ContentFiles = new Map(
    [...input].map(([path, text]) => [
      path,
      /\.(?:mdx|ya?ml)$/.test(path) ? normaliseText(text) : text,
    ]),
  );
  // Placeholders of the template first, all of them, in file order; the rules' complaints about
  // the same fields would only repeat them.
  const placeholders = [...files]
    .filter(([path]) => !isIgnored(path))
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, text]) => findPlaceholders(`${root}/${path}`, text));
  const problems = lintRules(files, root, contentDir);
  return [...placeholders, ...withoutPlaceholderNoise(problems, placeholders)];
}

function lintRules(files: ContentFiles, root: string, contentDir: string): Problem[] {
  const problems: Problem[] = checkFileLayout(files.keys(), root);

  const tags = lintDataFile(files, root, CONTENT_FILES.tags, problems);
  const affiliations = lintDataFile(files, root, CONTENT_FILES.affiliations, problems);
  const venues = lintDataFile(files, root, CONTENT_FILES.venues, problems);

  const folders = [...files.keys()].filter((p) => !isIgnored(p)).sort();
  const slugs = [...new Set(folders.flatMap((p) => /^papers\/([^/]+)\//.exec(p)?.[1] ?? []))];
  if (slugs.length === 0) problems.push({ file: `${root}/papers`, message: 'there are no papers' });
  const paperFiles = new Map<string, PaperFiles>();
  const anchors = new Map<string, Set<string>>();
  const links: { file: string; url: string; line?: number | undefined }[] = [];
  /** The paper that first used each arXiv id, OpenReview id, BibTeX key and order ("order=1"). */
  const seen = new Map<string, string>();

  // The text of each page edition ("ja:<slug>", "ja:" for the home page): its frontmatter
  // strings, its body as written and as plain text. Corrections' quotes are looked up here.
  const pageTexts = new Map<string, { text: string; file: string }>();
  // Also collects the page's links, checked once every page's anchors are known.
  const addPage = (key: string, { file, data, body }: ReadFile, report: BodyReport) => {
    links.push(...report.links.map((l) => ({ ...l, file })));
    const before = pageTexts.get(key);
    const text = [...[...stringsOf(data)].map((x) => x.value), body, report.text].join('\n');
    pageTexts.set(key, {
      text: before ? `${before.text}\n${text}` : text,
      file: before ? `${before.file} and ${file}` : file,
    });
  };

  const sameUrl = slugCollisions(slugs);
  for (const slug of slugs) {
    const dir = `papers/${slug}`;
    const twin = sameUrl.get(slug);
    if (twin) {
      problems.push({
        file: `${root}/${dir}`,
        message: `this folder gives the same URL as ${root}/papers/${twin} (/papers/${normaliseSlug(slug)}/): two folders may not differ only in letter case, "_", spaces or dots; rename or remove one`,
      });
      // Its other problems (duplicate ids, no row in the digest) all follow from this one.
      continue;
    } else if (!KEY_RE.test(slug)) {
      problems.push({
        file: `${root}/${dir}`,
        message: `the folder name "${slug}" is the paper's URL slug and must be lower-case words joined by hyphens, such as "${normaliseSlug(slug) || 'my-paper'}"`,
      });
    }
    const factsFile = `${root}/${dir}/paper.yaml`;
    const read = readContentFile(files, `${dir}/paper.yaml`, root, problems, {
      missing: ': every paper folder needs paper.yaml with the shared facts',
    });
    const parsed =
      read && parseWith(CONTENT_FILES.paperFacts.schema, factsFile, read.data, problems);
    if (parsed) {
      const say = reporter(problems, factsFile);
      parsed.tags.forEach((tag, i) => {
        if (!tags[tag])
          say(
            `tags[${i + 1}]`,
            `unknown tag "${tag}"; use a key from ${root}/data/tags.yaml or add it there`,
          );
      });
      parsed.authors.forEach((a, i) => {
        for (const field of ['affiliations', 'unconfirmedAffiliations'] as const)
          for (const key of a[field].filter((k) => !affiliations[k]))
            say(
              `authors[${i + 1}].${field}`,
              `unknown affiliation "${key}"; use a key from ${root}/data/affiliations.yaml or add it there`,
            );
      });
      problems.push(...checkPaperSources(factsFile, parsed));
      if (!venues[parsed.venue])
        say('venue', `unknown venue "${parsed.venue}"; use a key from ${root}/data/venues.yaml`);
      for (const field of ['arxiv', 'openreview', 'bibtexKey', 'order'] as const) {
        const value = parsed[field];
        if (value === undefined) continue;
        const other = seen.get(`${field}=${value}`);
        if (other)
          say(field, `${field} "${value}" is already used by ${root}/papers/${other}/paper.yaml`);
        else seen.set(`${field}=${value}`, slug);
      }
    }

    const proses: Partial<Record<Lang, PaperProse>> = {};
    // Only bodies that parse: an unparsed body has no known formulas or tables to compare.
    const bodies: Partial<Record<Lang, BodyReport>> = {};
    for (const lang of LANGS) {
      const rel = `${dir}/${lang}.mdx`;
      const mdx = readContentFile(files, rel, root, problems, { missing: EDITIONS_NEEDED });
      if (!mdx) continue;
      const prose = parseWith(CONTENT_FILES.papers.schema, mdx.file, mdx.data, problems);
      if (prose) {
        proses[lang] = prose;
        problems.push(...checkImpactLabel(mdx.file, lang, prose.impactLabel));
        const { summary, significance, applications, editorNote = '' } = prose;
        const pageText = [summary, significance, applications, editorNote, mdx.body].join('\n');
        if (parsed) problems.push(...checkSeedTerms(mdx.file, lang, parsed, pageText));
      }
      const required = DETAIL_SECTIONS.map((id) => dictionaries[lang][`paper.${id}`]);
      // The body check reads the paper's figures.yaml (and ja.mdx's tables for charts) from disk.
      const report = checkBodyOnce(
        [files.get(`${dir}/figures.yaml`) ?? '', files.get(`${dir}/ja.mdx`) ?? ''],
        mdx.file,
        mdx.body,
        lang,
        required,
        `${contentDir}/${dir}`,
      );
      problems.push(...report.problems);
      addPage(`${lang}:${slug}`, mdx, report);
      anchors.set(`${lang}:${slug}`, new Set([...PAGE_SECTIONS, KEY_POINTS_ID, ...report.anchors]));
      if (report.parsed) bodies[lang] = report;
    }
    const figureTags: Partial<Record<Lang, FigureTag[]>> = {};
    for (const lang of LANGS) if (bodies[lang]) figureTags[lang] = bodies[lang].figures;
    const cells = (lang: Lang) => bodies[lang]?.tables.map((x) => x.cells);
    const figures = lintFigures(files, root, dir, figureTags, cells('ja'));
    problems.push(...figures.problems);
    if (read && parsed)
      paperFiles.set(slug, { facts: parsed, paperYaml: read, figuresYaml: figures.read });
    // Both editions say the same: the en.mdx problems below compare it with ja.mdx.
    const inEn = reporter(problems, `${root}/${dir}/en.mdx`);
    const { ja, en } = proses;
    if (ja && en && ja.impact.length !== en.impact.length)
      inEn(
        'impact',
        `the societal-impact table has ${en.impact.length} row(s) here and ${ja.impact.length} in ja.mdx; both editions must show the same rows in the same order`,
      );
    const [jaBody, enBody] = [bodies.ja, bodies.en];
    if (!jaBody || !enBody) continue;
    const [jaMath, enMath] = [jaBody.displayMath, enBody.displayMath];
    if (jaMath.join('\n') !== enMath.join('\n')) {
      const onlyJa = jaMath.filter((m) => !enMath.includes(m)).length;
      const onlyEn = enMath.filter((m) => !jaMath.includes(m)).length;
      inEn(
        'display formulas',
        `the display formulas differ from ja.mdx (${jaMath.length} in ja.mdx, ${enMath.length} in en.mdx; ${onlyJa} only in ja, ${onlyEn} only in en); both editions must show the same equations in the same order`,
      );
    }
    // Tables are numbered per page (#table-1 …): the same number must be the same table in both editions.
    const hints = (b: BodyReport) => b.tables.map((x) => (x.best === 'none' ? '-' : x.best));
    if (hints(jaBody).join() !== hints(enBody).join())
      inEn(
        'tables',
        `the tables differ from ja.mdx (${jaBody.tables.length} in ja.mdx, ${enBody.tables.length} in en.mdx; "best" hints in order: ja ${hints(jaBody).join(', ')}; en ${hints(enBody).join(', ')}); both editions must have the same tables in the same order, with the same [best: …] hints`,
      );
    // Table N holds the same numbers in both editions (figures read them from ja.mdx's tables).
    for (const message of compareTableNumbers(cells('ja') ?? [], cells('en') ?? []))
      inEn('tables', message);
  }

  problems.push(...checkCopiedIds(paperFiles));

  const homeRows: Partial<Record<Lang, DigestImpactRow[]>> = {};
  for (const lang of LANGS) {
    for (const name of ['intro', 'outlook', 'about'] as const) {
      const entry = readContentFile(files, `digest/${lang}/${name}.mdx`, root, problems, {
        missing: DIGEST_NEEDED,
      });
      if (!entry) continue;
      const parsed = parseWith(CONTENT_FILES.digest.schema, entry.file, entry.data, problems);
      const say = reporter(problems, entry.file);
      if (parsed && parsed.kind !== name) say('kind', `kind must be "${name}" in ${name}.mdx`);
      // Components are for paper bodies: the digest goes through @astrojs/mdx, which knows none.
      const report = checkBody(entry.file, entry.body, lang, [], { components: {} });
      problems.push(...report.problems);
      addPage(`${lang}:`, entry, report);
      if (report.problems.length === 0 && entry.body.trim() === '')
        say(undefined, 'the body is empty');
      if (parsed?.kind === 'intro') {
        problems.push(...checkImpactLabel(entry.file, lang, parsed.impactLabel));
        const rows = parsed.impact.map((r) => r.paper);
        const missing = slugs.filter((slug) => !rows.includes(slug) && !sameUrl.has(slug));
        // Compared between the editions only when each table is whole on its own (no repeated noise).
        let whole = missing.length === 0;
        rows.forEach((paper, i) => {
          const wrong = !slugs.includes(paper)
            ? `"${paper}" is not a paper; use a folder name from ${root}/papers/`
            : rows.indexOf(paper) !== i && `"${paper}" has more than one row`;
          if (wrong) say(`impact[${i + 1}].paper`, wrong);
          whole &&= !wrong;
        });
        for (const slug of missing) say('impact', `the table has no row for the paper "${slug}"`);
        if (whole) homeRows[lang] = parsed.impact;
      }
    }
  }

  problems.push(
    ...checkHomeTables(
      { ja: `${root}/digest/ja/intro.mdx`, en: `${root}/digest/en/intro.mdx` },
      homeRows,
    ),
  );
  problems.push(...lintGlossary(files, root, slugs));
  problems.push(
    ...lintCorrections(files, root, slugs, (paper, lang) =>
      pageTexts.get(`${lang}:${paper ?? ''}`),
    ),
  );

  for (const { file, url, line } of links) {
    const problem = checkInternalLink(url, file, slugs, anchors);
    if (problem) problems.push({ file, line, where: `link "${url}"`, message: problem });
  }
  return problems;
}

/**
 * The slug a folder name stands for on a case-insensitive file system or after an author's
 * slip: lower case, runs of anything but letters and digits become one hyphen.
 */
export function normaliseSlug(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Folders whose names lead to the same URL (e.g. "PU-Models" and "pu-models", or "pu_models"):
 * maps each folder after the first to the one it collides with, preferring a well-formed name.
 */
export function slugCollisions(slugs: readonly string[]): Map<string, string> {
  const wellFormed = (s: string) => s === normaliseSlug(s);
  const ordered = [...slugs].sort(
    (a, b) => Number(wellFormed(b)) - Number(wellFormed(a)) || a.localeCompare(b),
  );
  const first = new Map<string, string>();
  const out = new Map<string, string>();
  for (const slug of ordered) {
    const key = normaliseSlug(slug);
    const other = first.get(key);
    if (other === undefined) first.set(key, slug);
    else out.set(slug, other);
  }
  return out;
}

/** Checks a root-relative link to a page or section of this site; external links pass. */
export function checkInternalLink(
  url: string,
  file: string,
  slugs: readonly string[],
  anchors: Map<string, Set<string>>,
): string | null {
  if (/^[a-z]+:/i.test(url))
    return url.startsWith('http://') ? 'use https:// for external links' : null;
  const lang = langFromPath(file);
  const [path = '', hash] = url.split('#');
  const slug =
    path === ''
      ? /papers\/([^/]+)\//.exec(file)?.[1]
      : /^(?:\/en)?\/papers\/([^/]+)\/?$/.exec(path)?.[1];
  const known = ['/', '/en/', '/search/', '/en/search/'];
  if (path !== '' && !slug)
    return known.includes(path) ? null : 'this internal link does not lead to a page of the site';
  if (slug && !slugs.includes(slug)) return `there is no paper "${slug}"`;
  const targetLang: Lang = path.startsWith('/en/') ? 'en' : path === '' ? lang : 'ja';
  let id: string | undefined;
  try {
    id = hash === undefined ? undefined : decodeURIComponent(hash);
  } catch {
    return `the section "#${hash}" is not a valid URL fragment (check its % escapes)`;
  }
  if (id && slug && !anchors.get(`${targetLang}:${slug}`)?.has(id))
    return `the section "#${hash}" does not exist on that page`;
  return null;
}

/**
 * `glossary.yaml` (optional): each entry matches the schema (a reading only and always for a
 * term written in Japanese), its key is a kebab-case anchor id, it names existing papers, and no
 * term, abbreviation or alias belongs to two entries (search would not know which entry a query
 * means).
 */
export function lintGlossary(
  files: ContentFiles,
  root: string,
  slugs: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  if (!files.has(CONTENT_FILES.glossary.path)) return problems;
  const entries = lintDataFile(files, root, CONTENT_FILES.glossary, problems);
  const say = reporter(problems, `${root}/${CONTENT_FILES.glossary.path}`);
  const owner = new Map<string, string>();
  for (const [id, entry] of Object.entries(entries)) {
    if (!KEY_RE.test(id))
      say(
        id,
        `the key "${id}" is the entry's anchor id and must be a kebab-case key such as "weight-matching"`,
      );
    entry.papers.forEach((paper, i) => {
      if (!slugs.includes(paper))
        say(
          `${id}.papers[${i + 1}]`,
          `"${paper}" is not a paper; use a folder name from ${root}/papers/`,
        );
    });
    const names = [entry.term, entry.en, ...entry.abbreviations, ...entry.aliases];
    for (const name of new Set(names.map((n) => n.normalize('NFKC').toLowerCase()))) {
      const other = owner.get(name);
      if (other)
        say(
          id,
          `"${name}" is already used by the entry "${other}"; a term, abbreviation or alias may belong to one entry only`,
        );
      else owner.set(name, id);
    }
  }
  return problems;
}
