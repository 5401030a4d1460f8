/**
 * Small pure helpers for the search UI (shared by the page script and the tests).
 */

/** The `q` parameter of a query string, trimmed; "" when absent. */
export function queryFromUrl(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim();
}

/** Fills `{name}` placeholders in a UI string that was handed to the browser. */
export function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    vars[name] === undefined ? m : String(vars[name]),
  );
}

/** The status line: the count, after the note that a corrected query is shown. */
export function statusText(
  strings: Record<string, string>,
  out: { hits: readonly unknown[]; total: number; corrected?: string },
  query: string,
): string {
  const count = out.hits.length
    ? out.total === 1
      ? (strings['resultOne'] ?? '')
      : fillTemplate(strings['results'] ?? '', { count: out.total })
    : fillTemplate(strings['noResults'] ?? '', { query });
  return out.corrected
    ? `${fillTemplate(strings['corrected'] ?? '', { query: out.corrected })} ${count}`
    : count;
}
