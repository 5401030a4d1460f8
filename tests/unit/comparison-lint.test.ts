/**
 * The content linter requires the comparison-table row in every paper edition.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintContent, type ContentFiles } from '../../src/lint';

const root = join(import.meta.dirname, '../../content');

function realContent(): ContentFiles {
  const files: ContentFiles = new Map();
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && /\.(mdx|ya?ml)$/.test(e.name)) {
      const full = join(e.parentPath, e.name);
      files.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  }
  return files;
}

const FILE = 'papers/pu-diffusion-models/en.mdx';

describe('comparison rows', () => {
  test('the real content has a comparison row in every paper edition', () => {
    expect(lintContent(realContent()).filter((p) => p.where?.startsWith('comparison'))).toEqual([]);
  });

  test('a missing row is reported against the file', () => {
    const files = realContent();
    files.set(FILE, (files.get(FILE) as string).replace(/^comparison:\n(?: {2}.*\n)+/m, ''));
    expect(lintContent(files)).toContainEqual(
      expect.objectContaining({
        file: `content/${FILE}`,
        where: 'comparison',
        message: expect.stringMatching(/required field "comparison" is missing/),
      }),
    );
  });

  test('an empty cell is reported with its field name', () => {
    const files = realContent();
    files.set(FILE, (files.get(FILE) as string).replace(/^ {2}keyIdea: .*$/m, '  keyIdea: ""'));
    expect(lintContent(files)).toContainEqual(
      expect.objectContaining({
        file: `content/${FILE}`,
        where: 'comparison.keyIdea',
        message: 'comparison.keyIdea must not be empty',
      }),
    );
  });
});
