/**
 * A tiny static file server over the built site, on 127.0.0.1 and a free port, for browser tests.
 * It serves distDir under the base path, index.html for directories, and dist/404.html with status 404.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { assertBuilt, basePath, distDir } from './dist';

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

type Resolved = { kind: 'file'; path: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Maps a request path to a file in dist, a redirect to the directory URL with '/', or nothing. */
function resolvePath(pathname: string): Resolved {
  if (!pathname.startsWith(basePath)) return { kind: 'missing' };
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return { kind: 'missing' };
  }
  const path = resolve(distDir, rest);
  if (path !== distDir && !path.startsWith(distDir + sep)) return { kind: 'missing' };
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

export async function startStaticServer(): Promise<StaticServer> {
  assertBuilt();
  const notFoundPage = join(distDir, '404.html');
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const found = req.method === 'GET' || req.method === 'HEAD' ? resolvePath(pathname) : { kind: 'missing' as const };
    if (found.kind === 'redirect') {
      res.writeHead(301, { Location: found.location }).end();
      return;
    }
    const [status, file] = found.kind === 'file' ? [200, found.path] : [404, notFoundPage];
    const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    res.writeHead(status, {
      'Content-Type': existsSync(file) ? contentType(file) : 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
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
    url: origin + basePath,
    origin,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
