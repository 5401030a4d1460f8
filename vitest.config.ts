/**
 * Three test layers, run in this order by `npm test`:
 * - unit:  pure modules under src/, the schema, the i18n dictionaries, the Markdown pipeline;
 * - build: assertions on the production build in dist/ (and on fixture builds);
 * - e2e:   real Chromium (playwright-core) against `dist/` served over HTTP.
 */
import { defineConfig, type Plugin } from 'vitest/config';

// Packages load their production builds, as in `astro build`: the development builds of micromark
// and friends (the "development" export condition Vitest adds by default) check assertions on
// every token and made the in-process linting and rendering of the content about twice as slow.
const productionBuilds: Plugin = {
  name: 'production-builds-of-packages',
  configResolved(config) {
    for (const r of [
      config.ssr.resolve,
      ...Object.values(config.environments).map((e) => e.resolve),
    ])
      if (r?.conditions) r.conditions = r.conditions.filter((c) => !/development/.test(c));
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [productionBuilds],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // One worker runs many files: the parsers, KaTeX and Astro load once per worker, not
          // once per file (a third of the unit run was importing them again).
          isolate: false,
          // Some unit tests lint or render all of the real content (KaTeX, MDX parsing): a second
          // or two alone, but past Vitest's 5 s default on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        plugins: [productionBuilds],
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Files run side by side: the builds they start are each in their own copy of the
          // project (tests/support/project-copy.ts), the rest only read dist/.
        },
      },
      {
        plugins: [productionBuilds],
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files run side by side, each with its own static server and Chromium; a browser
          // test spends much of its time waiting for frames and requests.
        },
      },
    ],
    // One worker per core (Vitest's default leaves one core free: a single worker on a 2-core
    // machine, where the build and browser layers spend much of their time waiting on a child
    // build, Chromium's frames or the network).
    maxWorkers: '100%',
    allowOnly: !process.env['CI'],
  },
});
