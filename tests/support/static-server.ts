/**
 * A small static file server for `dist/`, used by the browser tests and the benchmark.
 * It behaves like a static host: directory URLs serve index.html, a missing file serves
 * 404.html with status 404, and `compress: true` adds gzip/brotli like a CDN: each file is
 * compressed once (brotli at its highest quality) and then served from memory, so the response
 * time does not include the compression, as on a CDN that caches its compressed copies.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';

const compressors = { br: promisify(brotliCompress), gzip: promisify(gzip) };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
/** Text types are compressed (HTML, CSS, JS, JSON, SVG, XML, plain text, the manifest). */
const compressible = (type: string) => /text|json|xml/.test(type);

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Serves `root` on 127.0.0.1 at a free port; `base` is the site's base path ("/" or "/sub/"). */
export async function serveStatic(
  root: string,
  options: { compress?: boolean; base?: string } = {},
) {
  const base = options.base ?? '/';
  const cache = new Map<string, Promise<Buffer>>();
  const compressed = (file: string, encoding: 'br' | 'gzip'): Promise<Buffer> => {
    const key = `${encoding} ${file}`;
    let body = cache.get(key);
    if (!body) cache.set(key, (body = readFile(file).then((data) => compressors[encoding](data))));
    return body;
  };
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
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-store' };
      const accept = options.compress && compressible(type) ? req.headers['accept-encoding'] : '';
      const encoding = (['br', 'gzip'] as const).find((e) => accept?.split(/[\s,;]+/).includes(e));
      if (encoding) {
        const body = await compressed(file, encoding);
        res.writeHead(status, {
          ...headers,
          'content-encoding': encoding,
          vary: 'accept-encoding',
          'content-length': String(body.length),
        });
        res.end(body);
      } else {
        res.writeHead(status, headers);
        createReadStream(file).pipe(res);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${base}`;
  return {
    url,
    /** Absolute URL of a site path ("/en/search/?q=x"), below the base. */
    at: (path: string) => new URL(path.replace(/^\//, ''), url).href,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type StaticServer = Awaited<ReturnType<typeof serveStatic>>;
