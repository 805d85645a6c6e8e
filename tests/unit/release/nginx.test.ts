/** deploy/nginx.conf filled in for a build (scripts/release/nginx.ts), and read as nginx reads its locations. */
import { describe, expect, it } from 'vitest';
import { responseHeaders, type HeaderSet } from '../../../scripts/release/headers';
import { DEFAULTS, PAGE_POLICY_LOCATIONS, readTemplate, renderNginxConfig } from '../../../scripts/release/nginx';

const policies = { page: "default-src 'self'; frame-ancestors 'none'", embed: "default-src 'self'; frame-ancestors http://portal.test" };

interface Location {
  match: string; // e.g. '^~ /zt/etbz/'
  body: string; // its directives, nested locations removed
  depth: number; // 0: in the portal's server block
  headers: Array<{ name: string; value: string; always: boolean }>;
}

/** Every location block of a configuration, with its own add_header lines (not its nested locations'). */
function locations(config: string, depth = 0): Location[] {
  const found: Location[] = [];
  const text = config.replace(/#[^\n]*/g, '');
  const opener = /location\s+([^{]+?)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(text))) {
    let level = 1;
    let end = opener.lastIndex;
    while (level > 0) level += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0, end++;
    const inner = text.slice(opener.lastIndex, end - 1);
    const nested = locations(inner, depth + 1);
    const body = inner.replace(/location\s+[^{]+\{(?:[^{}]|\{[^{}]*\})*\}/g, '');
    const headers = [...body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"(\s+always)?;/g)].map((m) => ({ name: m[1].toLowerCase(), value: m[2], always: !!m[3] }));
    found.push({ match: match[1], body, depth, headers }, ...nested);
    opener.lastIndex = end;
  }
  return found;
}

describe('renderNginxConfig', () => {
  const template = readTemplate();

  it('puts in the base path, the folder, the portal origin and each location’s policy', () => {
    const config = renderNginxConfig(template, { base: '/zhuanti/ertong/', root: '/srv/www', portalOrigin: 'http://portal.test', policies });
    expect(locations(config).map((location) => location.match)).toEqual([
      '= /zhuanti/ertong',
      '^~ /zhuanti/ertong/',
      '~ /\\.',
      '= /zhuanti/ertong/favicon.svg',
      '/zhuanti/ertong/_astro/',
      '/zhuanti/ertong/ziping/embed/',
    ]);
    expect(config).toContain('return 301 /zhuanti/ertong/;');
    expect(config).toContain('error_page 403 404 =404 /zhuanti/ertong/404.html;');
    expect(config).toContain('root /srv/www;');
    for (const gone of [DEFAULTS.base.slice(0, -1), DEFAULTS.root, DEFAULTS.portalOrigin]) expect(config).not.toContain(gone);
    const csp = [...config.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
    expect(csp).toEqual([...Array(PAGE_POLICY_LOCATIONS).fill(policies.page), policies.embed]);
  });

  it('with the defaults and the policies written in the file, gives the file back unchanged', () => {
    const written = [...template.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
    const config = renderNginxConfig(template, { ...DEFAULTS, policies: { page: written[0], embed: written.at(-1)! } });
    expect(config).toBe(template);
  });

  it('is for a sub-path only', () => {
    expect(() => renderNginxConfig(template, { base: '/', portalOrigin: 'https://x.cn', policies })).toThrow(/子路径/);
  });
});

describe('deploy/nginx.conf, location by location', () => {
  const template = readTemplate();
  const all = locations(template);
  const written = [...template.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
  const expected = responseHeaders({ page: written[0], embed: written.at(-1)! });
  const kindOf: Record<string, HeaderSet | undefined> = {
    '= /zt/etbz': expected.page,
    '^~ /zt/etbz/': expected.page,
    '~ /\\.': undefined, // inherits the site's headers: it only denies
    '= /zt/etbz/favicon.svg': expected.icon,
    '/zt/etbz/_astro/': expected.asset,
    '/zt/etbz/ziping/embed/': expected.embed,
  };

  it('each location sends exactly the headers scripts/release/headers.ts states for its kind, each once', () => {
    expect(all.map((location) => location.match)).toEqual(Object.keys(kindOf));
    for (const location of all) {
      const sent = Object.fromEntries(location.headers.map(({ name, value }) => [name, value]));
      expect(location.headers.length, `${location.match}: a header sent twice`).toBe(Object.keys(sent).length);
      expect(sent, location.match).toEqual(kindOf[location.match] ?? {});
    }
  });

  it('sends every header with `always` (404s too), except the year-long caching of _astro/, which only a found file gets', () => {
    const notAlways = all.flatMap((location) => location.headers.filter((header) => !header.always).map((header) => `${location.match} ${header.name}`));
    expect(notAlways).toEqual(['/zt/etbz/_astro/ cache-control']);
  });

  it('hides the nginx version, serves whole files only, and sends the Chinese 404 page for missing files and folders', () => {
    const [redirect, site] = all;
    for (const location of [redirect, site]) expect(location.body, location.match).toMatch(/^\s*server_tokens off;/m);
    expect(site.body).toMatch(/^\s*max_ranges 0;/m);
    expect(site.body).toMatch(/^\s*error_page 403 404 =404 \/zt\/etbz\/404\.html;/m);
  });

  it('denies hidden files inside the site, and no nested location is ^~ (which would skip that rule)', () => {
    const hidden = all.find((location) => location.match === '~ /\\.')!;
    expect(hidden.depth).toBe(1);
    expect(hidden.body).toMatch(/deny all;/);
    expect(all.filter((location) => location.depth > 0 && location.match.startsWith('^~'))).toEqual([]);
  });

  it('compresses and labels JavaScript whether the server calls it text/javascript or application/javascript', () => {
    const site = all[1].body;
    for (const directive of ['gzip_types', 'charset_types']) {
      const types = new RegExp(`^\\s*${directive}([^;]*);`, 'm').exec(site)?.[1].trim().split(/\s+/) ?? [];
      expect(types, directive).toEqual(expect.arrayContaining(['text/javascript', 'application/javascript', 'text/css', 'image/svg+xml']));
    }
  });
});
