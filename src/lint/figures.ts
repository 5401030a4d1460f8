/**
 * Figure rules of a paper: `figures.yaml` matches the schema; every `<Figure id="…" />` and
 * `<FigureRef id="…" />` of a body names a figure defined there; every defined figure is placed
 * in both editions, once, in the same order (so `#fig-N` is the same anchor in both); a
 * reference names a figure placed on the same page; a results chart's table, rows and columns
 * exist in ja.mdx and hold numbers (content/figure-tables.ts); an image figure's file is there,
 * is what its extension says and weighs at most 2 MB, and every file of `figures/` is used by a
 * figure (alt, credit and licence are required by the schema).
 */
import { figureSchema, IMAGE_MAX_BYTES, KEY_RE, type ImageFigure } from '../content/schema';
import { LANGS, type Lang } from '../i18n/langs';
import { texError } from '../markdown/math';
import { splitMath } from '../figures/math';
import type { BodyTable } from '../content/results-tables';
import { figureFromTables } from '../content/figure-tables';
import { isMap, parseWith, readContentFile, reporter, type Problem, type ReadFile } from './issues';
import { stringsOf } from './markup';

/**
 * Formulas in a figure's text (`$p_U$`, as in the bodies): the dollar signs pair up and each
 * formula renders with KaTeX (captions, legends and descriptions are set by KaTeX).
 */
export function figureMathProblems(file: string, name: string, value: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const { where: path, value: text } of stringsOf(value)) {
    const where = `${name}.${path}`;
    const dollars = text.match(/(?<!\\)\$/g)?.length ?? 0;
    if (dollars % 2 === 1) {
      problems.push({
        file,
        where,
        message:
          'a formula is not closed: write math between two dollar signs, such as $p_U$ (a literal dollar sign is \\$)',
      });
      continue;
    }
    for (const { value: tex } of splitMath(text).filter((part) => part.math)) {
      const error = texError(tex, false);
      if (error)
        problems.push({ file, where, message: `the formula $${tex}$ does not render: ${error}` });
    }
  }
  return problems;
}

/** The size in bytes of a file as the caller read it (contentFileEncoding in ./files.ts). */
function byteSize(path: string, text: string): number {
  return path.endsWith('.svg') ? new TextEncoder().encode(text).length : text.length;
}

/** Whether a file's first bytes are those of its type (raster files are read as latin1). */
function looksLike(path: string, text: string): boolean {
  if (path.endsWith('.png')) return text.startsWith('\x89PNG\r\n\x1a\n');
  if (path.endsWith('.jpg')) return text.startsWith('\xff\xd8\xff');
  if (path.endsWith('.webp')) return text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP';
  return /<svg[\s>]/.test(text);
}

/** Says what is wrong with the file of an image figure (`where`: its field): absent, not its type, or over 2 MB. */
function checkImageFile(
  say: (where: string, message: string) => void,
  where: string,
  files: Map<string, string>,
  root: string,
  dir: string,
  { file: name }: ImageFigure,
): void {
  const text = files.get(`${dir}/${name}`);
  if (text === undefined)
    return say(
      where,
      `the image ${name} is not there: put the file in ${root}/${dir}/figures/ or fix the name`,
    );
  const bytes = byteSize(name, text);
  if (bytes > IMAGE_MAX_BYTES)
    say(
      where,
      `the image ${name} weighs ${(bytes / 1024 / 1024).toFixed(1)} MB; an image figure may be at most 2 MB (resize it: the site serves it at most about 1,400 px wide)`,
    );
  if (!looksLike(name, text))
    say(
      where,
      `the file ${name} is not ${name.endsWith('.svg') ? 'an SVG image' : `a ${name.split('.').pop()?.toUpperCase()} image`}; save it in the format its name says`,
    );
}

/** Files of the paper's figures/ folder that no image figure uses. */
function unusedImages(
  files: Map<string, string>,
  root: string,
  dir: string,
  used: ReadonlySet<string>,
): Problem[] {
  return [...files.keys()]
    .filter((p) => p.startsWith(`${dir}/figures/`) && !used.has(p.slice(dir.length + 1)))
    .sort()
    .map((p) => ({
      file: `${root}/${p}`,
      message: `no figure uses this image: add a figure of kind: image with file: ${p.slice(dir.length + 1)} to ${root}/${dir}/figures.yaml, or remove the file`,
    }));
}

/** A `<Figure>` or `<FigureRef>` tag found in a body. */
export interface FigureTag {
  tag: 'Figure' | 'FigureRef';
  /** The value of its `id` attribute (undefined when missing or not a plain string). */
  id: string | undefined;
  line?: number | undefined;
}

/**
 * Checks the figures of `papers/<slug>` against the tags found in each edition's body; also
 * returns `figures.yaml` as read (when it parses as YAML), for the other rules to read it once.
 */
export function lintFigures(
  files: Map<string, string>,
  root: string,
  dir: string,
  tags: Partial<Record<Lang, FigureTag[]>>,
  /** The tables of ja.mdx, in page order, when its body parsed: results charts read their numbers there. */
  tables?: readonly BodyTable[],
): { problems: Problem[]; read: ReadFile | undefined } {
  const problems: Problem[] = [];
  const rel = `${dir}/figures.yaml`;
  const file = `${root}/${rel}`;
  const say = reporter(problems, file);
  const read = readContentFile(files, rel, root, problems, { strings: false });
  const data = read?.data;
  if (read && !isMap(data)) say(undefined, 'the file must map each figure name to its figure');
  if (files.has(rel) && !isMap(data)) return { problems, read };
  const defined = new Set<string>();
  const usedImages = new Set<string>();
  for (const [name, value] of Object.entries(isMap(data) ? data : {})) {
    defined.add(name);
    if (!KEY_RE.test(name))
      say(name, `the figure name "${name}" must be a kebab-case key such as "perplexity"`);
    // A figure that names a file uses it, even while another of its fields is wrong.
    const named = (value as { file?: unknown } | null)?.file;
    if (typeof named === 'string') usedImages.add(named);
    const parsed = parseWith(figureSchema, file, value, problems, `${name}.`);
    if (!parsed) continue;
    problems.push(...figureMathProblems(file, name, value));
    if (parsed.kind === 'image') checkImageFile(say, `${name}.file`, files, root, dir, parsed);
    if (tables)
      for (const p of figureFromTables(name, parsed, tables).problems) say(p.where, p.message);
  }
  problems.push(...unusedImages(files, root, dir, usedImages));
  const order: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const found = tags[lang];
    if (!found) continue;
    const inMdx = reporter(problems, `${root}/${dir}/${lang}.mdx`);
    const ids = found.flatMap((t) => (t.tag === 'Figure' && t.id ? [t.id] : []));
    order[lang] = ids;
    const seen = new Set<string>();
    for (const t of found) {
      const sayAt = (where: string, message: string) => inMdx(where, message, t.line);
      if (!t.id)
        sayAt(
          `<${t.tag}>`,
          `<${t.tag}> needs an id naming a figure of this paper's figures.yaml, written as id="name"`,
        );
      else if (!defined.has(t.id))
        sayAt(
          `<${t.tag} id="${t.id}" />`,
          `there is no figure "${t.id}" in this paper's figures.yaml; define it there or fix the name`,
        );
      else if (t.tag === 'FigureRef' && !ids.includes(t.id))
        sayAt(
          `<FigureRef id="${t.id}" />`,
          `the figure "${t.id}" is referred to but not placed in this edition; add <Figure id="${t.id}" />`,
        );
      if (t.tag !== 'Figure' || !t.id) continue;
      if (seen.has(t.id))
        sayAt(`<Figure id="${t.id}" />`, `the figure "${t.id}" is placed more than once`);
      seen.add(t.id);
    }
    for (const name of defined) {
      if (!seen.has(name))
        say(
          name,
          `the figure "${name}" is defined but never placed in ${lang}.mdx; add <Figure id="${name}" /> where it belongs in both editions, or remove it`,
        );
    }
  }
  if (order.ja && order.en && problems.length === 0 && order.ja.join() !== order.en.join()) {
    problems.push({
      file: `${root}/${dir}/en.mdx`,
      where: 'figures',
      message: `the figures stand in a different order than in ja.mdx (${order.en.join(', ')} here, ${order.ja.join(', ')} there); both editions must place them in the same order so 図N and Figure N are the same figure`,
    });
  }
  return { problems, read };
}
