/**
 * What a phone reader cannot see: elements of the page, as it is laid out now, whose content is
 * cut off. Each finding names the element and what is cut off:
 * - a box that hides what overflows it (`overflow: hidden` or `clip`) and has more content than room;
 * - a box that scrolls sideways (`overflow-x: auto` or `scroll`) with more content than room, unless
 *   a reader can tell and reach it: it is keyboard-focusable and shows the scroll affordance
 *   (the edge shadows of global.css, drawn with a `background-attachment: local` layer);
 * - a table meant to become cards on a phone (`.stack-table`, the comparison and societal-impact
 *   tables) in a box that scrolls sideways at all;
 * - an element that sticks out past the right edge of the viewport (outside any such box), and
 *   the page itself scrolling sideways.
 * Elements a reader is not meant to see (visually hidden for screen readers, not rendered) are
 * left out. Runs in the page (`page.evaluate(clippedElements)`); lay out deferred sections first.
 */
export function clippedElements(): string[] {
  const found: string[] = [];
  const vw = document.documentElement.clientWidth;
  const name = (el: Element): string => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/) : [];
    const own = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls[0] ? `.${cls.filter(Boolean).join('.')}` : ''}`;
    const anchor = el.closest('[id]');
    return anchor && anchor !== el ? `${own} in #${anchor.id}` : own;
  };
  const text = (el: Element) => (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
  const scrolls = (ox: string) => ox === 'auto' || ox === 'scroll';
  const clips = (ox: string) => ox === 'hidden' || ox === 'clip';
  const visuallyHidden = (el: Element, cs: CSSStyleDeclaration) => {
    const r = el.getBoundingClientRect();
    return (
      r.width <= 1 ||
      r.height <= 1 ||
      (cs.position === 'absolute' && cs.clip !== 'auto' && cs.clip !== '') ||
      cs.clipPath !== 'none'
    );
  };
  /** Whether a box between `el` and the body scrolls or clips sideways (it answers for `el`). */
  const inBox = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (scrolls(ox) || clips(ox)) return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
    const cs = getComputedStyle(el);
    if (visuallyHidden(el, cs)) continue;
    const more = el.scrollWidth - el.clientWidth;
    if (more > 1 && clips(cs.overflowX)) {
      // Name what sticks out, too: the first element past the box's right edge.
      const edge = el.getBoundingClientRect().left + el.clientLeft + el.clientWidth;
      const culprit = [...el.querySelectorAll('*')].find(
        (d) => d.getBoundingClientRect().right > edge + 1,
      );
      found.push(
        `${name(el)} hides ${more}px of its content${culprit ? ` (${name(culprit)}: "${text(culprit)}")` : ` ("${text(el)}")`}`,
      );
    }
    if (more > 1 && scrolls(cs.overflowX) && el.querySelector(':scope > .stack-table'))
      found.push(`${name(el)} scrolls ${more}px sideways instead of showing its table as cards`);
    else if (more > 1 && scrolls(cs.overflowX)) {
      const affordance =
        cs.backgroundAttachment.split(',').some((a) => a.trim() === 'local') &&
        cs.backgroundImage !== 'none';
      const focusable = (el as HTMLElement).tabIndex >= 0;
      if (!affordance || !focusable)
        found.push(
          `${name(el)} scrolls ${more}px sideways without ${affordance ? '' : 'a visible scroll affordance'}${!affordance && !focusable ? ' and ' : ''}${focusable ? '' : 'keyboard focus'} ("${text(el)}")`,
        );
    }
    const right = el.getBoundingClientRect().right;
    if (right > vw + 1 && !inBox(el))
      found.push(`${name(el)} ends at ${Math.round(right)}px, past the ${vw}px viewport`);
  }
  const page = document.documentElement.scrollWidth;
  if (page > vw + 1) found.push(`the page scrolls sideways (${page}px wide at ${vw}px)`);
  return found;
}
