/**
 * A production build without SITE_URL stops before building anything, names the setting, and
 * leaves no output (an earlier build in the folder is removed too), so no page can be published
 * with a placeholder address. The rule itself is unit-tested (tests/unit/site-url.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'site-url-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('`npm run build` without SITE_URL fails with a message naming it and writes nothing', () => {
  const out = join(work, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>earlier build</title>');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_CACHE_DIR: join(work, 'cache'),
    NO_COLOR: '1',
  };
  delete env.SITE_URL;
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), '--outDir', out], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain(
    "SITE_URL is not set. A production build needs the site's public origin",
  );
  expect(output).toContain('npm run build -- --local');
  expect(existsSync(out)).toBe(false);
});
