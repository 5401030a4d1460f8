/**
 * A memoised `checkBody` for test files that lint many slightly changed copies of the content:
 * lintContent re-checks every MDX body on each call (MDX parse + KaTeX), and checkBody is pure,
 * so each call then only pays for the bodies it changed. The real implementation still does all
 * the checking. Use it as
 * `vi.mock('../../src/lint/body', async (o) => (await import('./support/memoised-body')).memoisedBody(o))`.
 */
type Body = typeof import('../../../src/lint/body');

export async function memoisedBody(importOriginal: <T>() => Promise<T>): Promise<Body> {
  const real = await importOriginal<Body>();
  const cache = new Map<string, ReturnType<Body['checkBody']>>();
  const checkBody: Body['checkBody'] = (file, body, lang, required, options) => {
    // The registry's functions do not serialise: its names stand for it in the key.
    const key = JSON.stringify([
      file,
      body,
      lang,
      required,
      options?.paperDir,
      options?.components && Object.keys(options.components),
    ]);
    let report = cache.get(key);
    if (!report) {
      report = real.checkBody(file, body, lang, required, options);
      cache.set(key, report);
    }
    return structuredClone(report);
  };
  return { ...real, checkBody };
}
