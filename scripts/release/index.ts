/**
 * npm run package: builds the site for the portal's sub-path and writes release/xs-etbz-<date>.zip with
 *   site/          the built site (upload its contents to the sub-path's folder)
 *   nginx.conf     deploy/nginx.conf for this build (base path, portal origin, Content-Security-Policy)
 *   发布说明.txt    the publishing note in Chinese (where to upload, headers, embed snippet, checks)
 *   manifest.json  every other file of the zip with its size and SHA-256; SHA256SUMS the same for `sha256sum -c`
 * Settings: BASE_PATH (default /zt/etbz/), SITE_URL (default https://www.kmxs.gov.cn), PORTAL_ORIGIN (default
 * content/site.yaml portal.origin); PUBLISH=1 refuses to package while the built pages show statements awaiting
 * the district's confirmation (scripts/release/pending.ts); without it, the count is reported.
 * Options: --out <dir> (default release/), --site <dir> (package that build instead of building; it must have been
 * built with the same BASE_PATH, SITE_URL and PORTAL_ORIGIN), --keep (keep the built site in <out>/site-<date>/).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { portalOrigin as resolvePortalOrigin } from '../../src/lib/portal.ts';
import { buildSite, describeError } from '../../tools/site/build.ts';
import { headerPolicies } from './csp.ts';
import { responseHeaders } from './headers.ts';
import { manifestFiles, sha256sums, type Manifest } from './manifest.ts';
import { readTemplate, renderNginxConfig } from './nginx.ts';
import { publishingNote } from './note.ts';
import { pendingCount, pendingLine, pendingOf, publishRefusal, readTopics } from './pending.ts';
import { createZip, type ZipEntry } from './zip.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

export const DEFAULT_BASE = '/zt/etbz/';
export const DEFAULT_SITE = 'https://www.kmxs.gov.cn';

function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const localDate = (date: Date) =>
  `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'release' }, site: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  const publish = process.env.PUBLISH === '1'; // read first: buildSite clears the variables that steer a build
  const base = normalizeBase(process.env.BASE_PATH || DEFAULT_BASE);
  const siteUrl = process.env.SITE_URL || DEFAULT_SITE;
  const content = parseYaml(readFileSync(join(repoRoot, 'content', 'site.yaml'), 'utf8')) as {
    name: string;
    organizer: string;
    portal?: { origin?: string };
  };
  const portalOrigin = resolvePortalOrigin(content.portal?.origin ?? '', process.env.PORTAL_ORIGIN);
  const outDir = resolve(values.out!);
  const created = new Date();
  const stamp = localDate(created);

  let siteDir = values.site ? resolve(values.site) : '';
  let scratch = '';
  if (!siteDir) {
    scratch = mkdtempSync(join(tmpdir(), 'xs-etbz-release-'));
    siteDir = join(scratch, 'site');
    console.log(`Building for ${new URL(base, siteUrl).href} (embed framed by ${portalOrigin}) …`);
    // Never Astro's publish check: the package judges the built pages itself (below), so a refusal is one
    // message, headline first, instead of a failed build hook.
    const built = await buildSite({ outDir: siteDir, base, site: siteUrl, portalOrigin: process.env.PORTAL_ORIGIN, quiet: true });
    console.log(`Built ${built.pages} pages and the search index.`);
  }
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`No built site at ${siteDir} (index.html is missing)`);

  try {
    const open = pendingOf(siteDir, base, readTopics(repoRoot));
    const refusal = publish ? publishRefusal(open) : undefined;
    if (refusal) throw new Error(refusal);
    const pending = pendingCount(open);
    const policies = headerPolicies(siteDir, portalOrigin);
    const nginx = renderNginxConfig(readTemplate(), { base, portalOrigin, policies });
    const siteFiles = listFiles(siteDir);
    const zipName = `xs-etbz-${stamp}.zip`;
    const note = publishingNote({
      siteName: content.name,
      organizer: content.organizer,
      created,
      url: new URL(base, siteUrl).href,
      base,
      portalOrigin,
      files: siteFiles.length,
      zipName,
      headers: responseHeaders(policies),
      pending,
    });
    const entries: ZipEntry[] = [
      ...siteFiles.map((file) => ({ name: `site/${file}`, data: readFileSync(join(siteDir, file)) })),
      { name: 'nginx.conf', data: Buffer.from(nginx, 'utf8') },
      { name: '发布说明.txt', data: Buffer.from(note, 'utf8') },
    ];
    const manifest: Manifest = {
      name: content.name,
      created: created.toISOString(),
      commit: gitCommit(),
      base,
      url: new URL(base, siteUrl).href,
      portalOrigin,
      pending,
      files: manifestFiles(entries),
    };
    entries.push(
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
      { name: 'SHA256SUMS', data: Buffer.from(sha256sums(manifest.files), 'utf8') },
    );
    mkdirSync(outDir, { recursive: true });
    const zipPath = join(outDir, zipName);
    const zip = createZip(entries, created);
    writeFileSync(zipPath, zip);
    if (values.keep && scratch) cpSync(siteDir, join(outDir, `site-${stamp}`), { recursive: true });
    console.log(`${zipPath}: ${siteFiles.length} site files, ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
    const caveat = '页面上注明“以街道办事处、区民政局答复为准”；正式发布前请先确认（PUBLISH=1 npm run package 会检查）。';
    console.log(`${pendingLine(pending)}${pending.markers > 0 ? caveat : ''}`);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  console.error(describeError(error));
  process.exitCode = 1;
}
