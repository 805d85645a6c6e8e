/**
 * The district portal that frames the embed page (/ziping/embed/): its origin, e.g. https://www.kmxs.gov.cn.
 * Set once in content/site.yaml (portal.origin); PORTAL_ORIGIN overrides it for one build (tests, staging).
 * The embed page posts its height only to this origin, and the nginx configuration lets only it frame the page.
 */

/** True for a bare web origin: http(s), a host, an optional port; no path, query, fragment or trailing slash. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

/** The portal origin for a build: the override when given, else the configured value; throws when it is no origin. */
export function portalOrigin(configured: string, override?: string): string {
  const value = (override || configured).trim();
  const source = override ? 'PORTAL_ORIGIN' : 'content/site.yaml: portal.origin';
  if (!value) throw new Error(`${source} 为空：嵌入页（/ziping/embed/）需要门户网站的地址，例如 https://www.kmxs.gov.cn`);
  if (!isOrigin(value)) {
    throw new Error(`${source} 是 “${value}”：应只写协议和域名（可带端口），例如 https://www.kmxs.gov.cn，不带路径和结尾的 /`);
  }
  return value;
}
