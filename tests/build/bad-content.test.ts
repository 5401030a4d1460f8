/**
 * `astro build` refuses bad content: each case copies the real content folder, makes one
 * mistake an author could make, builds it with CONTENT_DIR pointing at the copy, and expects
 * a non-zero exit with a message naming the file and the field or section.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const P1 = 'papers/test-time-adaptation-regression';

interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  expect: RegExp[];
}

const cases: Case[] = [
  { name: 'a missing frontmatter field', file: `${P1}/ja.mdx`, edit: (s) => s.replace(/^summary:[\s\S]*?(?=^significance:)/m, ''), expect: [/ja\.mdx: summary: the required field "summary" is missing/] },
  { name: 'an arXiv id of the wrong form', file: `${P1}/paper.yaml`, edit: (s) => s.replace('arxiv: "2410.03263"', 'arxiv: "arXiv:2410.03263v2"'), expect: [/paper\.yaml: arxiv: arxiv must look like "2410\.03263"/] },
  { name: 'an OpenReview id of the wrong form', file: `${P1}/paper.yaml`, edit: (s) => s.replace('openreview: SXtl7NRyE5', 'openreview: https://openreview.net/forum?id=SXtl7NRyE5'), expect: [/paper\.yaml: openreview: openreview must be the 10-character forum id/] },
  { name: 'a malformed URL', file: `${P1}/paper.yaml`, edit: (s) => s.replace('code: https://github.com/kzkadc/regression-tta', 'code: github.com/kzkadc/regression-tta'), expect: [/paper\.yaml: code: code must be a full URL/] },
  { name: 'a missing section', file: `${P1}/en.mdx`, edit: (s) => s.replace(/^## Method$/m, '## Approach'), expect: [/en\.mdx: section "## Method": the required section "## Method" is missing/] },
  { name: 'broken KaTeX', file: `${P1}/ja.mdx`, edit: (s) => s.replace(/^## 手法$/m, '## 手法\n\n$$\n\\frac{1}{\n$$\n'), expect: [/ja\.mdx:\d+: this formula cannot be rendered by KaTeX/] },
  { name: 'an unknown tag', file: `${P1}/paper.yaml`, edit: (s) => s.replace('tags: [test-time-adaptation', 'tags: [quantum-chemistry'), expect: [/paper\.yaml: tags\[1\]: unknown tag "quantum-chemistry"/] },
];

function buildWith(edit?: { file: string; edit: (s: string) => string }) {
  const dir = mkdtempSync(join(tmpdir(), 'digest-content-'));
  const content = join(dir, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  if (edit) {
    const path = join(content, edit.file);
    writeFileSync(path, edit.edit(readFileSync(path, 'utf8')));
  }
  const result = spawnSync(process.execPath, [astro, 'build', '--outDir', join(dir, 'dist')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build with bad content', () => {
  test.each(cases)('fails on $name, naming the file and the field', ({ file, edit, expect: patterns }) => {
    const { status, output } = buildWith({ file, edit });
    expect(status).not.toBe(0);
    for (const pattern of patterns) expect(output).toMatch(pattern);
    // The message is for an author: no markdown emphasis leaking from zod or Astro.
    expect(output).not.toMatch(/\*\*/);
  });
});
