/** sitemap.xml and robots.txt for the built site, under its base path and site URL (pure; see integrations/sitemap). */

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** A sitemap (sitemaps.org 0.9) listing absolute page URLs. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/**
 * robots.txt for the site's own folder. Crawlers read robots.txt only at a host's root, so under a sub-path this
 * file documents what the portal's root robots.txt should add (the publishing note says so).
 */
export function robotsTxt(base: string, sitemapUrl: string): string {
  return `User-agent: *\nAllow: ${base}\n\nSitemap: ${sitemapUrl}\n`;
}

/** True when a built page asks not to be indexed (<meta name="robots" content="…noindex…">). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b[^"]*"/i.test(html);
}
