/**
 * deploy/nginx.conf for one build: the file is written for the portal's defaults (sub-path /zt/etbz/, folder
 * /var/www/kmxs, portal https://www.kmxs.gov.cn); this fills in another base path, folder or portal origin and the
 * Content-Security-Policy headers computed from the build (scripts/release/csp.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Policies } from './headers.ts';

export const TEMPLATE_PATH = join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf');

/** The values deploy/nginx.conf is written with. */
export const DEFAULTS = { base: '/zt/etbz/', root: '/var/www/kmxs', portalOrigin: 'https://www.kmxs.gov.cn' };

export interface NginxSettings {
  base: string; // '/zt/etbz/': a sub-path, with both slashes
  root?: string; // the folder that holds the sub-path's folder (default: as written, /var/www/kmxs)
  portalOrigin: string; // the origin that may frame the embed page
  policies: Policies;
}

/** Locations that send the pages' policy: the bare sub-path's redirect, the site, favicon.svg and _astro/. */
export const PAGE_POLICY_LOCATIONS = 4;

const CSP_LINE = /(add_header Content-Security-Policy ")([^"]*)(" always;)/g;

export function readTemplate(): string {
  return readFileSync(TEMPLATE_PATH, 'utf8');
}

/** The configuration with the given settings; throws if the template lost a Content-Security-Policy line. */
export function renderNginxConfig(template: string, settings: NginxSettings): string {
  if (!/^\/[^\s;{}"']+\/$/.test(settings.base) || settings.base === '/') {
    throw new Error(`nginx.conf 片段用于子路径发布：BASE_PATH 应像 /zt/etbz/ 这样，现在是 “${settings.base}”`);
  }
  const kinds: string[] = [];
  let config = template.replace(CSP_LINE, (_, start: string, policy: string, end: string) => {
    const kind = policy.includes("frame-ancestors 'none'") ? 'page' : 'embed';
    kinds.push(kind);
    return start + settings.policies[kind as keyof Policies] + end;
  });
  const count = (wanted: string) => kinds.filter((kind) => kind === wanted).length;
  if (count('page') !== PAGE_POLICY_LOCATIONS || count('embed') !== 1) {
    throw new Error(
      `${TEMPLATE_PATH}: expected ${PAGE_POLICY_LOCATIONS} page policies and one embed policy, found ${kinds.join(', ') || 'none'}`,
    );
  }
  config = config.replaceAll(DEFAULTS.base.slice(0, -1), settings.base.slice(0, -1));
  config = config.replaceAll(DEFAULTS.portalOrigin, settings.portalOrigin);
  if (settings.root) config = config.replaceAll(DEFAULTS.root, settings.root);
  return config;
}
