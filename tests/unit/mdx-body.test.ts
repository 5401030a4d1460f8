/**
 * Paper bodies as MDX (src/markdown/mdx-body.ts, components.ts, pipeline.ts `renderMdxBody`):
 * the component registry, inline HTML as hast, every construct MDX would run as code failing in
 * the linter and in the renderer with file and line, and `<Note>` in both editions. (KaTeX
 * rendering each formula once for the linter and the renderer together: html-policy.test.ts.)
 */
import { h } from 'hastscript';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lint/body';
import { bodyComponents, type BodyComponent } from '../../src/markdown/components';
import {
  MDX_BODY_SYNTAX,
  mdxHandlers,
  remarkMdxBody,
  type ComponentRegistry,
} from '../../src/markdown/mdx-body';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { renderMdxBody } from '../../src/markdown/pipeline';
import { PROJECT_ROOT } from './support/content';

const FILE = 'content/papers/x/en.mdx';
const ABS_EN = `${PROJECT_ROOT}content/papers/x/en.mdx`;
const ABS_JA = `${PROJECT_ROOT}content/papers/x/ja.mdx`;

/** The linter's problems for a body (no required sections). */
const lint = (body: string, components?: ComponentRegistry) =>
  checkBody(FILE, body, 'en', [], components ? { components } : {}).problems.map(
    (p) => `${p.line ?? '?'}: ${p.message}`,
  );
const render = (body: string, path = ABS_EN) => renderMdxBody(body, path);

describe('bodyComponents (the registry)', () => {
  test('a component added to a registry is checked by the linter and rendered by its entry', async () => {
    const Badge: BodyComponent = {
      check: (node) =>
        node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'label')
          ? []
          : ['<Badge> needs a label'],
      render: (node) => [h('span.badge', String(node.attributes.length))],
    };
    const registry = { ...bodyComponents, Badge };
    expect(lint('Text <Badge /> here.\n', registry)).toEqual(['1: <Badge> needs a label']);
    expect(lint('Text <Badge label="x" /> here.\n', registry)).toEqual([]);
    // The renderer takes the same registry: <Badge> becomes what its entry's `render` returns.
    const html = String(
      await unified()
        .use(remarkParse)
        .use(MDX_BODY_SYNTAX)
        .use(remarkMdxBody, { components: registry })
        .use(remarkRehype, { handlers: mdxHandlers(registry) })
        .use(rehypeStringify)
        .process(new VFile({ value: 'Text <Badge label="x" kind="y" /> here.\n', path: ABS_EN })),
    );
    expect(html).toBe('<p>Text <span class="badge">2</span> here.</p>');
  });
});

describe('a body through renderMdxBody', () => {
  // Found by the property tests (content-fuzz.test.ts, seeds 1345904929, -1434060816 and
  // 599810003 on the ja bodies): an indented display formula crashed the CommonMark renderer the
  // bodies used before MDX. MDX has no indented code, so it is a formula like any other.
  test('an indented display formula is linted and rendered as a formula', async () => {
    const body = 'Text.\n\n    $$\n    x^2 + y\n    $$\n';
    expect(lint(body)).toEqual([]);
    const { html } = await render(body);
    expect(html).toContain('class="katex-display"');
    expect(html).not.toContain('<code');
  });

  test('inline HTML in a body renders as HTML, with its literal and boolean attributes', async () => {
    const { html } = await render(
      'E = mc<sup>2</sup>,<br /> see <abbr title="x" class="a b" hidden>X</abbr>.\n',
    );
    expect(html).toBe(
      '<p>E = mc<sup>2</sup>,<br> see <abbr title="x" class="a b" hidden>X</abbr>.</p>',
    );
  });
});

describe('what MDX would run as code fails, in the linter and the renderer, with file and line', () => {
  const cases: [string, string, RegExp][] = [
    [
      'an unknown component',
      'Text.\n\n<Chart />\n',
      /^3: <Chart> is not a component a body may use \(known: <Note>, <Figure>, <FigureRef>\)/,
    ],
    [
      'an expression attribute on a component',
      'Text.\n\n<Note kind={1}>\nx\n</Note>\n',
      /^3: <Note>: the attribute kind=\{1\} is an expression, which is code/,
    ],
    [
      'a lowercase element with an expression attribute',
      'A <span title={t}>word</span>.\n',
      /^1: <span>: the attribute title=\{t\} is an expression, which is code/,
    ],
    [
      'a spread attribute',
      'A <span {...props}>word</span>.\n',
      /^1: <span>: the attribute "\{\.\.\.props\}" \(a spread\) is code/,
    ],
    [
      'an import',
      'import X from "./x.js"\n\nText.\n',
      /^1: "import X from "\.\/x\.js"" is an MDX import or export/,
    ],
    [
      'an export',
      'Text.\n\nexport const a = 1\n',
      /^3: "export const a = 1" is an MDX import or export/,
    ],
    ['an expression', 'Text {a + b} here.\n', /^1: "\{a \+ b\}" is read as code, not text/],
    ['a fragment', 'Text <>x</> here.\n', /^1: "<>" \(a fragment\) is JSX/],
  ];

  test.each(cases)('%s', async (_name, body, message) => {
    const problems = lint(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    const [line, text] = (problems[0] as string).split(/: (.*)/s) as [string, string];
    await expect(render(body)).rejects.toThrow(`content/papers/x/en.mdx:${line}: ${text}`);
  });

  test('an MDX comment is allowed and leaves nothing', async () => {
    expect(lint('Text {/* a comment */} here.\n')).toEqual([]);
    expect((await render('Text {/* a comment */} here.\n')).html).toBe('<p>Text  here.</p>');
  });

  test('the digest may use no component', () => {
    expect(lint('<Note>\nx\n</Note>\n', {})).toEqual([
      '1: <Note> is not a component a body may use (known: none); check its spelling, or write an HTML element in lower case',
    ]);
  });
});

describe('<Note>', () => {
  const note = '## Method\n\nBefore.\n\n<Note>\nThe **authors** confirm $x^2$.\n</Note>\n';

  test.each([
    ['en', ABS_EN, 'Editor’s note'],
    ['ja', ABS_JA, '編集注'],
  ])('renders as a labelled note with Markdown inside (%s)', async (_lang, path, label) => {
    const { html } = await render(note, path);
    const start = html.indexOf('<div class="editor-note" role="note">');
    expect(start).toBeGreaterThan(html.indexOf('Before.'));
    const inside = html.slice(start);
    expect(inside).toContain(`<p class="editor-note-label">${label}</p>`);
    expect(inside).toMatch(/<strong>(<span lang="en">)?authors(<\/span>)?<\/strong>/);
    expect(inside).toContain('<span class="katex">');
  });

  test('refuses attributes, inline use and emptiness', () => {
    expect(lint('<Note kind="x">\ny\n</Note>\n')).toEqual([
      '1: <Note> takes no attributes (found: kind)',
    ]);
    expect(lint('Text <Note>y</Note> text.\n')).toEqual([
      '1: <Note> is a block: put <Note> and </Note> on lines of their own, with the note between them',
    ]);
    expect(lint('<Note />\n')).toEqual([
      '1: <Note> is empty; write the note between <Note> and </Note>',
    ]);
  });
});
