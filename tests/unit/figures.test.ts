/**
 * Figures (src/figures/): data → SVG invariants of every kind, the computations behind the
 * schematics, numbering per page through the real pipeline, and the linter's figure rules.
 */
import type { Element } from 'hast';
import { toString as text } from 'hast-util-to-string';
import yaml from 'js-yaml';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintContent } from '../../src/lint';
import { figureMathProblems, lintFigures } from '../../src/lint/figures';
import {
  figureSchema,
  figuresFileSchema,
  isSchematic,
  type DrawnFigureSpec,
  type FigureSpec,
} from '../../src/content/schema';
import { LANGS } from '../../src/i18n/langs';
import { alignTarget, gauss, haar, logTicks, ricker } from '../../src/figures/draw';
import { renderFigure } from '../../src/figures/figure';
import { loadFigures } from '../../src/figures/load';
import { compareTableNumbers, figureFromTables } from '../../src/content/figure-tables';
import { bodyTables } from '../../src/markdown/body-tables';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { mulberry32, normals } from '../../src/figures/prng';
import {
  frobenius,
  leftSingular,
  matchWeights,
  permutations,
  permuteRows,
  principalAxes,
  symmetricEigen,
  type Vec2,
} from '../../src/figures/schematics';
import { mathPlain, mathRuns, mathSvg, splitMath } from '../../src/figures/math';
import { roundNumbers } from '../../src/figures/svg';
import { renderMdxBody } from '../../src/markdown/pipeline';
import { CONTENT_DIR, get, mutate, readRealContent, realSlugs } from './support/content';
import { all, tag } from './support/hast';
import { problem } from './support/builders';

const stringify = unified().use(rehypeStringify);
const toHtml = (el: Element) => stringify.stringify({ type: 'root', children: [el] });

/** Every figure of the real content, by paper, as the build draws it (results read from the page's tables). */
const real = realSlugs().flatMap((slug) =>
  Object.entries(loadFigures(join(CONTENT_DIR, 'papers', slug), bodyTables)).flatMap(
    ([name, spec]) => (spec.kind === 'image' ? [] : [{ slug, name, spec }]),
  ),
);
/** Each real figure in each language. */
const realByLang = real.flatMap((r) => LANGS.map((lang) => ({ ...r, lang })));
const svgs = (fig: Element) => all(fig, (e) => e.tagName === 'svg' && e.properties.role === 'img');
const captionText = (fig: Element) => text(all(fig, tag('figcaption'))[0] as Element);
const labelsOf = (svg: Element) => all(svg, tag('text')).map(text);
/** The marks inside the groups of `svg` with this fill (and stroke, if given). */
const markersIn = (svg: Element, fill: string, stroke?: string) =>
  all(
    svg,
    (e) =>
      e.tagName === 'g' &&
      e.properties.fill === fill &&
      (stroke === undefined || e.properties.stroke === stroke),
  ).flatMap((g) => g.children.filter((c): c is Element => c.type === 'element'));
const say = (l: string | { ja: string; en: string }, lang: 'ja' | 'en') =>
  typeof l === 'string' ? l : l[lang];
/** Renders a paper body through renderMdxBody (MDX, the component registry), as the loader does. */
async function render(md: string, lang: 'ja' | 'en', slug = 'wavelet-positional-representation') {
  const paperDir = `${CONTENT_DIR}/papers/${slug}`;
  const path = `${paperDir}/${lang}.mdx`;
  return (await renderMdxBody(md, path, { file: path, lang, paperDir })).html;
}
const spec = (name: string): DrawnFigureSpec => {
  const f = real.find((r) => r.name === name);
  if (!f) throw new Error(`no figure ${name}`);
  return f.spec;
};

describe('the real figures', () => {
  test('every paper has a schematic; papers 3 and 4 have a results chart', () => {
    for (const slug of realSlugs())
      expect(real.some((r) => r.slug === slug && isSchematic(r.spec))).toBe(true);
    expect(
      real
        .filter((r) => !isSchematic(r.spec))
        .map((r) => r.slug)
        .sort(),
    ).toEqual(['pu-diffusion-models', 'wavelet-positional-representation']);
  });

  test.each(realByLang)(
    '$slug $name ($lang): named SVG panels, no style element or attribute',
    ({ name, spec, lang }) => {
      const fig = renderFigure(name, spec, lang);
      expect(fig.tagName).toBe('figure');
      const panels = svgs(fig);
      expect(panels.length).toBeGreaterThan(0);
      for (const svg of panels) {
        const id = String(svg.properties['ariaLabelledBy']);
        const title = all(svg, tag('title'))[0];
        expect(title?.properties.id).toBe(id);
        expect(text(title as Element)).toContain(spec.title[lang]);
      }
      const html = toHtml(fig);
      expect(html).not.toMatch(/<style|\sstyle=|class="plot-|font-family=|#[0-9a-f]{6}/i);
      // No font-variant attribute: the W3C checker rejects it.
      expect(html).not.toMatch(/font-variant=/);
      // Coordinates are rounded to one decimal; formulas leave no literal "$" in the drawing.
      for (const svg of panels) expect(toHtml(svg)).not.toMatch(/\d\.\d{2,}|\$/);
      expect(all(fig, tag('figcaption'))).toHaveLength(1);
      expect(all(fig, tag('details'))).toHaveLength(1);
    },
  );

  test('the perplexity chart: one line and one marker per point for each method, log-scale ticks', () => {
    const fig = renderFigure('perplexity', spec('perplexity'), 'en');
    const [p512, p1024] = svgs(fig);
    const lines = (svg: Element) =>
      all(
        svg,
        (e) =>
          e.tagName === 'g' &&
          /^var\(--fig-\d\)$/.test(String(e.properties.stroke)) &&
          e.properties.fill === 'none',
      );
    expect(lines(p512 as Element)).toHaveLength(5);
    expect(lines(p1024 as Element)).toHaveLength(3);
    // 4 points per method: 20 markers, then 12.
    expect(markersIn(p512 as Element, 'var(--bg)')).toHaveLength(20);
    expect(markersIn(p1024 as Element, 'var(--bg)')).toHaveLength(12);
    expect(labelsOf(p1024 as Element)).toEqual(
      expect.arrayContaining(['20', '30', '50', '100', '1024', '5024', 'training length']),
    );
    // The data table gives every verified number.
    expect(all(fig, tag('td')).map(text)).toEqual(
      expect.arrayContaining(['17.99', '93.94', '122.52', '17.44', '18.00', '23.70']),
    );
    expect(captionText(fig)).toContain('Table 1');
  });

  test('the composition chart: one bar segment per count, labels with the counts', () => {
    const fig = renderFigure('composition', spec('composition'), 'ja');
    const panels = svgs(fig);
    expect(panels).toHaveLength(4);
    expect(all(panels[0] as Element, tag('rect'))).toHaveLength(3);
    expect(labelsOf(panels[0] as Element)).toContain('25,000 + 2,500');
    expect(captionText(fig)).toContain('公式実装');
  });

  test.each(realByLang.filter((r) => isSchematic(r.spec)))(
    '$name ($lang) is marked as a schematic and has no numeric tick labels',
    ({ name, spec, lang }) => {
      const fig = renderFigure(name, spec, lang);
      expect(fig.properties.className).toContain('figure-schematic');
      expect(captionText(fig)).toMatch(lang === 'ja' ? /模式図/ : /Schematic/);
      for (const svg of svgs(fig))
        expect(labelsOf(svg).filter((l) => /^[-−]?\d[\d.,]*$/.test(l))).toEqual([]);
      expect(text(all(fig, tag('details'))[0] as Element).length).toBeGreaterThan(80);
    },
  );
});

describe('drawing helpers', () => {
  test('logTicks gives 1, 2, 3, 5 × 10^k inside the domain', () => {
    expect(logTicks([16, 135])).toEqual([20, 30, 50, 100]);
    expect(logTicks([0.8, 12])).toEqual([1, 2, 3, 5, 10]);
  });
  test("the wavelets and density are the papers' functions", () => {
    // Ricker: ψ(t) = (1 − t²) exp(−t²/2): peak 1 at 0, zero at ±1, negative lobes beyond.
    expect(ricker(0)).toBe(1);
    expect(ricker(1)).toBe(0);
    expect(ricker(2)).toBeCloseTo(-3 * Math.exp(-2), 12);
    expect([haar(0), haar(0.49), haar(0.5), haar(0.99), haar(1), haar(-0.1)]).toEqual([
      1, 1, -1, -1, 0, 0,
    ]);
    // A density: integrates to 1.
    let area = 0;
    for (let x = -10; x < 10; x += 0.001) area += gauss(x, 1, 1.5) * 0.001;
    expect(area).toBeCloseTo(1, 4);
  });
  test('roundNumbers keeps one decimal and never writes -0', () => {
    expect(roundNumbers('M40.123,170.06L-0.04,3')).toBe('M40.1,170.1L0,3');
  });
  test('the seeded generator repeats itself and its normals have mean ≈ 0, variance ≈ 1', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const n = normals(mulberry32(1));
    const xs = Array.from({ length: 5000 }, n);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.06);
  });
  test('principalAxes finds the direction of largest variance', () => {
    const pts: Vec2[] = [-3, -1, 1, 3].flatMap(
      (t) =>
        [
          [t, t + 0.1],
          [t, t - 0.1],
        ] as Vec2[],
    );
    const { vectors, values } = principalAxes(pts);
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 2);
    expect(values[0]).toBeGreaterThan(values[1]);
  });
  test('alignTarget gives the target the source mean and variance along the first axis only', () => {
    const rand = normals(mulberry32(3));
    const source: Vec2[] = Array.from({ length: 200 }, () => [3 * rand(), 0.5 * rand()]);
    const target: Vec2[] = Array.from({ length: 200 }, () => [2 + rand(), 1 + rand()]);
    const after = alignTarget(source, target);
    const { mean, vectors, values } = principalAxes(source);
    const along = after.map(
      (p) => (p[0] - mean[0]) * vectors[0][0] + (p[1] - mean[1]) * vectors[0][1],
    );
    const m = along.reduce((s, x) => s + x, 0) / along.length;
    const v = along.reduce((s, x) => s + (x - m) ** 2, 0) / along.length;
    expect(m).toBeCloseTo(0, 6);
    expect(v).toBeCloseTo(values[0], 6);
    const across = (ps: Vec2[]) => ps.map((p) => p[0] * vectors[1][0] + p[1] * vectors[1][1]);
    expect(across(after)).toEqual(across(target).map((x) => expect.closeTo(x, 6) as number));
  });
  test('symmetricEigen returns the eigenpairs of a symmetric matrix, largest first', () => {
    const m = [
      [4, 1, 0.5],
      [1, 3, 0.2],
      [0.5, 0.2, 1],
    ];
    const { values, vectors } = symmetricEigen(m);
    expect(values[0]).toBeGreaterThan(values[1] as number);
    expect(values[1]).toBeGreaterThan(values[2] as number);
    for (const [k, v] of vectors.entries()) {
      const mv = m.map((row) => row.reduce((s, x, i) => s + x * (v[i] as number), 0));
      mv.forEach((x, i) => expect(x).toBeCloseTo((values[k] as number) * (v[i] as number), 9));
      expect(Math.hypot(...v)).toBeCloseTo(1, 12);
    }
  });
});

describe('the weight-matching schematic', () => {
  const { seed, units } = spec('permutation') as Extract<FigureSpec, { kind: 'permutation' }>;
  const m = matchWeights(seed, units);

  test('the drawn permutation maximises the matching objective ⟨W_a, P W_b⟩ over every order', () => {
    expect(permutations(4)).toHaveLength(24);
    const scores = permutations(units).map((order) => frobenius(m.wa, permuteRows(m.wb, order)));
    expect(m.objective.after).toBe(Math.max(...scores));
    expect(frobenius(m.wa, permuteRows(m.wb, m.found))).toBe(m.objective.after);
    // It is also the order of smallest L2 distance (permutations keep the Frobenius norm).
    const dist = (order: number[]) =>
      Math.sqrt(
        frobenius(m.wa, m.wa) +
          frobenius(m.wb, m.wb) -
          2 * frobenius(m.wa, permuteRows(m.wb, order)),
      );
    expect(m.distance.after).toBeCloseTo(Math.min(...permutations(units).map(dist)), 9);
    expect(m.objective.after).toBeGreaterThan(m.objective.before);
  });

  test('the two models are different: after matching, the L2 distance stays comparable to the weights', () => {
    expect(m.distance.after).toBeLessThan(m.distance.before);
    // Not a permuted copy: no order makes B close to A.
    expect(m.distance.after / m.norm).toBeGreaterThan(0.6);
  });

  test('what matching aligns: the singular vectors with large singular values, not the small ones', () => {
    const [top1, top2, ...rest] = m.alignment.after;
    expect(top1).toBeGreaterThan(0.8);
    expect(top2).toBeGreaterThan(0.8);
    expect(Math.max(...rest)).toBeLessThan(0.3);
    expect(Math.max(...m.alignment.before.slice(0, 2))).toBeLessThan(0.5);
    // Permuting rows keeps the singular values.
    const after = leftSingular(permuteRows(m.wb, m.found)).values;
    leftSingular(m.wb).values.forEach((v, i) => expect(after[i]).toBeCloseTo(v, 9));
  });

  test('the figure draws three distance bars and one before/after pair per direction', () => {
    const fig = renderFigure('permutation', spec('permutation'), 'en');
    const [distance, alignment] = svgs(fig) as [Element, Element];
    expect(all(distance, tag('rect'))).toHaveLength(3);
    const before = markersIn(alignment, 'var(--bg)', 'var(--fig-2)');
    const after = markersIn(alignment, 'var(--fig-1)');
    expect(before).toHaveLength(units);
    expect(after).toHaveLength(units);
    // SVG y grows downwards: the first two "after" markers stand above all the others.
    const heights = after.map((c) => Number(c.properties.cy));
    expect(Math.max(...heights.slice(0, 2))).toBeLessThan(Math.min(...heights.slice(2)));
  });
});

describe('formulas in figure text', () => {
  test('splitMath separates $…$ formulas from text', () => {
    expect(splitMath('unlabeled $p_U$ and $\\beta$.')).toEqual([
      { math: false, value: 'unlabeled ' },
      { math: true, value: 'p_U' },
      { math: false, value: ' and ' },
      { math: true, value: '\\beta' },
      { math: false, value: '.' },
    ]);
    expect(splitMath('no formula')).toEqual([{ math: false, value: 'no formula' }]);
  });
  test('mathRuns sets letters in italic, scripts a level down or up, operators spaced', () => {
    expect(mathRuns('p_U')).toEqual([
      { text: 'p', italic: true, level: 0 },
      { text: 'U', italic: true, level: -1 },
    ]);
    expect(mathRuns('(1-\\beta)\\,p_{N}')).toEqual([
      { text: '(1 − ', italic: false, level: 0 },
      { text: 'β', italic: true, level: 0 },
      { text: ')\u2009', italic: false, level: 0 },
      { text: 'p', italic: true, level: 0 },
      { text: 'N', italic: true, level: -1 },
    ]);
    expect(mathRuns('\\|W^a\\|_F').map((r) => [r.text, r.level])).toEqual([
      ['‖', 0],
      ['W', 0],
      ['a', 1],
      ['‖', 0],
      ['F', -1],
    ]);
    expect(() => mathRuns('\\frac{1}{2}')).toThrow(/\\frac is not drawn/);
  });
  test('mathSvg shifts a subscript with dy and returns to the baseline', () => {
    const nodes = mathSvg('x $p_U$ y');
    const spans = nodes.filter((n): n is Element => n.type === 'element');
    expect(spans.map((t) => [text(t), t.properties.dy, t.properties.className])).toEqual([
      ['p', undefined, ['fig-math-i']],
      ['U', '3.5', ['fig-math-i', 'fig-math-script']],
      [' y', '-3.5', undefined],
    ]);
    expect(nodes.map(text).join('')).toBe('x pU y');
    expect(mathPlain('unlabeled $p_U$')).toBe('unlabeled pU');
  });
  test.each(LANGS)(
    'through the real pipeline the mixture (%s) sets p_U, p_N, p_S as SVG subscripts and KaTeX, never as "p_U"',
    async (lang) => {
      const html = await render('<Figure id="mixture" />\n', lang, 'pu-diffusion-models');
      const [svg] = /<svg[\s\S]*?<\/svg>/.exec(html) ?? [''];
      const subs = [...svg.matchAll(/<tspan[^>]*class="[^"]*fig-math-script[^>]*>([^<]*)</g)];
      expect(subs.map((m) => m[1]).sort()).toEqual(['N', 'S', 'U']);
      expect(svg).not.toMatch(/p_[USN]|\$/);
      expect(svg).toMatch(/<tspan dy="3.5" class="fig-math-i fig-math-script">U<\/tspan>/);
      // In HTML (caption, description, legend) formulas are KaTeX.
      const caption = /<figcaption>[\s\S]*<\/figcaption>/.exec(html)?.[0] ?? '';
      expect(caption).toContain('class="katex"');
      expect(caption).toMatch(/<msub><mi>p<\/mi><mi>U<\/mi><\/msub>/);
      // Only KaTeX's TeX annotation and the hidden search text of a formula keep the source.
      expect(
        html.replace(
          /<annotation[^>]*>[^<]*<\/annotation>|<span class="math-text" hidden>[^<]*<\/span>/g,
          '',
        ),
      ).not.toMatch(/>[^<]*(p_[USN]|\$)[^<]*</);
    },
  );
  test('the legend label is one element after the swatch (no flex gaps inside the label)', () => {
    const fig = renderFigure('perplexity', spec('perplexity'), 'ja');
    const items = all(fig, tag('li'));
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      expect(li.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual([
        'svg',
        'span',
      ]);
    }
    expect(text(items[0] as Element)).toBe('ウェーブレット（Ricker、提案手法）');
  });
});

describe('the wavelet schematic', () => {
  test("RoPE's panel runs along the head dimension in windows of its one scale; the proposed along t = m − n", () => {
    const wavelets = spec('wavelets') as Extract<FigureSpec, { kind: 'wavelets' }>;
    for (const lang of LANGS) {
      const fig = renderFigure('wavelets', wavelets, lang);
      const [rope, proposed] = svgs(fig) as [Element, Element];
      expect(labelsOf(rope)).toContain(say(wavelets.labels.dimension, lang));
      expect(labelsOf(rope).join()).not.toMatch(/m − n/);
      expect(labelsOf(proposed)).toContain(mathPlain(say(wavelets.labels.distance, lang)));
      // One Haar-like window per ropeScale dimensions: dims / ropeScale separate lines.
      const lines = all(
        rope,
        (e) => e.tagName === 'path' && /^M[\d.,]+(?:[HVL][\d.,]+)+$/.test(String(e.properties.d)),
      );
      expect(lines).toHaveLength(wavelets.dims / wavelets.ropeScale);
      expect(
        all(proposed, (e) => e.tagName === 'path' && String(e.properties.d).startsWith('M')),
      ).toHaveLength(wavelets.scales.length);
    }
  });
});

describe('numbering through the real pipeline', () => {
  test.each([
    ['en', 'Figure '],
    ['ja', '図'],
  ] as const)(
    'figures are numbered (%s) in the order they stand; references get the number and link',
    async (lang, word) => {
      const html = await render(
        'See <FigureRef id="perplexity" />.\n\n<Figure id="perplexity" />\n\n<Figure id="wavelets" />\n\nAnd <FigureRef id="wavelets" />.\n',
        lang,
      );
      expect(html).toMatch(
        /<figure class="figure figure-results" data-figure="perplexity" id="fig-1">/,
      );
      expect(html).toMatch(/data-figure="wavelets" id="fig-2"/);
      expect(html).toContain(`href="#fig-1">${word}1</a>`);
      expect(html).toContain(`href="#fig-2">${word}2</a>`);
      expect(html).toContain(
        `<span class="figure-number">${word}1<a class="anchor-link" href="#fig-1"`,
      );
      // The data table inside a figure is not wrapped as a numbered table of the text.
      expect(html).not.toContain('table-scroll');
    },
  );
  test('a reference to a figure that is not on the page fails', async () => {
    await expect(render('See <FigureRef id="wavelets" />.\n', 'en')).rejects.toThrow(
      /refers to the figure "wavelets", which is not placed/,
    );
  });
});

describe('figure rules of the linter', () => {
  const dir = 'papers/wavelet-positional-representation';
  const defined = get(readRealContent(), `${dir}/figures.yaml`);
  const run = (tags: Parameters<typeof lintFigures>[3], yamlText = defined) =>
    lintFigures(new Map([[`${dir}/figures.yaml`, yamlText]]), 'content', dir, tags).problems;
  const both = (ids: string[]) => ({
    ja: ids.map((id) => ({ tag: 'Figure' as const, id, line: 3 })),
    en: ids.map((id) => ({ tag: 'Figure' as const, id, line: 3 })),
  });

  test('a defined figure that an edition never places is reported against figures.yaml', () => {
    const tags = both(['wavelets', 'perplexity']);
    tags.en = tags.en.filter((t) => t.id !== 'perplexity');
    const problems = run(tags);
    expect(problems).toEqual([
      problem(`${dir}/figures.yaml`, 'perplexity', /never placed in en\.mdx/),
    ]);
  });
  test('figures placed twice, in another order, or referred to without being placed are reported', () => {
    expect(run(both(['wavelets', 'perplexity', 'wavelets'])).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/placed more than once/),
    );
    expect(
      run({ ja: both(['wavelets', 'perplexity']).ja, en: both(['perplexity', 'wavelets']).en }).map(
        (p) => p.message,
      ),
    ).toEqual([expect.stringMatching(/different order/)]);
    const tags = both(['perplexity']);
    tags.ja.push({ tag: 'FigureRef' as never, id: 'wavelets', line: 9 });
    expect(run(tags).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/referred to but not placed/),
    );
  });
  test('a figure that breaks the schema names the figure and field', () => {
    const broken = defined.replace('log: true', 'log: "yes"');
    expect(run(both(['wavelets', 'perplexity']), broken)).toContainEqual(
      expect.objectContaining({ where: expect.stringMatching(/^perplexity\.y\.log/) as string }),
    );
  });
  test('a formula in figure text that is not closed or does not render is reported with its field', () => {
    expect(figureMathProblems('f.yaml', 'mixture', spec('mixture'))).toEqual([]);
    expect(
      figureMathProblems('f.yaml', 'wavelets', { caption: { ja: 'ok $a$', en: 'open $p_U' } }),
    ).toEqual([
      expect.objectContaining({
        file: 'f.yaml',
        where: 'wavelets.caption.en',
        message: expect.stringMatching(/not closed/) as string,
      }),
    ]);
    expect(
      figureMathProblems('f.yaml', 'mixture', { labels: { normal: { en: 'x $\\frac{1}$' } } }),
    ).toEqual([
      expect.objectContaining({
        where: 'mixture.labels.normal.en',
        message: expect.stringMatching(/\$\\frac\{1\}\$ does not render/) as string,
      }),
    ]);
    const broken = defined.replace('$t = m - n$ →', '$t = m - n →');
    expect(run(both(['wavelets', 'perplexity']), broken)).toContainEqual(
      expect.objectContaining({ where: 'wavelets.labels.distance.ja' }),
    );
  });
  test('the schema refuses a results chart without a source and more series than styles', () => {
    const s = yaml.load(defined) as Record<string, Record<string, unknown>>;
    const { source: _source, ...noSource } = s['perplexity'] as Record<string, unknown>;
    expect(figureSchema.safeParse(noSource).success).toBe(false);
    const series = Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      label: `S${i}`,
      row: `S${i}`,
    }));
    expect(figureSchema.safeParse({ ...s['perplexity'], series }).success).toBe(false);
  });
});

describe('results charts read their numbers from the page tables (one source for each number)', () => {
  const dir = 'papers/wavelet-positional-representation';
  const pu = 'papers/pu-diffusion-models';
  /** The real content with `from` replaced by `to` in one file (the edit must change it). */
  const edited = (path: string, from: string, to: string) =>
    mutate(readRealContent(), path, (t) => t.replace(from, to));
  const lint = (path: string, from: string, to: string) => lintContent(edited(path, from, to));
  const ALIBI_1512 = [
    '| ALiBi | 19.69 | 18.71 | 18.42 |',
    '| ALiBi | 19.69 | 18.71 | 18.24 |',
  ] as const;

  // Which table each panel reads: the drawn numbers below are those of tables 1 and 2.
  test('the real charts hold no numbers of their own', () => {
    expect(get(readRealContent(), `${dir}/figures.yaml`)).not.toMatch(/18\.42|\bdata:/);
  });

  test('the drawn chart has exactly the numbers of ja.mdx table 1 and 2 (ALiBi at 1512 is 18.42)', () => {
    const drawn = spec('perplexity');
    if (drawn.kind !== 'lines') throw new Error('not a lines chart');
    expect(drawn.panels[0]?.data['alibi']).toEqual([
      [512, 19.69],
      [1012, 18.71],
      [1512, 18.42],
      [2512, 18.41],
    ]);
    expect(drawn.panels[1]?.data['rope-1e4']).toEqual([
      [1024, 18.42],
      [1524, 18.29],
      [3024, 33.2],
      [5024, 122.52],
    ]);
    expect(Object.keys(drawn.panels[1]?.data ?? {})).toEqual(['wavelet', 'alibi', 'rope-1e4']);
  });

  test("the issue's case: a chart that carries ALiBi at 1512 as 18.24 fails, naming figures.yaml", () => {
    const problems = lint(
      `${dir}/figures.yaml`,
      '      table: 1\n',
      '      table: 1\n      data:\n        alibi: [[512, 19.69], [1012, 18.71], [1512, 18.24], [2512, 18.41]]\n',
    );
    expect(problems).toContainEqual(problem(`${dir}/figures.yaml`, /^perplexity\.panels\[1\]/));
  });

  test("the issue's case in a table: 18.24 in one edition's table 1 fails, naming en.mdx, table, row and column", () => {
    expect(lint(`${dir}/en.mdx`, ...ALIBI_1512)).toEqual([
      problem(
        `${dir}/en.mdx`,
        'tables',
        /table 1, row 4 \("ALiBi"\), column 4: "18\.24" here but "18\.42" in ja\.mdx/,
      ),
    ]);
  });

  test('a changed number in ja.mdx is what the chart draws', () => {
    const files = edited(`${dir}/ja.mdx`, ...ALIBI_1512);
    const { content } = parseFrontmatter(get(files, `${dir}/ja.mdx`), {
      frontmatter: 'empty-with-lines',
    });
    const entries = figuresFileSchema.parse(yaml.load(get(files, `${dir}/figures.yaml`)));
    const { spec: drawn, problems } = figureFromTables(
      'perplexity',
      entries['perplexity']!,
      bodyTables(content),
    );
    expect(problems).toEqual([]);
    if (drawn.kind !== 'lines') throw new Error('not a lines chart');
    expect(drawn.panels[0]?.data['alibi']?.[2]).toEqual([1512, 18.24]);
  });

  test.each([
    [
      'row',
      `${dir}/figures.yaml`,
      'row: ALiBi',
      'row: Alibi',
      'perplexity.panels[1].series',
      /table 1 of ja.mdx has no row "Alibi" \(series "alibi"\)/,
    ],
    [
      'table',
      `${dir}/figures.yaml`,
      'table: 2',
      'table: 9',
      'perplexity.panels[2].table',
      /there is no table 9 in ja\.mdx/,
    ],
    // Table 5 (Llama-2-7B) has headers 4k, 8k …: not x values.
    [
      'table whose header',
      `${dir}/figures.yaml`,
      'table: 2',
      'table: 5',
      'perplexity.panels[2].table',
      /header "4k" .* is not a number/,
    ],
    [
      'column',
      `${pu}/figures.yaml`,
      'sensitive: ラベル付き（不適切）',
      'sensitive: ラベル付き',
      'composition.bars[2].columns.sensitive',
      /table 1 of ja.mdx has no column "ラベル付き"/,
    ],
    [
      'group row',
      `${pu}/figures.yaml`,
      'row: STL-10',
      'row: STL10',
      'composition.groups[3].row',
      /table 1 of ja.mdx has no row "STL10"/,
    ],
  ])(
    'a %s that is not on the page fails, naming figures.yaml and the field',
    (_, path, from, to, where, message) => {
      expect(lint(path, from, to)).toContainEqual(problem(path, where, message));
    },
  );

  test('a bars chart draws its counts from the table; a count that is not a whole number fails', () => {
    const drawn = spec('composition');
    if (drawn.kind !== 'bars') throw new Error('not a bars chart');
    expect(drawn.groups[0]).toEqual({
      label: 'MNIST',
      bars: [
        {
          label: { ja: 'ラベルなし', en: 'unlabeled' },
          values: { normal: 25000, sensitive: 2500 },
        },
        { label: { ja: 'ラベル付き', en: 'labeled' }, values: { sensitive: 2500 } },
      ],
    });
    const problems = lint(
      `${pu}/ja.mdx`,
      '| STL-10 | 2,000 | 200 | 200 |',
      '| STL-10 | 2,000 | 200 | 2.5 |',
    );
    expect(problems).toContainEqual(
      problem(
        `${pu}/figures.yaml`,
        'composition.bars[2].columns.sensitive',
        /"2\.5" is not a count/,
      ),
    );
  });

  test('compareTableNumbers: labels may differ, numbers and shapes may not', () => {
    const t = (head: string[], ...rows: string[][]) => ({ number: 1, head, rows });
    const ja = t(['手法', '512'], ['提案', '1,024']);
    expect(compareTableNumbers([ja], [t(['Method', '512'], ['Ours', '1024'])])).toEqual([]);
    expect(
      compareTableNumbers(
        [t(['手法', '512'], ['提案', '1.5'])],
        [t(['Method', '512'], ['Ours', 'n/a'])],
      ),
    ).toEqual([
      'table 1, row 1 ("Ours"), column 2: "n/a" here but "1.5" in ja.mdx; both editions must give the same numbers',
    ]);
    expect(
      compareTableNumbers([t(['a', 'b'], ['x', '1'])], [t(['a', 'b'], ['x', '1'], ['y', '2'])])[0],
    ).toMatch(
      /table 1 has 2 row\(s\) × 2 column\(s\) here and 1 row\(s\) × 2 column\(s\) in ja\.mdx/,
    );
    expect(compareTableNumbers([t(['a', '512'])], [t(['a', '1024'])])).toEqual([
      'table 1, header column 2: "1024" here but "512" in ja.mdx; both editions must give the same numbers',
    ]);
    // A row one cell short is a different shape, even with the same counts of rows and headers.
    expect(compareTableNumbers([t(['a', 'b'], ['x', '1'])], [t(['a', 'b'], ['x'])])[0]).toMatch(
      /^table 1 has 1 row\(s\) × 2 column\(s\) here/,
    );
  });
});
