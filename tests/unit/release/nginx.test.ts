/** deploy/nginx.conf filled in for a build (scripts/release/nginx.ts). */
import { describe, expect, it } from 'vitest';
import { DEFAULTS, readTemplate, renderNginxConfig } from '../../../scripts/release/nginx';

const policies = { page: "default-src 'self'; frame-ancestors 'none'", embed: "default-src 'self'; frame-ancestors http://portal.test" };

describe('renderNginxConfig', () => {
  const template = readTemplate();

  it('puts in the base path, the folder, the portal origin and each location’s policy', () => {
    const config = renderNginxConfig(template, { base: '/zhuanti/ertong/', root: '/srv/www', portalOrigin: 'http://portal.test', policies });
    expect(config).toContain('location = /zhuanti/ertong {');
    expect(config).toContain('return 301 /zhuanti/ertong/;');
    expect(config).toContain('location ^~ /zhuanti/ertong/ {');
    expect(config).toContain('location ^~ /zhuanti/ertong/_astro/ {');
    expect(config).toContain('location ^~ /zhuanti/ertong/ziping/embed/ {');
    expect(config).toContain('error_page 404 /zhuanti/ertong/404.html;');
    expect(config).toContain('root /srv/www;');
    for (const gone of [DEFAULTS.base.slice(0, -1), DEFAULTS.root, DEFAULTS.portalOrigin]) expect(config).not.toContain(gone);
    const csp = [...config.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
    expect(csp).toEqual([policies.page, policies.page, policies.embed]);
  });

  it('with the defaults and the policies written in the file, gives the file back unchanged', () => {
    const written = [...template.matchAll(/add_header Content-Security-Policy "([^"]*)" always;/g)].map((m) => m[1]);
    const config = renderNginxConfig(template, { ...DEFAULTS, policies: { page: written[0], embed: written[2] } });
    expect(config).toBe(template);
  });

  it('sends security headers with `always` in every location, and no location sends fewer of them', () => {
    const blocks = template.split(/\n\s*location /).slice(2); // the site's location and its two nested ones
    expect(blocks).toHaveLength(3);
    for (const header of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cache-Control']) {
      for (const block of blocks) expect(block, header).toMatch(new RegExp(`add_header ${header} "[^"]+" always;`));
    }
  });

  it('is for a sub-path only', () => {
    expect(() => renderNginxConfig(template, { base: '/', portalOrigin: 'https://x.cn', policies })).toThrow(/子路径/);
  });
});
