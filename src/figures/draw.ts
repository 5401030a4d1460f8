/**
 * Data → charts: one drawer per figure kind, all in the house style (house.ts). A drawer returns
 * its panels as hast SVG, its legend entries and, for results, the data tables screen readers get
 * instead of the picture (a schematic's description comes from its spec). Pure apart from the
 * server-side DOM that Observable Plot draws into.
 */
import * as Plot from '@observablehq/plot';
import type { Element } from 'hast';
import type { DrawnFigureSpec as FigureSpec, Label } from '../content/schema';
import type { Lang } from '../i18n/langs';
import { hollowMarker, lineStyle, PANEL, seriesStyle, type SeriesStyle } from './house';
import { mulberry32, normals } from './prng';
import { plotSvg } from './svg';
import { matchWeights, principalAxes, type Vec2 } from './schematics';

/** A figure spec of one kind. */
type Spec<K extends FigureSpec['kind']> = Extract<FigureSpec, { kind: K }>;
/** A label in the drawn edition's language. */
type Say = (l: Label) => string;
/** A number written as the drawn edition writes it (1,024). */
type Num = (n: number) => string;

/** One drawn panel. */
interface Panel {
  /** Heading above the panel (HTML text), when the figure has more than one. */
  title?: string;
  svg: Element;
}
/** One legend entry: a label and the style it is drawn in. */
export interface LegendEntry {
  label: string;
  style: SeriesStyle;
  /** Drawn as a filled box (bars, areas) rather than a line with a marker. */
  box?: boolean;
  /** A line without a marker (curves drawn without points). */
  plain?: boolean;
  /** A marker without a line (scatter plots). */
  markerOnly?: boolean;
  /** The marker is filled with the series colour (otherwise hollow). */
  filled?: boolean;
  /** A pale box's fill opacity, as Plot options (pale bars behind other marks). */
  opacity?: { fillOpacity: number };
}
/** A drawn figure before it is placed in a `<figure>`. */
export interface Drawing {
  panels: Panel[];
  legend: LegendEntry[];
  /** Data tables (results), each with a caption; none for schematics. */
  tables?: { caption: string; head: string[]; rows: string[][] }[];
}

/** Ticks 1, 2, 3, 5 × 10^k inside a log domain. */
export function logTicks([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of [1, 2, 3, 5]) {
      const v = m * 10 ** k;
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out;
}

type Margins = [top: number, right: number, bottom: number, left: number];
/** One panel's frame: the house width, a height and margins. */
function frame(height: number, ...[marginTop, marginRight, marginBottom, marginLeft]: Margins) {
  return { width: PANEL.width, height, marginTop, marginRight, marginBottom, marginLeft };
}

/** A schematic's panel: x and y domains, a frame, marks and no axes (no scale to read). */
const sketch = (x: number[], y: number[], size: Plot.PlotOptions, marks: Plot.Markish[]) =>
  plotSvg({ ...size, axis: null, x: { domain: x }, y: { domain: y }, marks });

/** Legend entries for labels drawn in the first series styles, in order. */
const legendOf = (say: Say, labels: Label[], look: Omit<LegendEntry, 'label' | 'style'> = {}) =>
  labels.map((l, i): LegendEntry => ({ label: say(l), style: seriesStyle(i), ...look }));

const labelOf = (item: { label: Label }) => item.label;

/** An x axis that is only a caption under the panel (schematics have no scale to read). */
const captionAxis = (label: string) =>
  Plot.axisX({ ticks: [], label, labelAnchor: 'center', labelOffset: 20, tickSize: 0 });

/** The x values of a lines panel, ascending. */
const xsOf = (panel: { data: Record<string, [number, number][]> }) =>
  [...new Set(Object.values(panel.data).flatMap((pts) => pts.map(([x]) => x)))].sort(
    (a, b) => a - b,
  );

function drawLines(spec: Spec<'lines'>, say: Say, num: Num): Drawing {
  const ys = spec.panels.flatMap((p) =>
    Object.values(p.data).flatMap((pts) => pts.map(([, y]) => y)),
  );
  const yDomain: [number, number] = spec.y.log
    ? [Math.min(...ys) * 0.92, Math.max(...ys) * 1.1]
    : [0, Math.max(...ys) * 1.1];
  const yTicks = spec.y.log ? logTicks(yDomain) : 4;
  const panels = spec.panels.map((panel): Panel => {
    const xs = xsOf(panel);
    const xDomain: [number, number] = [
      Math.min(...xs, panel.mark ?? Infinity) / 1.15,
      Math.max(...xs) * 1.1,
    ];
    return {
      title: say(panel.title),
      svg: plotSvg({
        ...frame(250, 14, 14, 40, 40),
        // Log x: extrapolation is read in multiples of the training length.
        x: { type: 'log', domain: xDomain },
        y: spec.y.log ? { type: 'log', domain: yDomain } : { domain: yDomain },
        marks: [
          Plot.gridY({ ticks: yTicks, stroke: 'var(--fig-grid)', strokeOpacity: 1 }),
          // Everything right of the mark (the training length) is extrapolation: shade it lightly.
          panel.mark === undefined
            ? []
            : [
                Plot.rect([0], {
                  x1: panel.mark,
                  x2: xDomain[1],
                  y1: yDomain[0],
                  y2: yDomain[1],
                  fill: 'var(--fig-shade)',
                }),
                Plot.ruleX([panel.mark], { stroke: 'currentColor', strokeDasharray: '3 3' }),
                panel.markLabel
                  ? Plot.text([say(panel.markLabel)], {
                      x: panel.mark,
                      frameAnchor: 'top',
                      dx: 4,
                      dy: 2,
                      textAnchor: 'start',
                    })
                  : [],
              ],
          // The first series (the paper's method) is drawn last, on top, and thicker.
          [...spec.series.entries()].reverse().map(([i, s]) => {
            const pts = panel.data[s.id];
            const st = seriesStyle(i);
            return pts
              ? [
                  Plot.line(pts, { x: '0', y: '1', ...lineStyle(st, i === 0 ? 2.5 : 1.6) }),
                  Plot.dot(pts, { x: '0', y: '1', ...hollowMarker(st, 3.5) }),
                ]
              : [];
          }),
          Plot.axisX({
            ticks: xs,
            tickFormat: String,
            label: say(spec.x.label),
            labelAnchor: 'right',
            labelOffset: 34,
          }),
          Plot.axisY({ ticks: yTicks, tickFormat: num, label: null }),
        ],
      }),
    };
  });
  // As printed in the source: as many decimals as the most precise value (18.00, not 18).
  const decimals = Math.max(...ys.map((y) => (String(y).split('.')[1] ?? '').length));
  return {
    panels,
    legend: legendOf(say, spec.series.map(labelOf)),
    tables: spec.panels.map((panel) => {
      const xs = xsOf(panel);
      return {
        caption: `${say(panel.title)}: ${say(spec.y.label)}`,
        head: [say(spec.x.label), ...xs.map(String)],
        rows: spec.series
          .filter((s) => panel.data[s.id])
          .map((s) => [
            say(s.label),
            ...xs.map(
              (x) => panel.data[s.id]?.find(([px]) => px === x)?.[1].toFixed(decimals) ?? '—',
            ),
          ]),
      };
    }),
  };
}

function drawBars(spec: Spec<'bars'>, say: Say, num: Num): Drawing {
  const height = 30 + 26 * Math.max(...spec.groups.map((g) => g.bars.length));
  const panels = spec.groups.map((group): Panel => {
    const rows = group.bars.map((b) => say(b.label));
    const cells = group.bars.flatMap((b) =>
      spec.segments.map((seg, i) => ({ bar: say(b.label), v: b.values[seg.id] ?? 0, i })),
    );
    const totals = group.bars.map((b) => ({
      bar: say(b.label),
      end: spec.segments.reduce((s, seg) => s + (b.values[seg.id] ?? 0), 0),
      text: spec.segments
        .flatMap((seg) => (b.values[seg.id] ? [num(b.values[seg.id] as number)] : []))
        .join(' + '),
    }));
    const max = Math.max(...totals.map((t) => t.end));
    return {
      title: say(group.label),
      svg: plotSvg({
        ...frame(height, 4, 14, 24, 78),
        x: { domain: [0, max * 1.7] },
        y: { domain: rows, padding: 0.1 },
        marks: [
          ...spec.segments.map((_, i) =>
            Plot.barX(
              cells,
              Plot.filter(
                (c: (typeof cells)[number]) => c.i === i && c.v > 0,
                Plot.stackX({
                  x: 'v',
                  y: 'bar',
                  fill: seriesStyle(i).color,
                  stroke: 'var(--bg)',
                  strokeWidth: 1,
                  insetTop: 2,
                  insetBottom: 2,
                }),
              ),
            ),
          ),
          Plot.text(totals, { x: 'end', y: 'bar', text: 'text', dx: 5, textAnchor: 'start' }),
          Plot.axisY({ tickSize: 0, label: null }),
          Plot.axisX({ ticks: 3, tickFormat: num, label: null }),
          Plot.ruleX([0]),
        ],
      }),
    };
  });
  return {
    panels,
    legend: legendOf(say, spec.segments.map(labelOf), { box: true }),
    tables: [
      {
        caption: say(spec.title),
        head: ['', '', ...spec.segments.map((s) => say(s.label))],
        rows: spec.groups.flatMap((g) =>
          g.bars.map((b) => [
            say(g.label),
            say(b.label),
            ...spec.segments.map((s) =>
              b.values[s.id] === undefined ? '—' : num(b.values[s.id] as number),
            ),
          ]),
        ),
      },
    ],
  };
}

/** The Ricker ("Mexican hat") wavelet without amplitude normalisation (the paper's base). */
export const ricker = (t: number) => (1 - t * t) * Math.exp(-(t * t) / 2);
/** The Haar wavelet: 1 on [0, ½), −1 on [½, 1), 0 elsewhere. */
export const haar = (t: number) => (t >= 0 && t < 0.5 ? 1 : t >= 0.5 && t < 1 ? -1 : 0);

function drawWavelets(spec: Spec<'wavelets'>, say: Say): Drawing {
  const span = spec.span;
  const step = 0.25;
  const ts = Array.from({ length: Math.round((2 * span) / step) + 1 }, (_, i) => -span + i * step);
  const row = 2.6;
  // Both panels share one vertical frame, tall enough for a row per scale.
  const half = 1.6 + (row * (spec.scales.length - 1)) / 2;
  const panel = (xDomain: number[], marks: Plot.Markish[], label: Label) =>
    sketch(xDomain, [-half, half], frame(PANEL.height, 8, 14, 26, 44), [
      ...marks,
      captionAxis(say(label)),
    ]);
  // RoPE (the paper's Analysis 1): the head dimension is the "time" axis; each pair of adjacent
  // dimensions is one Haar-like window of scale a, so the same scale repeats at shifts 0, a, 2a …
  const a = spec.ropeScale;
  const windows = Array.from({ length: Math.floor(spec.dims / a) }, (_, k) => k * a);
  const haarPts = windows.flatMap((b) =>
    [0, 0.5, 1].map((u) => ({ b, x: b + u * a, y: haar(u === 1 ? 0.999 : u) })),
  );
  const rope = panel(
    [0, windows.length * a],
    [
      Plot.ruleX([...windows, windows.length * a], { stroke: 'var(--fig-grid)' }),
      Plot.ruleY([0], { stroke: 'var(--fig-grid)' }),
      Plot.line(haarPts, {
        x: 'x',
        y: 'y',
        z: 'b',
        stroke: seriesStyle(1).color,
        strokeWidth: 1.8,
        curve: 'step-after',
      }),
      Plot.text([`$a = ${a}$`], {
        frameAnchor: 'left',
        dx: -40,
        textAnchor: 'start',
      }),
    ],
    spec.labels.dimension,
  );
  // The paper's wavelets act on the relative distance t = m − n: one row per scale a,
  // ψ((t − b)/a) with b = 0.
  const rows = spec.scales.map((s, k) => ({ s, offset: row * ((spec.scales.length - 1) / 2 - k) }));
  const wave = panel(
    [-span, span],
    [
      Plot.ruleY(rows, { y: 'offset', stroke: 'var(--fig-grid)' }),
      ...rows.map(({ s, offset }) =>
        Plot.line(
          ts.map((t) => [t, offset + ricker(t / s)] as const),
          { x: '0', y: '1', ...lineStyle(seriesStyle(0), 1.8) },
        ),
      ),
      Plot.text(rows, {
        x: -span,
        y: 'offset',
        text: (r: { s: number }) => `$a = ${r.s}$`,
        dx: -40,
        textAnchor: 'start',
      }),
    ],
    spec.labels.distance,
  );
  return {
    panels: [
      { title: say(spec.labels.rope), svg: rope },
      { title: say(spec.labels.wavelet), svg: wave },
    ],
    legend: [],
  };
}

/** The Gaussian density. */
export const gauss = (x: number, mean: number, sd: number) =>
  Math.exp(-((x - mean) ** 2) / (2 * sd * sd)) / (sd * Math.sqrt(2 * Math.PI));

function drawMixture(spec: Spec<'mixture'>, say: Say): Drawing {
  const { beta, normal: n, sensitive: s, labels } = spec;
  const lo = Math.min(n.mean - 3.5 * n.sd, s.mean - 3.5 * s.sd);
  const hi = Math.max(n.mean + 3.5 * n.sd, s.mean + 3.5 * s.sd);
  const xs = Array.from({ length: 97 }, (_, i) => lo + ((hi - lo) * i) / 96);
  const pts = xs.map((x) => {
    const pn = (1 - beta) * gauss(x, n.mean, n.sd);
    const ps = beta * gauss(x, s.mean, s.sd);
    return { x, pn, ps, pu: pn + ps };
  });
  const peakS = pts.reduce((m, p) => (p.ps > m.ps ? p : m));
  const peakN = pts.reduce((m, p) => (p.pn > m.pn ? p : m));
  const [st0, st1, st2] = [seriesStyle(0), seriesStyle(1), seriesStyle(2)];
  const label = (at: typeof peakN, y: Plot.ChannelValue, text: Label, dy = 0) =>
    Plot.text([at], { x: 'x', y, text: () => say(text), dy, textAnchor: 'middle' });
  const svg = sketch([lo, hi], [0, peakN.pu * 1.12], frame(PANEL.height, 22, 14, 16, 14), [
    Plot.areaY(pts, { x: 'x', y: 'pn', fill: st1.color, fillOpacity: 0.18 }),
    Plot.areaY(pts, { x: 'x', y1: 'pn', y2: 'pu', fill: st2.color, fillOpacity: 0.45 }),
    Plot.line(pts, { x: 'x', y: 'pn', ...lineStyle(st1, 1.6) }),
    Plot.line(pts, { x: 'x', y: 'ps', ...lineStyle(st2, 1.6) }),
    Plot.line(pts, { x: 'x', y: 'pu', ...lineStyle(st0, 2.5) }),
    Plot.ruleY([0]),
    label(peakN, 'pu', labels.unlabelled, -10),
    label(peakN, (p: { pn: number }) => p.pn * 0.3, labels.normal),
    label(peakS, 'pu', labels.sensitive, -12),
  ]);
  return {
    panels: [{ svg }],
    legend: legendOf(say, [labels.unlabelled, labels.normal, labels.sensitive], { plain: true }),
  };
}

function drawSubspace(spec: Spec<'subspace'>, say: Say): Drawing {
  const rand = normals(mulberry32(spec.seed));
  const angle = Math.PI / 6;
  const v1: Vec2 = [Math.cos(angle), Math.sin(angle)];
  const v2: Vec2 = [-Math.sin(angle), Math.cos(angle)];
  const cloud = (mean: Vec2, s1: number, s2: number): Vec2[] =>
    Array.from({ length: spec.points }, () => {
      const a = rand() * s1;
      const b = rand() * s2;
      return [mean[0] + a * v1[0] + b * v2[0], mean[1] + a * v1[1] + b * v2[1]];
    });
  const source = cloud([0, 0], 2.4, 0.45);
  const target = cloud([2.4 * v1[0] - 0.5 * v2[0], 2.4 * v1[1] - 0.5 * v2[1]], 1.1, 0.9);
  const after = alignTarget(source, target);
  const axes = principalAxes(source);
  const len = 3.2 * Math.sqrt(axes.values[0]);
  const axisLine: Vec2[] = [
    [axes.mean[0] - len * axes.vectors[0][0], axes.mean[1] - len * axes.vectors[0][1]],
    [axes.mean[0] + len * axes.vectors[0][0], axes.mean[1] + len * axes.vectors[0][1]],
  ];
  const [stS, stT] = [seriesStyle(0), seriesStyle(1)];
  const points = (pts: Vec2[], st: SeriesStyle, r: number) =>
    Plot.dot(pts, { x: '0', y: '1', symbol: st.symbol, stroke: st.color, r, strokeWidth: 1.2 });
  const panel = (target: Vec2[]) =>
    sketch([-7.5, 7.5], [-4.85, 4.85], frame(PANEL.height, 6, 6, 6, 6), [
      Plot.line(axisLine, {
        x: '0',
        y: '1',
        stroke: 'currentColor',
        strokeWidth: 1.2,
        strokeDasharray: '5 3',
        markerEnd: 'arrow',
      }),
      Plot.text([axisLine[1]], {
        x: '0',
        y: '1',
        text: () => say(spec.labels.subspace),
        dy: -10,
        textAnchor: 'end',
      }),
      points(source, stS, 2.6),
      points(target, stT, 3),
    ]);
  return {
    panels: [
      { title: say(spec.labels.before), svg: panel(target) },
      { title: say(spec.labels.after), svg: panel(after) },
    ],
    legend: legendOf(say, [spec.labels.source, spec.labels.target], { markerOnly: true }),
  };
}

/**
 * The target points after alignment in the source's significant subspace (its first principal
 * direction): their mean and variance along it become the source's (mean 0, variance λ₁), the
 * minimiser of the symmetric KL term; the other direction is left as it was.
 */
export function alignTarget(source: Vec2[], target: Vec2[]): Vec2[] {
  const { mean, vectors, values } = principalAxes(source);
  const [v1] = vectors;
  const proj = target.map((p) => (p[0] - mean[0]) * v1[0] + (p[1] - mean[1]) * v1[1]);
  const m = proj.reduce((s, x) => s + x, 0) / proj.length;
  const sd = Math.sqrt(proj.reduce((s, x) => s + (x - m) ** 2, 0) / proj.length);
  const scale = Math.sqrt(values[0]) / sd;
  return target.map((p, i) => {
    const d = ((proj[i] as number) - m) * scale - (proj[i] as number);
    return [p[0] + d * v1[0], p[1] + d * v1[1]];
  });
}

function drawPermutation(spec: Spec<'permutation'>, say: Say): Drawing {
  const m = matchWeights(spec.seed, spec.units);
  const { labels } = spec;
  const [stAfter, stBefore] = [seriesStyle(0), seriesStyle(1)];
  const muted = 'var(--fig-muted)';
  // Left: the L2 distance before and after matching, beside the size of A's weights.
  const bars = [
    { y: 2, v: m.norm, label: say(labels.norm), fill: muted, opacity: 0.35 },
    { y: 1, v: m.distance.before, label: say(labels.before), fill: stBefore.color, opacity: 1 },
    { y: 0, v: m.distance.after, label: say(labels.after), fill: stAfter.color, opacity: 1 },
  ];
  type Bar = (typeof bars)[number];
  const max = Math.max(...bars.map((b) => b.v));
  const distance = sketch([0, max * 1.05], [-0.45, 2.75], frame(150, 6, 8, 6, 8), [
    ...bars.map((b) =>
      Plot.rect([b], {
        x1: 0,
        x2: 'v',
        y1: (d: Bar) => d.y - 0.2,
        y2: (d: Bar) => d.y + 0.2,
        fill: b.fill,
        fillOpacity: b.opacity,
      }),
    ),
    Plot.text(bars, {
      x: 0,
      y: (d: Bar) => d.y + 0.22,
      text: 'label',
      textAnchor: 'start',
      lineAnchor: 'bottom',
      dx: 4,
      dy: -3,
    }),
    Plot.ruleX([0]),
  ]);
  // Right: how well each singular direction of B (after P) lines up with A's, largest first,
  // over bars of the singular values (relative to the largest).
  const ks = m.singular.map((sv, k) => ({
    k: k + 1,
    sv: sv / (m.singular[0] as number),
    before: m.alignment.before[k] as number,
    after: m.alignment.after[k] as number,
  }));
  type K = (typeof ks)[number];
  const alignment = sketch([0.5, ks.length + 0.5], [0, 1.08], frame(PANEL.height, 14, 8, 26, 8), [
    Plot.rect(ks, {
      x1: (d: K) => d.k - 0.32,
      x2: (d: K) => d.k + 0.32,
      y1: 0,
      y2: 'sv',
      fill: muted,
      fillOpacity: 0.2,
    }),
    Plot.ruleY([1], { stroke: 'currentColor', strokeDasharray: '3 3' }),
    Plot.text([say(labels.aligned)], {
      frameAnchor: 'top-right',
      dy: -12,
    }),
    Plot.link(ks, { x1: 'k', x2: 'k', y1: 'before', y2: 'after', stroke: muted }),
    Plot.dot(ks, { x: 'k', y: 'before', ...hollowMarker(stBefore, 4) }),
    Plot.dot(ks, { x: 'k', y: 'after', symbol: stAfter.symbol, fill: stAfter.color, r: 4.5 }),
    Plot.ruleY([0]),
    captionAxis(say(labels.directions)),
  ]);
  return {
    panels: [
      { title: say(labels.distance), svg: distance },
      { title: say(labels.alignment), svg: alignment },
    ],
    legend: [
      { label: say(labels.before), style: stBefore, markerOnly: true },
      { label: say(labels.after), style: stAfter, markerOnly: true, filled: true },
      {
        label: say(labels.singular),
        style: { ...seriesStyle(4), color: muted },
        box: true,
        opacity: { fillOpacity: 0.2 },
      },
    ],
  };
}

type Drawer<S> = (spec: S, say: Say, num: Num) => Drawing;
const DRAWERS: { [K in FigureSpec['kind']]: Drawer<Spec<K>> } = {
  lines: drawLines,
  bars: drawBars,
  wavelets: drawWavelets,
  mixture: drawMixture,
  subspace: drawSubspace,
  permutation: drawPermutation,
};

/** Draws a figure of any kind for one edition. */
export function draw(spec: FigureSpec, lang: Lang): Drawing {
  const say: Say = (l) => (typeof l === 'string' ? l : l[lang]);
  const fmt = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US');
  return (DRAWERS[spec.kind] as Drawer<FigureSpec>)(spec, say, (n) => fmt.format(n));
}
