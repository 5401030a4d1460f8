/**
 * Environment and Node options for the `astro build` process, shared by `npm run build`
 * (scripts/build.ts) and `npm run bench:scale` so the benchmark measures the build as it ships.
 *
 * Vite bundles with rolldown, a native module that allocates with mimalloc. mimalloc defers
 * returning freed memory to the system until the freeing thread allocates again, and rolldown's
 * threads go idle after bundling, so a few hundred MB of freed memory stayed resident for the
 * rest of the build, including while Pagefind's indexer (a separate process) runs, which is
 * where the build's memory peaks. These mimalloc options return freed memory at once: at 1,000
 * papers the peak (whole process tree) measured 1,442-1,565 MiB with them and 1,715-1,796 MiB
 * without, at the same build time. They affect nothing but mimalloc; variables already set win.
 */
export const ALLOCATOR_ENV = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_PURGE_DECOMMITS: '1',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
} as const;

/** `env` with the allocator options added (values already in `env` are kept). */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ALLOCATOR_ENV, ...env };
}

/**
 * V8 options for the build process. A young generation of up to 64 MB a half (V8's default is
 * 16 MB) lets the content sync's short-lived trees (a paper body's mdast and hast) die young
 * instead of being promoted and collected with the whole heap: at 1,000 papers the sync took
 * 23 s with it and 30-33 s without it in runs on the same day, at the same peak memory. The
 * worker processes and threads the build starts inherit it (Node's default), as they did in
 * those runs.
 */
export const NODE_FLAGS = ['--max-semi-space-size=64'] as const;
