/**
 * Observable Plot, run at build time on a server-side DOM (linkedom), turned into a small hast
 * SVG: Plot's `<style>` element (blocked by the site's CSP, and restyled by our stylesheet
 * anyway), its generated class, font attributes, group labels and size attributes are dropped,
 * and coordinates are rounded to one decimal. Nothing of Plot reaches the reader's browser.
 */
import * as Plot from '@observablehq/plot';
import type { Element, ElementContent, Properties } from 'hast';
import { find, svg } from 'property-information';
import { parseHTML } from 'linkedom';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** Attributes Plot writes that the stylesheet sets instead, or that carry nothing for readers. */
const DROPPED = new Set(['class', 'font-family', 'font-size', 'aria-label', 'aria-hidden']);
/** Dropped from the root only: the stylesheet sizes the chart from its viewBox. */
const DROPPED_ROOT = new Set(['width', 'height']);

/** Rounds every decimal number in an attribute value to one decimal place. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  textContent: string | null;
  attributes?: ArrayLike<{ name: string; value: string }>;
  childNodes: ArrayLike<DomNode>;
}

function toHast(node: DomNode, root = true): ElementContent | undefined {
  if (node.nodeType === 3) return { type: 'text', value: node.textContent ?? '' };
  if (node.nodeType !== 1) return undefined;
  // SVG names are case-sensitive (linearGradient); linkedom keeps them in localName.
  const tagName = node.localName ?? node.nodeName.toLowerCase();
  if (tagName === 'style') return undefined;
  const properties: Properties = {};
  for (const { name, value } of Array.from(node.attributes ?? [])) {
    if (DROPPED.has(name) || (root && DROPPED_ROOT.has(name))) continue;
    // hast names properties as property-information does (stroke-width → strokeWidth), which is
    // what the sanitizer's allow-list and hast-util-to-html expect.
    properties[find(svg, name).property] = roundNumbers(value);
  }
  const children: ElementContent[] = [];
  for (const child of Array.from(node.childNodes)) {
    const c = toHast(child, false);
    if (c) children.push(c);
  }
  return { type: 'element', tagName, properties, children };
}

/** Draws a Plot specification and returns the `<svg>` as hast (no title yet, no role). */
export function plotSvg(options: Plot.PlotOptions): Element {
  const svg = Plot.plot({
    ...options,
    document: document as unknown as Document,
  }) as unknown as DomNode;
  const out = toHast(svg);
  if (out?.type !== 'element' || out.tagName !== 'svg')
    throw new Error('Observable Plot did not return an <svg>');
  return out;
}
