/**
 * Security headers as far as a static page carries them: every built page has the site's
 * Content-Security-Policy (src/site/csp.ts) as the first thing in <head> after the charset, a
 * referrer policy, and nothing the policy would have to allow inline: no inline script, no
 * event-handler attribute, no <style> element. (The policy itself is checked by
 * tests/unit/csp.test.ts; that no page requests another origin is proven in Chromium by
 * tests/e2e/pages.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp';
import { htmlFiles } from '../../src/integrations/built-pages';
import { DIST as dist } from '../support/dist';

const files = await htmlFiles(dist);
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

test.each(files)('%s carries the policy and needs nothing inline', (file) => {
  const html = readFileSync(join(dist, file), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const metas = [
    ...head.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi),
  ].map((m) => decode(m[1]!));
  expect(metas).toEqual([CONTENT_SECURITY_POLICY]);
  // Before any element that loads something, so it governs all of them.
  const at = head.search(/<meta http-equiv="content-security-policy"/i);
  const firstLoad = head.search(/<(script|link|style)\b/i);
  expect(
    firstLoad === -1 || at < firstLoad,
    'the policy comes before any script, link or style',
  ).toBe(true);
  expect(head).toMatch(
    /<meta name="referrer" content="(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)"/,
  );

  const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
    ([, attrs = '', body = '']) =>
      !/\ssrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs) && body.trim() !== '',
  );
  expect(
    inlineScripts.map((m) => m[0].slice(0, 120)),
    'inline scripts',
  ).toEqual([]);
  expect(html.match(/<[a-z][^>]*\son[a-z]+=/gi) ?? [], 'event-handler attributes').toEqual([]);
  expect(html.match(/<style\b/gi) ?? [], '<style> elements').toEqual([]);
});
