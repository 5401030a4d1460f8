/**
 * Builds the real content, changed by a test, in isolation: in a temporary copy of the project
 * (tests/support/project-copy.ts: its own content, `.astro/`, cache and output folder), through
 * `scripts/build.ts` (what `npm run build` runs), so that builds can run side by side. Used by
 * tests/build/bad-content.test.ts, content-fuzz-build.test.ts and image-figures.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyEnv, copyProject } from './project-copy';

/** Builds a copy of the real content, changed by `prepare`, in its own temporary folder. */
export function buildWith(
  prepare: (content: string) => void,
  pages: string[] = [],
  stale = false,
  /** Called with the output folder after the build, before the temporary folder is removed. */
  inspect?: (out: string) => void,
) {
  const dir = copyProject('digest-content-');
  try {
    const content = join(dir, 'content');
    prepare(content);
    const out = join(dir, 'dist');
    if (stale) {
      // The output of an earlier build, which a failed build must not leave looking current.
      mkdirSync(out);
      writeFileSync(join(out, 'index.html'), '<!doctype html><title>earlier build</title>');
    }
    const result = spawnSync(process.execPath, [join(dir, 'scripts/build.ts'), '--local'], {
      cwd: dir,
      env: { ...copyEnv(), NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    inspect?.(out);
    return {
      status: result.status,
      output: `${result.stdout}\n${result.stderr}`,
      hasIndex: existsSync(join(out, 'index.html')),
      hasOutput: existsSync(out),
      /** Which of the requested pages exist in the output folder. */
      pages: pages.filter((p) => existsSync(join(out, p))),
      /** Whether a staging or previous-output folder was left beside the output folder. */
      leftovers: existsSync(join(dir, '.dist.staging')) || existsSync(join(dir, '.dist.previous')),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a build left behind. */
export type Build = ReturnType<typeof buildWith>;
