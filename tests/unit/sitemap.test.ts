/** sitemap.xml and robots.txt text (src/lib/sitemap.ts), and the portal origin setting (src/lib/portal.ts). */
import { describe, expect, it } from 'vitest';
import { isNoindex, robotsTxt, sitemapXml } from '../../src/lib/sitemap';
import { isOrigin, portalOrigin } from '../../src/lib/portal';

describe('sitemap.xml and robots.txt', () => {
  it('lists absolute URLs, escaped', () => {
    expect(sitemapXml(['https://www.kmxs.gov.cn/zt/etbz/', 'https://x.cn/?a=1&b=2'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://www.kmxs.gov.cn/zt/etbz/</loc></url>\n  <url><loc>https://x.cn/?a=1&amp;b=2</loc></url>\n</urlset>\n',
    );
  });

  it('robots.txt allows the base and names the sitemap', () => {
    expect(robotsTxt('/zt/etbz/', 'https://www.kmxs.gov.cn/zt/etbz/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /zt/etbz/\n\nSitemap: https://www.kmxs.gov.cn/zt/etbz/sitemap.xml\n',
    );
  });

  it('recognises pages marked noindex', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="robots" content="noindex, nofollow" />')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
  });
});

describe('the portal origin', () => {
  it('accepts a bare origin and rejects paths, trailing slashes and other schemes', () => {
    expect(isOrigin('https://www.kmxs.gov.cn')).toBe(true);
    expect(isOrigin('http://127.0.0.1:8080')).toBe(true);
    for (const bad of ['https://www.kmxs.gov.cn/', 'https://www.kmxs.gov.cn/zt/', 'www.kmxs.gov.cn', 'ftp://x.cn', '']) {
      expect(isOrigin(bad), bad).toBe(false);
    }
  });

  it('PORTAL_ORIGIN overrides the content setting; a bad or empty value stops the build with a message naming it', () => {
    expect(portalOrigin('https://www.kmxs.gov.cn')).toBe('https://www.kmxs.gov.cn');
    expect(portalOrigin('https://www.kmxs.gov.cn', 'http://127.0.0.1:9000')).toBe('http://127.0.0.1:9000');
    expect(() => portalOrigin('')).toThrow(/portal\.origin 为空/);
    expect(() => portalOrigin('https://a.cn', 'https://b.cn/x')).toThrow(/PORTAL_ORIGIN/);
  });
});
