/** Reading a paper body's HTML back from the file the content loader kept it in (src/collections/rendered-html.ts). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { headingsOf, htmlFileOf, readRenderedHtml } from '../../src/collections/rendered-html';

const dir = mkdtempSync(join(tmpdir(), 'rendered-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rendered HTML files', () => {
  const file = join(dir, 'a.html');
  writeFileSync(file, '<p>Body</p>');
  const entry = {
    id: 'x/ja',
    rendered: {
      metadata: { htmlFile: file, headings: [{ depth: 3, slug: 'problem', text: 'Problem' }] },
    },
  };

  test('finds the file and the headings an entry records', () => {
    expect(htmlFileOf(entry)).toBe(file);
    expect(headingsOf(entry)).toEqual([{ depth: 3, slug: 'problem', text: 'Problem' }]);
  });

  test('an entry without them has no file and no headings', () => {
    expect(htmlFileOf({ id: 'y', rendered: { metadata: {} } })).toBeUndefined();
    expect(htmlFileOf(undefined)).toBeUndefined();
    expect(headingsOf({ id: 'y' })).toEqual([]);
  });

  test('fails naming the entry when it has no file or the file is gone', async () => {
    await expect(readRenderedHtml({ id: 'y/en' })).rejects.toThrow(
      /"y\/en" has no rendered HTML file/,
    );
    await expect(
      readRenderedHtml({
        id: 'z/ja',
        rendered: { metadata: { htmlFile: join(dir, 'gone.html') } },
      }),
    ).rejects.toThrow(/"z\/ja": its rendered HTML .*gone\.html cannot be read/);
  });
});
