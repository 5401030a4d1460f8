/**
 * Reads and validates a paper's `figures.yaml` (build time), once per folder and build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { figuresFileSchema, type FiguresFile } from '../content/schema';

const cache = new Map<string, FiguresFile>();

/** The figures of the paper in `dir` (an absolute folder path); none when it has no figures.yaml. */
export function loadFigures(dir: string): FiguresFile {
  const file = join(dir, 'figures.yaml');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const key = `${file}\u0000${text ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const parsed = text === undefined ? {} : figuresFileSchema.parse(yaml.load(text));
  cache.set(key, parsed);
  return parsed;
}
