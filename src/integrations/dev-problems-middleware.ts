/**
 * Development server only (added by the content guard): while the content has problems, every
 * page fails with them, so Astro shows the list, file by file, in its error overlay (and the
 * terminal). The server keeps running; the next page load after a fix renders normally.
 */
import type { MiddlewareHandler } from 'astro';
import { AstroError } from 'astro/errors';
import { getDevProblems } from './dev-problems';

export const onRequest: MiddlewareHandler = (_context, next) => {
  const problems = getDevProblems();
  if (problems) throw new AstroError(problems.message, problems.hint);
  return next();
};
