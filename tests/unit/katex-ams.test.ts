import { describe, expect, test } from 'vitest';
import { amsCharacters } from '../../src/markdown/katex-ams';
import katex from 'katex';

describe('amsCharacters', () => {
  test('collects the text of mathbb, amsrm and textbb elements, and nothing else', () => {
    const html =
      '<span class="mord mathbb">R</span><span class="mord mathnormal">x</span><span class="mord amsrm">&#x2205;</span><span class="textbb">N</span>';
    expect([...amsCharacters(html)].sort()).toEqual(['N', 'R', '∅']);
  });

  test('ignores class names that merely contain the words', () => {
    expect(amsCharacters('<span class="notmathbb">R</span>').size).toBe(0);
  });

  test('finds the letters KaTeX sets in AMS for \\mathbb and \\varnothing', () => {
    const html = katex.renderToString('\\mathbb{E}[x] \\in \\mathbb{R}^d \\setminus \\varnothing', {
      displayMode: true,
    });
    expect([...amsCharacters(html)]).toEqual(expect.arrayContaining(['E', 'R']));
    expect(amsCharacters(html).size).toBeGreaterThanOrEqual(3);
  });
});
