/**
 * Debian's nginx for the browser tests: writes a temporary nginx.conf around the site's configuration snippet
 * (deploy/nginx.conf as packaged), listening on 127.0.0.1 and a free port, and runs `nginx -c <tmp> -p <tmp>` in the
 * foreground; logs stay in the temporary folder (the access log as "<status> <method> <path>" lines). Options add
 * directives to the portal's server block. NGINX_PATH overrides the binary (default /usr/sbin/nginx).
 * A missing nginx is an error, never a skip.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface Nginx {
  origin: string; // http://127.0.0.1:<port>
  errorLog: () => string;
  accessLog: () => string[]; // one line per request so far: "<status> <method> <path as requested>"
  close: () => Promise<void>;
}

export interface NginxOptions {
  server?: string; // directives of the portal's own server block, before the site's snippet (e.g. its HSTS header)
  port?: number; // listen on this port (default: a free one)
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

function mainConfig(dir: string, port: number, options: NginxOptions): string {
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    log_format requests '$status $request_method $request_uri';
    access_log ${dir}/access.log requests;
    sendfile on;
    client_body_temp_path ${dir}/client_body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${dir}/empty;
        ${options.server ?? ''}
        include ${dir}/site.conf;
    }
}
`;
}

/** Starts nginx with `siteConfig` (a snippet for inside `server {}`) included; resolves once it accepts connections. */
export async function startNginx(siteConfig: string, options: NginxOptions = {}): Promise<Nginx> {
  if (!existsSync(nginxPath)) {
    throw new Error(`nginx not found at ${nginxPath}. Install it with: apt-get install -y nginx (or set NGINX_PATH).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  chmodSync(dir, 0o755);
  const port = options.port ?? (await freePort());
  writeFileSync(join(dir, 'site.conf'), siteConfig);
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir, port, options));
  const errorLog = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
  const child: ChildProcess = spawn(nginxPath, ['-c', join(dir, 'nginx.conf'), '-p', `${dir}/`, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let waited = 0; !(await accepts(port)); waited += 50) {
    if (child.exitCode !== null || waited > 10_000) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start (exit ${child.exitCode}):\n${stderr}\n${errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    errorLog,
    accessLog: () => (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8').split('\n').filter(Boolean) : []),
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
