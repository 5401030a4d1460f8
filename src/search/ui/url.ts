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
