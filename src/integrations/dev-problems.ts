/**
 * The content's current problems on the development server, shared between the content guard
 * (which lints after each change) and the middleware that shows them in the browser. Both run in
 * the one server process, but Vite loads the middleware as its own module, so the state lives on
 * `globalThis`.
 */
const KEY = Symbol.for('ntt-digest.content-problems');

/** The problems as one error for the author, or undefined when there are none. */
export interface DevProblems {
  message: string;
  hint: string;
}

const slot = () => globalThis as { [KEY]?: DevProblems | undefined };

export const getDevProblems = (): DevProblems | undefined => slot()[KEY];

export function setDevProblems(problems: DevProblems | undefined): void {
  slot()[KEY] = problems;
}
