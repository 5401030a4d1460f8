/**
 * Every built page passes html-validate's recommended rules with no error. Each relaxed rule
 * says why; everything else in the preset stays on.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-pages';

// E2E_DIST_DIR points the checks at another build, as for the browser tests.
const dist = resolve(process.env['E2E_DIST_DIR'] ?? join(import.meta.dirname, '../../dist'));

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // KaTeX positions every glyph with style="…" attributes; the Content-Security-Policy allows
    // style attributes (style-src-attr) for the same reason.
    'no-inline-style': 'off',
    // Titles are the paper's own title plus the site name; cutting them at 70 characters would
    // hide which paper a tab or bookmark is.
    'long-title': 'off',
    // Used on purpose: a scrolling table wrapper is a focusable role="region" (a <section> is not
    // focusable by itself), and the search dialog is the ARIA combobox + listbox pattern,
    // which a native <select> cannot provide.
    'prefer-native-element': ['error', { exclude: ['region', 'listbox', 'combobox'] }],
    // The comparison table turns into stacked blocks on phones (display: block), which makes
    // browsers drop the table semantics; its explicit table/rowgroup/row/cell roles keep them.
    'no-redundant-role': 'off',
  },
};

const validator = new HtmlValidate(new StaticConfigLoader(config));
const files = await htmlFiles(dist);

test('the build has pages to validate', () => {
  expect(files.length).toBeGreaterThan(8);
});

test.each(files)('%s is valid HTML', async (file) => {
  const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
  const messages = report.results.flatMap((r) =>
    r.messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
  expect(messages).toEqual([]);
});
