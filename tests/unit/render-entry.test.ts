/**
 * What Astro's own `render(entry)` makes of a paper entry stored by the papers' loader: Astro's
 * runtime renderer (the function behind `render` of `astro:content`) run through the Container
 * API. It shows the notice that points to loadPaperBody, which the build refuses
 * (tests/unit/dist-checks.test.ts), never an empty body.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
// The function `render()` of `astro:content` calls; Astro exports it for its virtual module.
import { createRenderEntry } from 'astro/content/runtime';
import { expect, test } from 'vitest';
import { hasRenderMisuse, RENDER_MISUSE_HTML } from '../../src/collections/rendered-html';

test('render(entry) of a paper shows the notice to use loadPaperBody, not an empty body', async () => {
  // Only logger.error is used (for deferred-render entries, which papers are not).
  const renderEntry = createRenderEntry({ logger: console } as unknown as Parameters<
    typeof createRenderEntry
  >[0]);
  const { Content, headings } = await renderEntry({
    id: 'x/en',
    data: {},
    filePath: 'content/papers/x/en.mdx',
    rendered: {
      html: RENDER_MISUSE_HTML,
      metadata: { headings: [{ depth: 3, slug: 'method', text: 'Method' }], htmlFile: '/x.html' },
    },
  });
  const container = await AstroContainer.create();
  const html = await container.renderToString(Content);
  expect(html).toContain('use loadPaperBody(entry) from src/collections/queries/');
  expect(hasRenderMisuse(html)).toBe(true);
  expect(headings).toEqual([{ depth: 3, slug: 'method', text: 'Method' }]);
});
