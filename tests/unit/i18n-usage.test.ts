/**
 * Every interface string is used: a key no template or module reads is dead weight in the
 * dictionaries (and, for the search strings handed to the browser, in every page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { ja } from '../../src/i18n/ja';

const SRC = resolve(import.meta.dirname, '../../src');
const code = readdirSync(SRC, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|astro)$/.test(e.name) && !e.parentPath.endsWith('i18n'))
  .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
  .join('\n');

/** Whether `key` is read: written out in quotes, or built from its prefix (`paper.${id}`). */
function used(key: string): boolean {
  const prefix = key.slice(0, key.lastIndexOf('.') + 1);
  return (
    [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q)) ||
    code.includes(`\`${prefix}\${`)
  );
}

test('the check sees real uses (a key read by a template counts)', () => {
  expect(used('nav.search')).toBe(true);
  expect(used('no.such.key')).toBe(false);
});

test('every key of the dictionaries is read somewhere in src/', () => {
  expect(Object.keys(ja).filter((key) => !used(key))).toEqual([]);
});
