/**
 * The one static file server over a built site, on 127.0.0.1 and a free port, for the browser tests and the bench.
 * It serves the build under its base path, index.html for directories, and 404.html with status 404; with `gzip` it
 * compresses text responses like a production server.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string; // the site's home page, e.g. http://127.0.0.1:41234/ (with the base path)
  origin: string; // e.g. http://127.0.0.1:41234
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  root: string; // the built site to serve
  base: string; // the base path it was built with, '/…/'
  gzip?: boolean; // gzip HTML, CSS, JS, JSON, SVG and text (level 9), as a production server would (default: false)
}

/** Types worth compressing; Pagefind's index files and WASM are gzipped already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

type Resolved = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Maps a request path to a file in dist, a redirect to the directory URL with '/', or nothing. */
function resolvePath(pathname: string, root: string, base: string): Resolved {
  if (!pathname.startsWith(base)) return { kind: 'missing' };
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { kind: 'missing' };
  }
  const path = resolve(root, rest);
  if (path !== root && !path.startsWith(root + sep)) return { kind: 'missing' };
  if (!existsSync(path)) return { kind: 'missing' };
  if (statSync(path).isDirectory()) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: `${pathname}/` };
    const index = join(path, 'index.html');
    return existsSync(index) ? { kind: 'file', path: index } : { kind: 'missing' };
  }
  return { kind: 'file', path };
}

function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const { base } = options;
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No built site at ${root} (index.html is missing): build it first.`);
  const notFoundPage = join(root, '404.html');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const found =
      req.method === 'GET' || req.method === 'HEAD' ? resolvePath(pathname, root, base) : { kind: 'missing' as const };
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location }).end();
      return;
    }
    const [status, file] = found.kind === 'file' ? [200, found.path] : [404, notFoundPage];
    const type = existsSync(file) ? contentType(file) : 'text/plain; charset=utf-8';
    const raw = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    const compress = options.gzip === true && COMPRESSIBLE.test(type);
    const body = compress ? gzipSync(raw, { level: 9 }) : raw;
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
