import { expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp';

// The whole policy, so any change to it is a deliberate one: everything from the site's own
// origin; no inline script, eval, WebAssembly, hash or worker; inline style attributes (KaTeX)
// but no <style> elements; no directive that a <meta> policy cannot carry (frame-ancestors,
// sandbox, report-uri, report-to).
test('CONTENT_SECURITY_POLICY is exactly the site policy', () => {
  expect(CONTENT_SECURITY_POLICY.split('; ')).toEqual([
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
  ]);
});
