/**
 * Every built page passes html-validate's recommended rules with no error. Each relaxed rule
 * says why; everything else in the preset stays on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { expect, test } from 'vitest';
import { htmlFiles } from '../../src/integrations/built-pages';
import { config } from '../support/html-validate';
import { DIST as dist } from '../support/dist';

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
