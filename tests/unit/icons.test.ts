/**
 * The PNG icon set (ICONS in src/site/discovery.ts): static files in public/, each a PNG of the
 * size the head links and the manifest announce.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ICONS } from '../../src/site/discovery';

const PUBLIC = join(import.meta.dirname, '../../public');

describe('ICONS', () => {
  test.each(ICONS)('public/$file is a $size×$size PNG', ({ file, size }) => {
    const png = readFileSync(join(PUBLIC, file));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk holds width and height at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  test('the manifest gets icons of at least 192 and 512 pixels', () => {
    const sizes = ICONS.filter((i) => i.rel === 'manifest').map((i) => i.size);
    expect(sizes).toEqual(expect.arrayContaining([192, 512]));
  });
});
