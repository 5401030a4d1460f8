/**
 * A figure as hast: `<figure class="figure" data-figure="name">` with its panels (inline SVG,
 * `role="img"`, named by a `<title>`), an HTML legend, a caption and, for screen readers and
 * anyone who wants the numbers, a disclosure with the data tables or a text description (before
 * the caption, which HTML wants first or last). The
 * number (図N / Figure N) and the id `fig-N` are set later by `rehypeFigureNumbers`, in the
 * order the figures stand on the page.
 */
import * as Plot from '@observablehq/plot';
import type { Element } from 'hast';
import { isSchematic, type DrawnFigureSpec } from '../content/schema';
import type { Lang } from '../i18n/langs';
import { useTranslations } from '../i18n';
import { draw, type LegendEntry } from './draw';
import { hollowMarker, lineStyle } from './house';
import { h } from 'hastscript';
import { mathHtml, mathPlain } from './math';
import { plotSvg } from './svg';

/** Kinds whose data are synthetic (generated or chosen for illustration), not the paper's. */
const SYNTHETIC = new Set(['mixture', 'subspace', 'permutation']);

/** A small swatch: the series' line and marker, or a filled box. */
function swatch({ style, box, plain, markerOnly, filled, opacity }: LegendEntry): Element {
  const fill = filled ? style.color : markerOnly ? 'none' : 'var(--bg)';
  const marks = box
    ? [Plot.rect([0], { x1: 0.1, x2: 0.9, y1: 0.05, y2: 0.95, fill: style.color, ...opacity })]
    : [
        markerOnly ? [] : Plot.ruleY([0.5], { x1: 0, x2: 1, ...lineStyle(style, 2) }),
        plain ? [] : Plot.dot([0.5], { x: 0.5, y: 0.5, ...hollowMarker(style, 3.5), fill }),
      ];
  const svg = plotSvg({
    width: 28,
    height: 12,
    margin: 0,
    axis: null,
    marks,
    x: { domain: [0, 1] },
    y: { domain: [0, 1] },
  });
  svg.properties['ariaHidden'] = 'true';
  return svg;
}

/** Draws figure `name` of a paper for one edition. */
export function renderFigure(name: string, spec: DrawnFigureSpec, lang: Lang): Element {
  const t = useTranslations(lang);
  const drawing = draw(spec, lang);
  const title = spec.title[lang];
  const many = drawing.panels.length > 1;
  const panels = drawing.panels.map((p, i) => {
    const id = `figure-${name}-title-${i + 1}`;
    const svg = p.svg;
    svg.properties.role = 'img';
    svg.properties['ariaLabelledBy'] = [id];
    svg.children.unshift(
      h('title', { id }, [mathPlain(many && p.title ? `${title}: ${p.title}` : title)]),
    );
    return h('div', { className: ['figure-panel'] }, [
      p.title
        ? h('p', { className: ['figure-panel-title'], ariaHidden: 'true' }, mathHtml(p.title))
        : null,
      svg,
    ]);
  });
  const schematic = isSchematic(spec);
  const caption = h('figcaption', [
    h('span', { className: ['figure-number'] }),
    schematic
      ? h('span', { className: ['figure-kind'] }, [
          t(SYNTHETIC.has(spec.kind) ? 'figure.schematicSynthetic' : 'figure.schematic'),
        ])
      : null,
    mathHtml(spec.caption[lang]),
    'source' in spec
      ? [
          ' ',
          h('span', { className: ['figure-source'] }, [
            t('figure.source', { source: spec.source[lang] }),
          ]),
        ]
      : null,
  ]);
  const cell = (c: string, i: number) => (i === 0 ? h('th', { scope: 'row' }, [c]) : h('td', [c]));
  const row = (r: string[]) => h('tr', r.map(cell));
  const colHead = (c: string) => h('th', { scope: 'col' }, [c]);
  const details = h(
    'details',
    { className: ['figure-data'] },
    schematic
      ? [h('summary', [t('figure.description')]), h('p', mathHtml(spec.description[lang]))]
      : [
          h('summary', [t('figure.data')]),
          ...(drawing.tables ?? []).map((table) =>
            h('div', { className: ['figure-table'] }, [
              h('table', [
                h('caption', [table.caption]),
                h('thead', [h('tr', table.head.map(colHead))]),
                h('tbody', table.rows.map(row)),
              ]),
            ]),
          ),
        ],
  );
  return h(
    'figure',
    { className: ['figure', schematic ? 'figure-schematic' : 'figure-results'], dataFigure: name },
    [
      h('div', { className: ['figure-panels', `figure-panels-${drawing.panels.length}`] }, panels),
      drawing.legend.length
        ? h(
            'ul',
            { className: ['figure-legend'] },
            // The label is one element: as bare text, each word of another language (which
            // rehype-lang wraps in a span) would become a flex item of its own, spaced apart.
            drawing.legend.map((entry) =>
              h('li', [swatch(entry), h('span', mathHtml(entry.label))]),
            ),
          )
        : null,
      // The caption must be the figure's first or last child (HTML): the disclosure comes before it.
      details,
      caption,
    ],
  );
}
