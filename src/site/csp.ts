/**
 * The Content-Security-Policy every page carries as `<meta http-equiv>` (BaseLayout). Everything
 * comes from the site's own origin and no inline script runs: the build emits every script and
 * stylesheet as a file (`assetsInlineLimit: 0`, `inlineStylesheets: 'never'` in astro.config.ts).
 *
 * Written here rather than with Astro's `security.csp`, which adds a hash of every script of the
 * site to `script-src` (allowing those scripts inline) although none is inline.
 * Directives that browsers ignore in a `<meta>` policy (frame-ancestors, sandbox, report-uri)
 * are left out: Chromium logs a console error for each.
 */
const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['base-uri', "'self'"],
  ['object-src', "'none'"],
  ['form-action', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  // Search fetches its index (JSON) from the site's own search/ folder.
  ['connect-src', "'self'"],
  ['worker-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // KaTeX positions glyphs with style="…" attributes; <style> elements stay blocked.
  ['style-src-attr', "'unsafe-inline'"],
];

/** The policy as the `content` of a `<meta http-equiv="content-security-policy">`. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map((d) => d.join(' ')).join('; ');
