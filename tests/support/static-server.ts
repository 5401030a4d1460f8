/**
 * A small static file server for `dist/`, used by the browser tests and the benchmark.
 * It behaves like a static host: directory URLs serve index.html, a missing file serves
 * 404.html with status 404, and `compress: true` adds gzip/brotli like a CDN.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createBrotliCompress, createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves `root` on 127.0.0.1 at a free port; `base` is the site's base path ("/" or "/sub/"). */
export async function serveStatic(root: string, options: { compress?: boolean; base?: string } = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      let status = 200;
      let file: string | undefined;
      if (pathname.startsWith(base)) {
        pathname = `/${pathname.slice(base.length)}`;
        const candidate = normalize(join(root, pathname));
        if (candidate.startsWith(normalize(root))) {
          if (await isFile(candidate)) file = candidate;
          else if (await isFile(join(candidate, 'index.html'))) {
            if (!pathname.endsWith('/')) {
              res.writeHead(301, { location: `${url.pathname}/${url.search}` });
              res.end();
              return;
            }
            file = join(candidate, 'index.html');
          }
        }
      }
      if (!file) {
        status = 404;
        file = join(root, '404.html');
      }
      const ext = extname(file);
      const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const accept = String(req.headers['accept-encoding'] ?? '');
      const stream = createReadStream(file);
      if (options.compress && COMPRESSIBLE.has(ext) && /\bbr\b/.test(accept)) {
        res.writeHead(status, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' });
        stream.pipe(createBrotliCompress()).pipe(res);
      } else if (options.compress && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accept)) {
        res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        stream.pipe(createGzip()).pipe(res);
      } else {
        res.writeHead(status, headers);
        stream.pipe(res);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
