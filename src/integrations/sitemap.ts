/**
 * Astro integration: after the build, writes sitemap.xml (every built page except 404 and pages marked noindex,
 * such as the embed page) and robots.txt into the site's folder, with URLs under the base path and SITE_URL.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { joinBase } from '../lib/paths';
import { isNoindex, robotsTxt, sitemapXml } from '../lib/sitemap';

export default function sitemap(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = joinBase(config.base, '');
      },
      'astro:build:done': ({ pages, dir, logger }) => {
        if (!site) throw new Error('sitemap.xml 需要网站地址：请设置 SITE_URL（例如 https://www.kmxs.gov.cn）');
        const urls = pages
          .map(({ pathname }) => pathname.replace(/^\/+/, ''))
          .filter((path) => !/^404\/?$/.test(path))
          .filter((path) => {
            const file = fileURLToPath(new URL(`${path}index.html`, dir));
            return existsSync(file) && !isNoindex(readFileSync(file, 'utf8'));
          })
          .sort()
          .map((path) => new URL(joinBase(base, path), site).href);
        const sitemapUrl = new URL(joinBase(base, 'sitemap.xml'), site).href;
        writeFileSync(new URL('sitemap.xml', dir), sitemapXml(urls));
        writeFileSync(new URL('robots.txt', dir), robotsTxt(base, sitemapUrl));
        logger.info(`sitemap.xml: ${urls.length} pages under ${new URL(base, site).href}`);
      },
    },
  };
}
