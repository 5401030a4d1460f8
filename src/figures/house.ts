/**
 * The house style of every figure: the panel size and the six series styles (each drawer in
 * draw.ts sets its own margins). Colours are CSS custom properties (defined in
 * src/styles/figures.css, switched for dark mode and print), so the SVG carries no colour values
 * of its own; each series also differs in dash pattern and marker, so no difference is carried
 * by colour alone.
 */

/** Size of one panel in SVG user units; text is set in CSS px at this scale (≈1:1 on screen). */
export const PANEL = { width: 340, height: 220 } as const;

/** One series' look: colour variable, dash pattern (none = solid) and marker symbol. */
export interface SeriesStyle {
  /** `var(--fig-N)`. */
  color: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash: string | undefined;
  /** An Observable Plot symbol name. */
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';
}

/** The six series styles, in order: colour (Okabe–Ito based), dash and marker all differ. */
const SERIES: readonly SeriesStyle[] = [
  { color: 'var(--fig-1)', dash: undefined, symbol: 'circle' },
  { color: 'var(--fig-2)', dash: '6 3', symbol: 'square' },
  { color: 'var(--fig-3)', dash: '2 2', symbol: 'triangle' },
  { color: 'var(--fig-4)', dash: '8 3 2 3', symbol: 'diamond' },
  { color: 'var(--fig-5)', dash: '1 3', symbol: 'cross' },
  { color: 'var(--fig-6)', dash: '4 4', symbol: 'star' },
];

/** The style of the i-th series (cycling, though the schema allows at most six). */
export const seriesStyle = (i: number): SeriesStyle => SERIES[i % SERIES.length] as SeriesStyle;

/** A series' line in Plot options: its colour and dash, at a width. */
export const lineStyle = (st: SeriesStyle, strokeWidth: number) => ({
  stroke: st.color,
  strokeWidth,
  ...(st.dash ? { strokeDasharray: st.dash } : {}),
});

/** A series' hollow marker in Plot options: its symbol outlined in its colour, at a radius. */
export const hollowMarker = (st: SeriesStyle, r: number) => ({
  symbol: st.symbol,
  stroke: st.color,
  fill: 'var(--bg)',
  strokeWidth: 1.5,
  r,
});
