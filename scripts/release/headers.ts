/**
 * The response headers the web server sends, by kind of file: the one statement of them. deploy/nginx.conf sends
 * exactly these (the nginx browser tests compare), and the publishing note lists them for other servers.
 */

/** Browser features the site never uses are switched off; fullscreen stays for the training presenter view. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'fullscreen=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** HTML and every file whose name carries no content hash: revalidated on each visit (ETag, Last-Modified). */
export const REVALIDATE = 'no-cache';

/** Files under _astro/, whose names carry a content hash: cached for a year, never revalidated (successful responses only). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The favicon: its name carries no hash, but it changes rarely; cached for a day, so no request follows a page's first. */
export const ICON = 'public, max-age=86400';

/**
 * Strict-Transport-Security, repeated in every location of the nginx snippet because nginx drops the portal's
 * server-level add_header lines wherever a location has its own. It must be the portal's own value: a sub-path that
 * sent a weaker one would weaken the policy browsers keep for the whole host. Browsers ignore it over plain HTTP.
 */
export const HSTS = 'max-age=31536000';

export interface Policies {
  page: string; // Content-Security-Policy of every page but the embed page
  embed: string; // the embed page's: framing by the portal only
}

export type HeaderSet = Record<string, string>;

export interface ResponseHeaders {
  page: HeaderSet; // pages, other unhashed files, the 404 page and the redirect of the bare sub-path
  asset: HeaderSet; // _astro/: hashed scripts and styles, also loaded by the embed page in the portal's sandboxed frame
  embed: HeaderSet; // the embed page
  icon: HeaderSet; // favicon.svg
}

/** The headers of each kind of response, lower-case names as HTTP clients report them. */
export function responseHeaders(policies: Policies): ResponseHeaders {
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
    'cross-origin-opener-policy': 'same-origin', // a page opened from another site gets no handle on this one, nor it on the opener
    'strict-transport-security': HSTS,
  };
  const page = {
    'content-security-policy': policies.page,
    ...common,
    'x-frame-options': 'DENY',
    'cross-origin-resource-policy': 'same-origin', // no other site may load these files into its page
  };
  return {
    page: { ...page, 'cache-control': REVALIDATE },
    // The embed page in a sandboxed frame has an opaque origin ("null"): its scripts load in CORS mode and its
    // stylesheet and display script as another origin's, so these public, hashed files are open to any origin.
    asset: {
      ...page,
      'cross-origin-resource-policy': 'cross-origin',
      'access-control-allow-origin': '*',
      'cache-control': IMMUTABLE,
    },
    // Framed by the portal (frame-ancestors), so no X-Frame-Options; cross-origin, so a portal page that requires
    // it (Cross-Origin-Embedder-Policy) can still frame it.
    embed: {
      'content-security-policy': policies.embed,
      ...common,
      'cross-origin-resource-policy': 'cross-origin',
      'cache-control': REVALIDATE,
    },
    icon: { ...page, 'cache-control': ICON },
  };
}
