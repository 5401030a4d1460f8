/**
 * Reads and validates a paper's `figures.yaml` (build time), once per folder and build. Results
 * charts get their numbers from the tables of the paper's ja.mdx (content/figure-tables.ts; the
 * linter checks that en.mdx's tables hold the same numbers), so a chart never keeps a copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { figureFromTables } from '../content/figure-tables';
import { figuresFileSchema, type FigureSpec } from '../content/schema';
import type { BodyTable } from '../content/results-tables';

const cache = new Map<string, Record<string, FigureSpec>>();

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** Reads the tables of a body in page order (markdown/body-tables.ts: figures sit below the pipeline). */
export type TableReader = (body: string) => BodyTable[];

/** The tables of an MDX file's body, in page order. */
function tablesOf(mdx: string | undefined, bodyTables: TableReader): BodyTable[] {
  if (mdx === undefined) return [];
  const { content } = parseFrontmatter(mdx.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
    frontmatter: 'empty-with-lines',
  });
  return bodyTables(content);
}

/** The figures of the paper in `dir` (an absolute folder path), ready to draw; none when it has no figures.yaml. */
export function loadFigures(dir: string, bodyTables: TableReader): Record<string, FigureSpec> {
  const file = join(dir, 'figures.yaml');
  const text = read(file);
  const mdx = text === undefined ? undefined : read(join(dir, 'ja.mdx'));
  const key = `${file}\u0000${text ?? ''}\u0000${mdx ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const entries = text === undefined ? {} : figuresFileSchema.parse(yaml.load(text));
  const tables = Object.values(entries).some((e) => e.kind === 'lines' || e.kind === 'bars')
    ? tablesOf(mdx, bodyTables)
    : [];
  const out: Record<string, FigureSpec> = {};
  for (const [name, entry] of Object.entries(entries)) {
    const { spec, problems } = figureFromTables(name, entry, tables);
    // The content linter reports these first, naming the file; this is the last line of defence.
    if (problems.length > 0)
      throw new Error(`${file}: ${problems.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
    out[name] = spec;
  }
  cache.set(key, out);
  return out;
}
