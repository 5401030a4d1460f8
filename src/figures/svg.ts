/**
 * Observable Plot, run at build time on a server-side DOM (linkedom), turned into a small hast
 * SVG: Plot's `<style>` element (blocked by the site's CSP, and restyled by our stylesheet
 * anyway), its generated class, font attributes, group labels and size attributes are dropped,
 * coordinates are rounded to one decimal, and formulas in text ($p_U$) are set with `<tspan>`s. Nothing of Plot reaches the reader's browser.
 */
import * as Plot from '@observablehq/plot';
import type { Element, ElementContent, Properties } from 'hast';
import { find, svg } from 'property-information';
import { parseHTML } from 'linkedom';
import { mathSvg } from './math';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** Attributes Plot writes that the stylesheet sets instead, or that carry nothing for readers. */
const DROPPED = new Set([
  'class',
  'font-family',
  'font-size',
  // Plot marks its axes tabular-nums; the W3C checker rejects the attribute on <g>, and
  // figures.css sets tabular figures for every figure instead.
  'font-variant',
  'aria-label',
  'aria-hidden',
]);
/** Dropped from the root only: the stylesheet sizes the chart from its viewBox. */
const DROPPED_ROOT = new Set(['width', 'height']);

/** Rounds every decimal number in an attribute value to one decimal place. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

function toHast(node: Node, root = true, inText = false): ElementContent[] {
  // Text of a label may hold formulas ($p_U$): they become <tspan>s (math.ts).
  if (node.nodeType === 3)
    return inText
      ? mathSvg(node.textContent ?? '')
      : [{ type: 'text', value: node.textContent ?? '' }];
  if (node.nodeType !== 1) return [];
  const el = node as globalThis.Element;
  // SVG names are case-sensitive (linearGradient); linkedom keeps them in localName.
  const tagName = el.localName;
  if (tagName === 'style') return [];
  const properties: Properties = {};
  for (const { name, value } of Array.from(el.attributes)) {
    if (DROPPED.has(name) || (root && DROPPED_ROOT.has(name))) continue;
    // hast names properties as property-information does (stroke-width → strokeWidth), which is
    // what the sanitizer's allow-list and hast-util-to-html expect.
    properties[find(svg, name).property] = roundNumbers(value);
  }
  const text = inText || tagName === 'text';
  const children = Array.from(node.childNodes).flatMap((child) => toHast(child, false, text));
  return [{ type: 'element', tagName, properties, children }];
}

/** Draws a Plot specification and returns the `<svg>` as hast (no title yet, no role). */
export function plotSvg(options: Plot.PlotOptions): Element {
  const [out] = toHast(Plot.plot({ ...options, document: document as unknown as Document }));
  if (out?.type !== 'element' || out.tagName !== 'svg')
    throw new Error('Observable Plot did not return an <svg>');
  return out;
}
