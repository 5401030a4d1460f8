/**
 * Reads the pages Pagefind extracted out of the files its Node API returns (`getFiles()`), and
 * is the one place that checks their format (and that knows which elements Pagefind ends as a
 * sentence: `pagefindHtml`). Pagefind stays the indexer of the built HTML; only
 * its WebAssembly reader is replaced by a smaller one, so this module reads files that are
 * Pagefind's internals, not its API:
 *
 * - `pagefind-entry.json`: `{ version, languages: { <lang>: { page_count, … } } }`;
 * - `fragment/<lang>_<hash>.pf_fragment`, one per page: gzip'd JSON (after an optional
 *   `pagefind_dcd` marker) with the page's address, text, title, anchors and filters.
 *
 * When a Pagefind upgrade changes either, the build fails here with the installed version and
 * what was expected, instead of writing an index with fewer pages, or none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import type { PageRecord } from './build';

/** The Pagefind version whose files this module was written for (and tested against). */
const READS_PAGEFIND = '1.6.0';

const entrySchema = z.object({
  version: z.string(),
  languages: z.record(z.string(), z.object({ page_count: z.number().int().nonnegative() })),
});

const fragmentSchema = z.object({
  url: z.string().startsWith('/'),
  content: z.string(),
  meta: z.object({ title: z.string().optional() }),
  anchors: z.array(
    z.object({
      element: z.string(),
      id: z.string(),
      text: z.string(),
      location: z.number().int().nonnegative(),
    }),
  ),
  filters: z.record(z.string(), z.array(z.string())),
});

/**
 * Pagefind ends a sentence (a space, and a full stop after a word) only at the end of the block
 * elements it lists (`p`, `td`, `li`, `div`, headings…; `SENTENCE_SELECTORS` in its
 * `fossick/parser.rs`) and writes the text of any other element straight on. A table's caption
 * and header cells and a definition list's terms and descriptions ran into the words after them
 * ("Original titleWavelet-based", "AreaImpact on society", 「分野社会への影響」), so those words
 * could not be found and excerpts read as one run. The HTML Pagefind is given (not the HTML that
 * ships) has the content of each such element in a `<div>`, which Pagefind ends like a paragraph.
 */
const UNENDED = 'th|caption|figcaption|summary|dt|dd';
const UNENDED_OPEN = new RegExp(`<(?:${UNENDED})(?:\\s[^>]*)?>`, 'gi');
const UNENDED_CLOSE = new RegExp(`</(?:${UNENDED})\\s*>`, 'gi');

/** A built page as Pagefind should read it: see `UNENDED`. */
export const pagefindHtml = (html: string): string =>
  html.replace(UNENDED_OPEN, '$&<div>').replace(UNENDED_CLOSE, '</div>$&');

const ENTRY = 'pagefind-entry.json';
const FRAGMENT = /^fragment\/([a-z-]+)_[0-9a-f]+\.pf_fragment$/i;

/** The file's path inside Pagefind's output, with forward slashes and no `pagefind/` prefix. */
const innerPath = (path: string) => path.replace(/\\/g, '/').replace(/^pagefind\//, '');

/** The version in the installed `pagefind` package's package.json (it does not export the file). */
export function installedPagefindVersion(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const file = join(dir, 'pagefind', 'package.json');
    if (existsSync(file))
      return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown (no pagefind/package.json found)';
}

/** Pagefind's output is not in the format this site reads. */
export class PagefindFormatError extends Error {
  constructor(version: string, file: string, problem: string, expected: string) {
    super(
      `Pagefind ${version} wrote ${file} in a format the search index does not read: ${problem}. ` +
        `Expected ${expected}, as Pagefind ${READS_PAGEFIND} writes it. ` +
        `Update src/search/build/pagefind-records.ts for this Pagefind version, or install pagefind@${READS_PAGEFIND}.`,
    );
    this.name = 'PagefindFormatError';
  }
}

const EXPECTED_ENTRY = `${ENTRY} as JSON { version, languages: { <lang>: { page_count } } }`;
const EXPECTED_FRAGMENT =
  'gzip\'d JSON (optionally after "pagefind_dcd") { url: "/…", content, meta: { title? }, ' +
  'anchors: [{ element, id, text, location }], filters: { <name>: [values] } }';

/**
 * Pages by language, in address order, from Pagefind's files. Throws a `PagefindFormatError`
 * naming `version` (default: the installed Pagefind's) when the entry file or a fragment is not
 * in the expected shape, or when a language has another number of fragments than the entry's
 * `page_count` (as when fragments are renamed and would be skipped).
 */
export function pagefindRecords(
  files: readonly { path: string; content: Uint8Array }[],
  version: string = installedPagefindVersion(),
): Map<string, PageRecord[]> {
  /**
   * The file `path` as `decode` reads it and `schema` checks it; else a `PagefindFormatError`
   * saying it is not `format`, or listing zod's issues in one line ("meta: expected object, …").
   */
  const parse = <T>(
    schema: z.ZodType<T>,
    decode: () => unknown,
    path: string,
    format: string,
    expected: string,
  ): T => {
    let json: unknown;
    try {
      json = decode();
    } catch (error) {
      throw new PagefindFormatError(version, path, `not ${format} (${String(error)})`, expected);
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) return parsed.data;
    const problem = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new PagefindFormatError(version, path, problem, expected);
  };
  const entryFile = files.find((f) => innerPath(f.path) === ENTRY);
  if (!entryFile)
    throw new PagefindFormatError(version, 'its files', `there is no ${ENTRY}`, EXPECTED_ENTRY);
  const entry = parse(
    entrySchema,
    () => JSON.parse(Buffer.from(entryFile.content).toString('utf8')),
    ENTRY,
    'JSON',
    EXPECTED_ENTRY,
  );
  const out = new Map<string, PageRecord[]>();
  for (const file of files) {
    const path = innerPath(file.path);
    const m = FRAGMENT.exec(path);
    if (!m) continue;
    const lang = (m[1] as string).toLowerCase();
    const list = out.get(lang) ?? [];
    const { meta, ...page } = parse(
      fragmentSchema,
      () => JSON.parse(String(gunzipSync(file.content)).replace(/^pagefind_dcd/, '')),
      path,
      "gzip'd JSON",
      EXPECTED_FRAGMENT,
    );
    list.push({ ...page, title: meta.title ?? page.url });
    out.set(lang, list);
  }
  if (Object.keys(entry.languages).length === 0 && out.size === 0)
    throw new PagefindFormatError(
      version,
      ENTRY,
      'it lists no pages',
      'the built pages (those with data-pagefind-body) in their languages',
    );
  const langs = new Set([...Object.keys(entry.languages), ...out.keys()]);
  for (const lang of langs) {
    const expected = entry.languages[lang]?.page_count ?? 0;
    const found = out.get(lang)?.length ?? 0;
    if (found !== expected)
      throw new PagefindFormatError(
        version,
        ENTRY,
        `it counts ${expected} pages in "${lang}", but ${found} files match fragment/${lang}_<hash>.pf_fragment`,
        'one fragment file per page counted',
      );
  }
  for (const list of out.values())
    list.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return out;
}
