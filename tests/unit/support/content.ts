/**
 * Shared helpers for the unit tests: an in-memory copy of the real `content/` folder, small
 * editors for frontmatter and YAML files, and the vocabulary parsed from `content/data/`.
 * (Not a test file: the `unit` project only collects `*.test.ts`.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import {
  affiliationSchema,
  paperFactsSchema,
  tagSchema,
  venueSchema,
  type PaperFacts,
} from '../../../src/content/schema';
import type { Vocabulary } from '../../../src/content/views/papers';

/** The project root (where package.json lives). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The real content folder. */
export const CONTENT_DIR = join(PROJECT_ROOT, 'content');

let cache: ReadonlyMap<string, string> | undefined;

/**
 * Every `.mdx` / `.yaml` file of the real content folder, keyed by its path relative to it
 * ("papers/x/ja.mdx"), as `src/integrations/content-guard.ts` reads it. Returns a fresh Map,
 * so a test may mutate its copy freely.
 */
export function readRealContent(): Map<string, string> {
  if (!cache) {
    const files = new Map<string, string>();
    for (const entry of readdirSync(CONTENT_DIR, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(mdx|ya?ml)$/.test(entry.name)) continue;
      const full = join(entry.parentPath, entry.name);
      files.set(relative(CONTENT_DIR, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
    cache = files;
  }
  return new Map(cache);
}

/** The paper folders (slugs) of the real content, sorted: the build and browser tests' list. */
export { contentSlugs as realSlugs } from '../../support/dist';

/** Reads one file of a content map, failing loudly when it is absent. */
export function get(files: ReadonlyMap<string, string>, path: string): string {
  const text = files.get(path);
  if (text === undefined) throw new Error(`test setup: ${path} is not in the content map`);
  return text;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** Splits an MDX file (LF line endings) into its frontmatter data and body. */
export function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error('test setup: no frontmatter');
  return { data: yaml.load(m[1] ?? '') as Record<string, unknown>, body: text.slice(m[0].length) };
}

/** Papers of the real content, by folder name. */
export const TTA = 'test-time-adaptation-regression';
export const LMC = 'linear-mode-connectivity-weight-matching';
export const PU = 'pu-diffusion-models';
export const WAVELET = 'wavelet-positional-representation';

/** An edit of one file's text. */
export type Edit = (text: string) => string;
/** An edit of a YAML file's data (the file is written anew). */
export const facts =
  (edit: (d: Record<string, unknown>) => void): Edit =>
  (t) => {
    const data = yaml.load(t) as Record<string, unknown>;
    edit(data);
    return yaml.dump(data, { lineWidth: -1 });
  };
/** An edit of an MDX file's frontmatter; the body is kept as it is. */
export const frontmatter =
  (edit: (d: Record<string, unknown>) => void): Edit =>
  (t) => {
    const { data, body } = splitMdx(t);
    edit(data);
    return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${body}`;
  };

/** The real content with each file edited. */
export function withEdits(...edits: [path: string, edit: Edit][]): Map<string, string> {
  const files = readRealContent();
  for (const [path, edit] of edits) mutate(files, path, edit);
  return files;
}

/** Applies `edit` to one file of the map (in place) and returns the map. */
export function mutate(
  files: Map<string, string>,
  path: string,
  edit: (text: string) => string,
): Map<string, string> {
  const before = get(files, path);
  const after = edit(before);
  if (after === before) throw new Error(`test setup: the edit did not change ${path}`);
  files.set(path, after);
  return files;
}

/** The 1-based line on which `needle` first starts in `text`. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`test setup: "${needle}" not found`);
  return text.slice(0, i).split('\n').length;
}

/** Parses a keyed data file of the real content with an entry schema. */
function dataFile<T>(rel: string, parse: (v: unknown) => T): Record<string, T> {
  const raw = yaml.load(get(readRealContent(), rel)) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, parse(v)]));
}

/** Tags, affiliations and venues of the real content, parsed with the schemas. */
export function realVocabulary(): Vocabulary {
  return {
    tags: dataFile('data/tags.yaml', (v) => tagSchema.parse(v)),
    affiliations: dataFile('data/affiliations.yaml', (v) => affiliationSchema.parse(v)),
    venues: dataFile('data/venues.yaml', (v) => venueSchema.parse(v)),
  };
}

/** The shared facts of one real paper, parsed with the schema (defaults applied). */
export function realFacts(slug: string): PaperFacts {
  return paperFactsSchema.parse(yaml.load(get(readRealContent(), `papers/${slug}/paper.yaml`)));
}
