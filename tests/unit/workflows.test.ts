/**
 * The GitHub workflows (.github/workflows/) pass the workflow schema (`npm run lint:workflows`,
 * @action-validator/cli, also run by `npm run lint`), and a broken workflow fails it; the
 * deploy workflow builds with Astro's action, deploys with actions/deploy-pages and gives the
 * build the Pages site's origin and base path; CI runs the README's commands (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const validator = join(root, 'node_modules/.bin/action-validator');
const validate = (file: string) =>
  spawnSync(validator, [file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string; container?: { image: string } }>;
}
const workflow = (name: string) => yaml.load(read(name)) as Workflow;

describe('workflows', () => {
  test('there are the CI and deploy workflows', () => {
    expect(readdirSync(dir).sort()).toEqual(['ci.yml', 'deploy.yml']);
  });

  test.each(['ci.yml', 'deploy.yml'])('%s passes the workflow schema', (name) => {
    const result = validate(join(dir, name));
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  });

  test('a workflow with a misspelt key fails the schema', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'workflow-'));
    try {
      const file = join(tmp, 'deploy.yml');
      writeFileSync(file, read('deploy.yml').replace('runs-on:', 'run-on:'));
      const result = validate(file);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(/run-on/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('CI runs on pull requests with the README commands (.ci/run: npm ci, npm test)', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.on)).toContain('pull_request');
    const steps = ci.jobs['test']?.steps ?? [];
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['.ci/run']);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/npm ci[^\n]*\nnpm test\n/);
    // A Debian image, where .ci/run installs Chromium and the Japanese font with apt-get.
    expect(ci.jobs['test']?.container?.image).toMatch(/bookworm|trixie/);
  });

  test('deploy builds on pushes to main with withastro/action and deploys with actions/deploy-pages', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = deploy.jobs['build']?.steps ?? [];
    const pages = build.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    const astro = build.find((s) => s.uses?.startsWith('withastro/action@'));
    expect(pages?.id).toBe('pages');
    // The origin and the base path (/<repository>/ for a project site) of the Pages site.
    expect(astro?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(deploy.jobs['deploy']?.needs).toBe('build');
    expect(deploy.jobs['deploy']?.steps.map((s) => s.uses)).toEqual([
      expect.stringMatching(/^actions\/deploy-pages@v\d+$/),
    ]);
  });
});
