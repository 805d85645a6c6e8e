/**
 * What the portal needs of the built site (DIST_DIR under BASE_PATH): a Content-Security-Policy <meta> on every
 * page and no inline code at all (so the header needs no hashes), deploy/nginx.conf in step with the build, the
 * 长辈版 / 高对比度 toggles and their head script, sitemap.xml and robots.txt under the base, the government footer
 * from content/site.yaml, and the embed page (no header or footer, the portal origin, noindex).
 */
import { readContent } from '../support/content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { headerPolicies, scanInlineCode } from '../../scripts/release/csp';
import { DEFAULTS, readTemplate, renderNginxConfig } from '../../scripts/release/nginx';
import { CSP_DIRECTIVES } from '../../src/lib/csp';
import { basePath, distDir, listPages, parsePage, readDistFile, repoRoot, urlPathToFile, type BuiltPage } from '../support/dist';
import { pageScripts } from '../support/page-scripts';
import { BUDGETS } from '../../scripts/bench/budgets';

const pages = listPages();
const embedUrl = `${basePath}ziping/embed/`;
const framed = pages.filter((page) => page.url !== embedUrl);
const site = parseYaml(readFileSync(join(repoRoot, 'content', 'site.yaml'), 'utf8')) as {
  organizer: string;
  portal: Record<string, string>;
  labels: {
    menu: string;
    navigation: string;
    display: Record<'mode' | 'standard' | 'elder' | 'contrast', string>;
    footer: Record<'organizer' | 'siteCode' | 'errorReport' | 'sitemap', string>;
  };
};

/**
 * The head script (长辈版 / 高对比度, and Escape for the header's menu) may add this much to a page's JavaScript (gzip):
 * content pages have 2 KB in all.
 */
const DISPLAY_SCRIPT_BUDGET = 750;

function problemsOn(list: BuiltPage[], check: (root: HTMLElement, page: BuiltPage) => string[]): string[] {
  return list.flatMap((page) => check(parsePage(page.file), page).map((problem) => `${page.url}: ${problem}`));
}

function expectNoProblems(problems: string[]): void {
  expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
}

const text = (element: HTMLElement | null) => element?.text.replace(/\s+/g, ' ').trim() ?? '';

describe('Content-Security-Policy', () => {
  it("every page carries the site's policy in a <meta>: self only, WebAssembly for the search, no inline allowance", () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const metas = root.querySelectorAll('head meta[http-equiv="content-security-policy"]');
        if (metas.length !== 1) return [`${metas.length} CSP <meta> elements`];
        const policy = metas[0].getAttribute('content') ?? '';
        const problems = CSP_DIRECTIVES.filter((directive) => !policy.includes(directive)).map((d) => `policy lacks ${d}`);
        if (!/script-src 'self' 'wasm-unsafe-eval'[ ';]/.test(policy)) problems.push('script-src is not self and wasm-unsafe-eval');
        if (!/style-src 'self'[ ';]/.test(policy)) problems.push("style-src is not 'self'");
        for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'frame-ancestors', '*', 'http:', 'https:', 'data:']) {
          if (policy.includes(loose)) problems.push(`policy contains ${loose}`);
        }
        return problems;
      }),
    );
  });

  it('no page has an inline script, inline <style>, event handler attribute, style attribute or script link', () => {
    expect(scanInlineCode(distDir), 'the site is built with nothing inlined').toEqual([]);
  });

  it('deploy/nginx.conf sends the policies this build needs', () => {
    const template = readTemplate();
    const policies = headerPolicies(distDir, DEFAULTS.portalOrigin);
    expect(renderNginxConfig(template, { ...DEFAULTS, policies }), 'deploy/nginx.conf is out of date with the build').toBe(template);
  });
});

describe('长辈版 and 高对比度', () => {
  it('every page loads the display script in <head> as a blocking classic script (no flash of the standard view)', () => {
    expectNoProblems(
      problemsOn(pages, (root) => {
        const scripts = root.querySelectorAll('head script[src*="display-prefs"]');
        if (scripts.length !== 1) return [`${scripts.length} display scripts in <head>`];
        const script = scripts[0];
        return ['async', 'defer', 'type'].filter((name) => script.hasAttribute(name)).map((name) => `the display script has ${name}`);
      }),
    );
  });

  it(`the display script is small (≤ ${DISPLAY_SCRIPT_BUDGET} B gzip), self-hosted with a hashed name, and stores only the choice`, () => {
    const src = parsePage(pages[0].file).querySelector('head script[src*="display-prefs"]')!.getAttribute('src')!;
    expect(src).toMatch(new RegExp(`^${basePath}_astro/display-prefs\\.[\\w-]+\\.js$`));
    const code = readDistFile(urlPathToFile(src)!);
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`display script: ${Buffer.byteLength(code)} B raw, ${gzip} B gzip`);
    expect(gzip).toBeLessThanOrEqual(DISPLAY_SCRIPT_BUDGET);
    expect(code.match(/localStorage\.\w+/g)?.sort()).toEqual(['localStorage.getItem', 'localStorage.removeItem', 'localStorage.setItem']);
    expect(code).not.toMatch(/document\.cookie|sessionStorage|fetch\(|XMLHttpRequest|sendBeacon/);
  });

  it('every page but the embed page has the display settings in its header: 标准版 / 长辈版 as one choice, 高对比度 as a switch', () => {
    const { display } = site.labels;
    expectNoProblems(
      problemsOn(framed, (root) => {
        const problems: string[] = [];
        const choice = root.querySelectorAll('header [role="radiogroup"]');
        if (choice.length !== 1) return [`${choice.length} radio groups in the header`];
        if (choice[0].getAttribute('aria-label') !== display.mode) problems.push(`the choice is named “${choice[0].getAttribute('aria-label')}”`);
        const radios = choice[0].querySelectorAll('label').map((label) => {
          const input = label.querySelector('input');
          return `${input?.getAttribute('type')}:${input?.getAttribute('name')}:${input?.getAttribute('data-display')}:${input?.hasAttribute('checked')}:${text(label)}`;
        });
        const expected = [`radio:display-mode:standard:true:${display.standard}`, `radio:display-mode:elder:false:${display.elder}`];
        if (JSON.stringify(radios) !== JSON.stringify(expected)) problems.push(`the choice is ${radios.join(', ')}`);
        const switches = root.querySelectorAll('header input[role="switch"]');
        if (switches.length !== 1) return [...problems, `${switches.length} switches in the header`];
        const input = switches[0];
        const seen = `${input.getAttribute('type')}:${input.getAttribute('data-display')}:${input.hasAttribute('checked')}:${text(input.closest('label'))}`;
        if (seen !== `checkbox:contrast:false:${display.contrast}`) problems.push(`the switch is ${seen}`);
        if (input.closest('[role="radiogroup"]')) problems.push('the switch is part of the 标准版 / 长辈版 choice');
        return problems;
      }),
    );
  });

  it('every page but the embed page has the menu: a <details> whose summary names and controls the panel of the navigation and the display settings', () => {
    expectNoProblems(
      problemsOn(framed, (root) => {
        const menus = root.querySelectorAll('header details[data-menu]');
        if (menus.length !== 1) return [`${menus.length} menus in the header`];
        const summary = menus[0].querySelector('summary');
        if (text(summary) !== site.labels.menu) return [`the menu button says “${text(summary)}”`];
        const panel = root.getElementById(summary?.getAttribute('aria-controls') ?? '');
        if (!panel) return ['the menu button controls no element'];
        const problems: string[] = [];
        if (panel.previousElementSibling !== menus[0]) problems.push('the panel does not follow the menu');
        if (!panel.querySelector(`nav[aria-label="${site.labels.navigation}"]`)) problems.push('the main navigation is not in the panel');
        if (!panel.querySelector('[data-display]')) problems.push('the display settings are not in the panel');
        if (menus[0].hasAttribute('open')) problems.push('the menu starts open');
        return problems;
      }),
    );
  });
});

describe('sitemap.xml and robots.txt', () => {
  const home = new URL(parsePage(urlPathToFile(basePath)!).querySelector('link[rel="canonical"]')!.getAttribute('href')!);

  it('sitemap.xml lists every page but 404 and the embed page, as absolute URLs under the base path', () => {
    const locs = [...readDistFile('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const expected = pages.filter((page) => page.file !== '404.html' && page.url !== embedUrl).map((page) => new URL(page.url, home).href);
    expect(home.pathname).toBe(basePath);
    expect(locs.sort()).toEqual(expected.sort());
  });

  it('robots.txt allows the base path and names the sitemap', () => {
    const robots = readDistFile('robots.txt');
    expect(robots).toContain(`Allow: ${basePath}\n`);
    expect(robots).toContain(`Sitemap: ${new URL('sitemap.xml', home).href}\n`);
  });
});

describe('the government footer, from content/site.yaml', () => {
  it('shows 主办单位, 网站标识码, ICP 备案号 (a link when icpUrl is set), and 公安备案号 and the portal links exactly when they are set', () => {
    const { siteCode, icp, icpUrl, psb, errorReportUrl, sitemapUrl } = site.portal;
    expectNoProblems(
      problemsOn(framed, (root) => {
        const footer = root.querySelector('footer');
        if (!footer) return ['no <footer>'];
        const problems: string[] = [];
        const shown = text(footer);
        const words = site.labels.footer;
        for (const value of [`${words.organizer}：${site.organizer}`, `${words.siteCode}：${siteCode}`, icp]) {
          if (!shown.includes(value)) problems.push(`footer lacks ${value}`);
        }
        if (psb ? !shown.includes(psb) : shown.includes('公安')) problems.push('公安备案号 shown wrongly');
        const links = footer.querySelectorAll('a').map((a) => `${text(a)}|${a.getAttribute('href')}`);
        for (const [label, url] of [[words.errorReport, errorReportUrl], [words.sitemap, sitemapUrl], [icp, icpUrl]]) {
          const link = links.find((entry) => entry.startsWith(`${label}|`));
          if (url ? link !== `${label}|${url}` : link) problems.push(`${label}: ${link ?? 'no link'}, set to “${url}”`);
        }
        return problems;
      }),
    );
  });
});

describe('the embed page (/ziping/embed/)', () => {
  const file = urlPathToFile(embedUrl);
  const root = () => {
    expect(file, `${embedUrl} is not built`).toBeDefined();
    return parsePage(file!);
  };

  it('has the questionnaire, one h1, the page foot (documents, last change), and no header, navigation or footer', () => {
    const page = root();
    expect(page.querySelectorAll('header, footer, nav, [role="search"]')).toHaveLength(0);
    expect(page.querySelectorAll('main #q-root')).toHaveLength(1);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    const { labels } = readContent<{ labels: { sources: string; updated: string } }>('site.yaml');
    expect(text(page.querySelector('main'))).toMatch(new RegExp(`${labels.sources}.*${labels.updated}`));
  });

  it('names the portal origin it reports to (content/site.yaml, or PORTAL_ORIGIN for the build), is noindex, and points to /ziping/', () => {
    const page = root();
    const origin = process.env.PORTAL_ORIGIN || site.portal.origin;
    expect(page.querySelector('html')!.getAttribute('data-portal-origin')).toBe(origin);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(new URL(page.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(`${basePath}ziping/`);
    const data = JSON.parse(page.querySelector('script#q-data')!.rawText) as { sharePage?: string };
    expect(data.sharePage).toBe(`${basePath}ziping/`);
  });

  it(`loads at most ${BUDGETS.jsGzip.questionnaire! / 1024} KB gzip of JavaScript, like /ziping/`, () => {
    root();
    const total = pageScripts(file!).reduce((sum, script) => sum + script.gzip, 0);
    expect(total).toBeGreaterThan(5 * 1024); // Preact and the island: less means the imports were not followed
    expect(total).toBeLessThanOrEqual(BUDGETS.jsGzip.questionnaire!);
  });

  it('loads the height reporter, and its script posts only to the configured origin, never to "*"', () => {
    const scripts = root()
      .querySelectorAll('script[src]')
      .map((script) => readDistFile(urlPathToFile(script.getAttribute('src')!)!));
    const reporter = scripts.find((code) => code.includes('xs-etbz:height'));
    expect(reporter, 'no script posts xs-etbz:height').toBeDefined();
    expect(reporter).toContain('portalOrigin');
    expect(reporter).not.toMatch(/postMessage\([^)]*["'`]\*["'`]/);
  });
});
