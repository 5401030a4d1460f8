/**
 * The image-figure fixture (tests/fixtures/image-figures/): a PNG and an SVG figure with their
 * entries for figures.yaml, added to a copy of one real paper, placed before the Limitations
 * section in both editions (after the paper's drawn figure, so they are 図2 and 図3). Used
 * in-process by the unit tests and on disk by the build test and the screenshots.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const IMAGE_FIXTURE = join(import.meta.dirname, '../fixtures/image-figures');
/** The paper that gets the image figures. */
export const IMAGE_PAPER = 'linear-mode-connectivity-weight-matching';
/** The fixture's files, as they go under the paper's figures/ folder. */
const IMAGE_FILES = ['barrier.png', 'pipeline.svg'] as const;
/** The figure names, in page order. */
export const IMAGE_FIGURES = ['barrier-diagram', 'pipeline-diagram'] as const;

const LIMITS = { ja: '## 限界', en: '## Limitations' } as const;
const placement = IMAGE_FIGURES.map((id) => `<Figure id="${id}" />\n\n`).join('');

/** A paper body with the image figures placed before its last section. */
function placeImageFigures(mdx: string, lang: 'ja' | 'en'): string {
  const at = mdx.indexOf(`\n${LIMITS[lang]}\n`);
  if (at < 0) throw new Error(`no "${LIMITS[lang]}" section to place the figures before`);
  return `${mdx.slice(0, at + 1)}${placement}${mdx.slice(at + 1)}`;
}

/** The fixture's figures.yaml entries appended to the paper's own. */
export function withImageEntries(figuresYaml: string): string {
  return `${figuresYaml.trimEnd()}\n${readFileSync(join(IMAGE_FIXTURE, 'figures.yaml'), 'utf8')}`;
}

/**
 * Adds the fixture to a content map as the content guard reads it (text as UTF-8, raster
 * files as latin1: contentFileEncoding in src/lint/files.ts).
 */
export function addImageFiguresToMap(files: Map<string, string>): void {
  const dir = `papers/${IMAGE_PAPER}`;
  files.set(`${dir}/figures.yaml`, withImageEntries(files.get(`${dir}/figures.yaml`) ?? ''));
  for (const lang of ['ja', 'en'] as const)
    files.set(`${dir}/${lang}.mdx`, placeImageFigures(files.get(`${dir}/${lang}.mdx`) ?? '', lang));
  for (const name of IMAGE_FILES)
    files.set(
      `${dir}/figures/${name}`,
      readFileSync(join(IMAGE_FIXTURE, name), name.endsWith('.svg') ? 'utf8' : 'latin1'),
    );
}

/** Adds the fixture to a content folder on disk (a copy of the real one). */
export function addImageFiguresToFolder(content: string): void {
  const dir = join(content, 'papers', IMAGE_PAPER);
  mkdirSync(join(dir, 'figures'), { recursive: true });
  for (const name of IMAGE_FILES)
    copyFileSync(join(IMAGE_FIXTURE, name), join(dir, 'figures', name));
  const yamlFile = join(dir, 'figures.yaml');
  writeFileSync(yamlFile, withImageEntries(readFileSync(yamlFile, 'utf8')));
  for (const lang of ['ja', 'en'] as const) {
    const file = join(dir, `${lang}.mdx`);
    writeFileSync(file, placeImageFigures(readFileSync(file, 'utf8'), lang));
  }
}
