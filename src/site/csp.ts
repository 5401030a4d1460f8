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

/** Parses a CSP string into directive name → sources (lower-cased names). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * What is wrong with a page's policy for this site (empty when nothing): it must forbid inline
 * script and any other origin for scripts, styles, fonts, images and connections.
 */
export function cspProblems(policy: string): string[] {
  const csp = parseCsp(policy);
  const problems: string[] = [];
  const checks: [string, string[]][] = [
    ['script-src-elem', ['script-src', 'default-src']],
    ['script-src', ['default-src']],
    ['style-src-elem', ['style-src', 'default-src']],
    ['font-src', ['default-src']],
    ['img-src', ['default-src']],
    ['connect-src', ['default-src']],
    ['worker-src', ['child-src', 'script-src', 'default-src']],
  ];
  for (const [name, fallbacks] of checks) {
    // The directive in force: the first of the name and its fallbacks that the policy sets.
    const sources = [name, ...fallbacks].map((n) => csp.get(n)).find(Boolean);
    if (!sources) {
      problems.push(`${name}: not restricted`);
      continue;
    }
    // A hash would let an inline script run: only style directives may carry them.
    const hashOk = name.startsWith('style');
    const foreign = sources.filter(
      (s) => !["'self'", "'none'"].includes(s) && !(hashOk && /^'sha(256|384|512)-/.test(s)),
    );
    if (foreign.length) problems.push(`${name}: allows ${foreign.join(' ')}`);
  }
  if (!csp.get('object-src')?.includes("'none'")) problems.push("object-src: not 'none'");
  return problems;
}
