/**
 * Numbered equations and results tables, search text for formulas, and the table-of-contents
 * marker: the pure modules, then the plugins through the real pipeline (pipeline.ts).
 */
import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { EN, JA, render } from './support/render';
import { currentId } from '../../src/components/toc-current';
import { mathSearchText, MAX_TEX_IN_SEARCH } from '../../src/markdown/math-text';
import { toString as textOf } from 'hast-util-to-string';
import {
  bestCells,
  cellNumber,
  isCaptionLine,
  parseCaptionLine,
} from '../../src/content/results-tables';
import { all, hasClass, tag } from './support/hast';

describe('parseCaptionLine', () => {
  test.each([
    ['Table: Perplexity [best: lower]', { text: 'Perplexity', best: 'lower' }],
    ['Table: Accuracy [best:higher]  ', { text: 'Accuracy', best: 'higher' }],
    ['Table: Counts per set', { text: 'Counts per set' }],
    [
      'Table: X [best: least]',
      { text: 'X', error: '"[best: least]" is not a hint: write [best: lower] or [best: higher]' },
    ],
  ])('reads %j', (line, expected) => {
    expect(parseCaptionLine(line)).toEqual(expected);
  });

  test('is not a caption line without the prefix', () => {
    expect(isCaptionLine('表: 結果')).toBe(false);
    expect(parseCaptionLine('The table below [best: lower]')).toBeUndefined();
  });
});

describe('cellNumber', () => {
  test.each([
    ['17.99', 17.99],
    [' 1,024 ', 1024],
    ['\u22120.5', -0.5],
    ['12%', 12],
    ['.5', 0.5],
    ['0.511 ±0.03', 0.511],
    ['\u2212685.1 ± 27.63', -685.1],
  ])('reads %j as a number', (cell, n) => expect(cellNumber(cell)).toBe(n));

  test.each(['RoPE', '4k', '', '1.2.3', '—', '±0.03', '0.5 ±', '0.5 ±x'])(
    'reads %j as text',
    (cell) => expect(cellNumber(cell)).toBeUndefined(),
  );
});

describe('bestCells', () => {
  const rows = [
    [undefined, 19.39, 93.94],
    [undefined, 19.19, 17.99],
    [undefined, 19.19, 18.41],
  ];
  test('marks the lowest value of each column, ties included, or the highest with "higher", in columns of two numbers or more', () => {
    const best = (marks: string) => marks.split(' ').map((r) => [...r].map((c) => c === '*'));
    expect(bestCells(rows, 'lower')).toEqual(best('... .** .*.'));
    expect(bestCells(rows, 'higher')).toEqual(best('.** ... ...'));
    // A column with fewer than two numbers has no best value.
    expect(bestCells([[1], [undefined]], 'lower')).toEqual([[false], [false]]);
  });
});

describe('mathSearchText', () => {
  test.each([
    // A short formula reads as text, spaces between symbols kept.
    [' q_m \n k_n ', 'q_m k_n'],
    // A font command reads as its argument, without braces.
    ['L_{\\mathrm{train}}=512', 'L_train = 512'],
    ['\\mathcal{L}', 'L'],
    // Greek letters and powers read as Unicode, never as TeX.
    ['\\theta=10^4', 'θ = 10⁴'],
    // An unknown command, a long or an empty formula become the placeholder.
    ['\\unknowncommand{x}', '(formula)'],
    ['x'.repeat(MAX_TEX_IN_SEARCH + 1), '(formula)'],
    ['  ', '(formula)'],
  ])('reads %j as %j', (tex, text) => {
    expect(mathSearchText(tex, '(formula)')).toBe(text);
  });
});

describe('currentId', () => {
  const order = ['summary', 'details', 'method', 'cite'];
  test('is the last passed heading in document order, and undefined before the first', () => {
    expect(currentId(order, new Set(['method', 'summary', 'details']))).toBe('method');
    expect(currentId(order, new Set())).toBeUndefined();
  });
});

describe('rehypeFormulas: equations (through the pipeline)', () => {
  const body = '$$\na=1\n$$\n\nText $x$.\n\n$$\nb=2\n$$\n';

  test.each([
    [JA, '#式(2)への直接リンク'],
    [EN, '#Link to equation (2)'],
  ])(
    'numbers display equations (%s) with ids, a visible number and a link to themselves',
    (path, label) => {
      const eqs = all(render(body, path).tree, hasClass('equation'));
      expect(eqs.map((e) => e.properties['id'])).toEqual(['eq-1', 'eq-2']);
      expect(eqs.map((e) => textOf(all(e, hasClass('equation-number'))[0] as Element))).toEqual([
        '(1)',
        '(2)',
      ]);
      const link = all(eqs[1] as Element, hasClass('anchor-link'))[0] as Element;
      expect(link.properties['href']).toBe('#eq-2');
      expect(textOf(link)).toBe(label);
    },
  );
});

describe('rehypeFormulas: search text (through the pipeline)', () => {
  test.each([
    [JA, '（数式）'],
    [EN, '(formula)'],
  ])('puts a hidden twin with the TeX or a placeholder after each formula (%s)', (path, word) => {
    const long = '\\frac{q_m k_n^\\top}{\\sqrt d} + \\sum_i x_i';
    const { html } = render(`$q_m$; $${long}$.\n\n$$\n${long}\n$$\n`, path);
    expect(html).toContain('<span class="math-text" hidden>q_m</span>;');
    expect(html.split(`<span class="math-text" hidden>${word}</span>`)).toHaveLength(3);
  });
});

describe('rehypeTables (through the pipeline)', () => {
  const results =
    'Table: Perplexity, $L=512$ [best: lower]\n\n| Method | 512 | 1012 |\n| --- | --- | --- |\n| RoPE | 19.39 | 23.25 |\n| Wavelet | 19.19 | 18.23 |\n';

  test('turns the caption line into a numbered caption with a link, and drops the paragraph', () => {
    const { tree, html } = render(`Lead.\n\n${results}`, EN);
    const [region] = all(tree, hasClass('table-scroll'));
    expect(region?.properties).toMatchObject({
      id: 'table-1',
      ariaLabel: 'Table 1 (scrolls sideways)',
    });
    const caption = all(tree, (e) => e.tagName === 'caption')[0] as Element;
    expect(textOf(caption)).toMatch(
      /^Table 1 Perplexity, .*L=512.* #Link to Table 1Lower is better; the best value in each column is in bold\.$/,
    );
    expect(all(caption, hasClass('katex'))).toHaveLength(1);
    expect(html).not.toContain('Table:');
    expect(html).not.toContain('[best');
    expect(all(tree, (e) => e.tagName === 'p').map((p) => textOf(p))).toEqual(['Lead.']);
  });

  test('right-aligns number cells and their headers, not the labels', () => {
    const { tree } = render(results, EN);
    expect(all(tree, hasClass('num')).map((e) => `${e.tagName}:${textOf(e)}`)).toEqual([
      'th:512',
      'th:1012',
      'td:19.39',
      'td:23.25',
      'td:19.19 (best)',
      'td:18.23 (best)',
    ]);
  });

  test('marks the best value of each column in bold with a hidden word, not by colour', () => {
    const { tree } = render(results);
    const best = all(tree, hasClass('best'));
    expect(best.map((c) => textOf(c))).toEqual(['19.19（最良）', '18.23（最良）']);
    for (const cell of best) {
      expect((cell.children[0] as Element).tagName).toBe('strong');
      expect((cell.children[1] as Element).properties).toMatchObject({
        className: ['sr-only'],
        dataPagefindIgnore: '',
      });
    }
  });

  test('wraps every table in a labelled, focusable scrolling region, numbered in the document; marks nothing without a hint', () => {
    const plain = '| a | b |\n| - | - |\n| x | 1 |\n| y | 2 |\n';
    const { tree, html } = render(`${plain}\n${results}`);
    expect(all(tree, hasClass('best'))).toHaveLength(2);
    const regions = all(tree, hasClass('table-scroll'));
    expect(regions.map((r) => r.tagName)).toEqual(['div', 'div']);
    expect(regions.map((r) => r.properties)).toMatchObject([
      { id: 'table-1', role: 'region', tabIndex: 0, ariaLabel: '表1（横にスクロールできます）' },
      { id: 'table-2', role: 'region', tabIndex: 0, ariaLabel: '表2（横にスクロールできます）' },
    ]);
    for (const region of regions)
      expect(region.children.filter((c) => c.type === 'element').map((c) => c.tagName)).toEqual([
        'table',
      ]);
    expect(html).toMatch(
      /^<div class="table-scroll" id="table-1" role="region" tabindex="0" aria-label="[^"]+"><table><caption>/,
    );
    expect(all(tree, hasClass('table-number')).map((e) => textOf(e))).toEqual(['表1', '表2']);
  });

  test('renders math inside a table cell', () => {
    const { tree } = render('| a | b |\n| - | - |\n| $x \\vert y$ | $\\mid$ |\n', EN);
    expect(all(all(tree, tag('table'))[0] as Element, hasClass('katex'))).toHaveLength(2);
  });

  test('leaves a paragraph starting with "Table:" alone when no table follows it', () => {
    const { html } = render('Table: nothing here\n\nProse.\n', EN);
    expect(html).toContain('<p>Table: nothing here</p>');
  });
});
