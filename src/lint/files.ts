/**
 * Every file under `content/` is one the content model knows. A misnamed edition (`jp.mdx`,
 * `ja.md`), a misspelt data file (`paper.yml`), a backup (`en.mdx.bak`) or a stray image would
 * otherwise be silently ignored by the loaders, and the paper would lose an edition without a
 * word. The allow-list (also in docs/content-guide.md, "Files"):
 *
 *   data/tags.yaml, data/affiliations.yaml, data/venues.yaml
 *   glossary.yaml, corrections.yaml
 *   papers/<slug>/paper.yaml, ja.mdx, en.mdx          (required: paper.yaml and both editions)
 *   papers/<slug>/figures.yaml                        (optional: the paper's figures)
 *   papers/<slug>/data/<name>.csv | <name>.json       (optional: the figures' data)
 *   papers/<slug>/figures/<name>.svg | .png | .jpg | .webp   (optional: image figures' files)
 *   digest/ja|en/intro.mdx, outlook.mdx, about.mdx
 *
 * Anything whose path has a part starting with `_` is the author's own (drafts, notes) and is
 * not read.
 */
import { CONTENT_FILES, IMAGE_FILE_RE } from '../content/schema';
import type { Problem } from './issues';

const TOP: string[] = Object.values(CONTENT_FILES)
  .map((f) => f.path)
  .filter((p) => !p.includes('<'));
const PAPER_FILES = ['paper.yaml', 'ja.mdx', 'en.mdx', 'figures.yaml'];
const DIGEST_FILES = ['intro.mdx', 'outlook.mdx', 'about.mdx'];
const DATA_FILE = /^data\/[^/]+\.(?:csv|json)$/;

/**
 * How a caller reads a content file for the linter: text formats as UTF-8 (SVG too, so its
 * markup can be checked), raster images as latin1 (one character per byte: the linter sees the
 * file's size and its first bytes), anything else not at all (listed with empty text).
 */
export function contentFileEncoding(path: string): 'utf8' | 'latin1' | undefined {
  if (/\.(?:mdx|ya?ml|csv|json|svg)$/.test(path)) return 'utf8';
  if (/\.(?:png|jpg|webp)$/.test(path)) return 'latin1';
  return undefined;
}

const PAPER_EXPECTED =
  'a paper folder holds paper.yaml, ja.mdx and en.mdx, and optionally figures.yaml, data/<name>.csv or data/<name>.json, and figures/<name>.svg, .png, .jpg or .webp';

/** A path with a part starting with "_": the author's own, not read. */
export const isIgnored = (path: string) => path.split('/').some((part) => part.startsWith('_'));

/** Whether the content model knows the path (relative to the content folder). */
export function isKnownPath(path: string): boolean {
  if (isIgnored(path)) return true;
  if (TOP.includes(path)) return true;
  const paper = /^papers\/[^/]+\/(.+)$/.exec(path)?.[1];
  if (paper !== undefined)
    return PAPER_FILES.includes(paper) || DATA_FILE.test(paper) || IMAGE_FILE_RE.test(paper);
  const digest = /^digest\/(?:ja|en)\/([^/]+)$/.exec(path)?.[1];
  return digest !== undefined && DIGEST_FILES.includes(digest);
}

/** Levenshtein distance, for "did you mean" (names are short). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The known name a misnamed file most likely stands for, or undefined. */
function meant(name: string, known: readonly string[]): string | undefined {
  const stem = name.toLowerCase().replace(/\.[^.]*$/, '');
  const sameStem = known.find((k) => k.replace(/\.[^.]*$/, '') === stem);
  if (sameStem) return sameStem;
  const aliases: Record<string, string> = {
    jp: 'ja.mdx',
    jpn: 'ja.mdx',
    japanese: 'ja.mdx',
    eng: 'en.mdx',
    english: 'en.mdx',
  };
  if (aliases[stem] && known.includes(aliases[stem])) return aliases[stem];
  return known.find((k) => distance(name.toLowerCase(), k) <= 2);
}

/** Why a path is unknown, and what was expected there. */
function explain(path: string): string {
  const name = path.split('/').pop() ?? path;
  if (/(?:\.bak|\.orig|\.swp|\.tmp|~)$|^\.#|^#.*#$/i.test(name))
    return 'this looks like a backup or editor file; remove it, or start its name with "_" to keep it beside the content unread';
  const inPaper = /^papers\/[^/]+\/(.+)$/.exec(path)?.[1];
  if (/\.(?:png|jpe?g|gif|webp|avif|svg|pdf)$/i.test(name))
    return inPaper === undefined
      ? `images and documents are not part of the content model outside a paper's figures/ folder; remove it, or start its name with "_"`
      : `an image of a paper must be papers/<slug>/figures/<name>.svg, .png, .jpg or .webp (lower-case letters, digits and hyphens), used by a figure of kind: image in figures.yaml; other images and documents are not part of the content model: rename or move it, remove it, or start its name with "_"`;
  if (inPaper !== undefined) {
    if (inPaper.startsWith('data/'))
      return `a paper's data/ folder holds only <name>.csv and <name>.json files (${PAPER_EXPECTED})`;
    if (inPaper.startsWith('figures/'))
      return `a paper's figures/ folder holds only image files <name>.svg, .png, .jpg or .webp, each used by a figure of kind: image in figures.yaml (${PAPER_EXPECTED})`;
    const guess = inPaper.includes('/') ? undefined : meant(name, PAPER_FILES);
    return `${guess ? `did you mean "${guess}"? ` : ''}this file is not part of the content model: ${PAPER_EXPECTED}`;
  }
  if (/^papers\/[^/]+$/.test(path))
    return 'files in papers/ belong in a paper folder: papers/<slug>/paper.yaml, ja.mdx, en.mdx';
  const digest = /^digest\/([^/]+)\/([^/]+)$/.exec(path);
  if (digest) {
    if (digest[1] !== 'ja' && digest[1] !== 'en')
      return 'digest/ holds one folder per edition: digest/ja/ and digest/en/';
    const guess = meant(name, DIGEST_FILES);
    return `${guess ? `did you mean "${guess}"? ` : ''}an edition's digest folder holds intro.mdx, outlook.mdx and about.mdx`;
  }
  const guess = meant(path, TOP);
  return `${guess ? `did you mean "${guess}"? ` : ''}the content folder holds data/tags.yaml, data/affiliations.yaml, data/venues.yaml, glossary.yaml, corrections.yaml, papers/<slug>/ and digest/<ja|en>/`;
}

/** A problem for every file the content model does not know (paths relative to the content folder). */
export function checkFileLayout(paths: Iterable<string>, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const path of [...paths].sort()) {
    if (!isKnownPath(path)) problems.push({ file: `${root}/${path}`, message: explain(path) });
  }
  return problems;
}
