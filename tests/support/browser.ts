/**
 * Launches the system's Chromium through playwright-core (Playwright's own browser download
 * does not work on these machines). `CHROMIUM_PATH` overrides the executable.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContextOptions } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium executable to drive, or an error that says how to install one. */
export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? CANDIDATES.find((p) => existsSync(p));
  if (!path)
    throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH');
  return path;
}

/** Flags that keep Chromium quiet on a closed network (also Lighthouse's, tests/support/lighthouse.ts). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Options of a launch: a context's, plus Chromium flags added to CHROMIUM_ARGS and variables set in its environment. */
export type LaunchOptions = BrowserContextOptions & {
  args?: string[];
  env?: Record<string, string>;
};

/** A fresh, isolated browser context (its own profile directory, removed on close). */
export async function launch(options: LaunchOptions = {}) {
  const { args = [], env, ...contextOptions } = options;
  const dir = mkdtempSync(join(tmpdir(), 'digest-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    ...contextOptions,
    args: [...CHROMIUM_ARGS, ...args],
    // Playwright's `env` replaces the environment whole.
    ...(env ? { env: { ...(process.env as Record<string, string>), ...env } } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Browser = Awaited<ReturnType<typeof launch>>;
