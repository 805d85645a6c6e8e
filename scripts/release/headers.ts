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

/** Files under _astro/, whose names carry a content hash: cached for a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface Policies {
  page: string; // Content-Security-Policy of every page but the embed page
  embed: string; // the embed page's: framing by the portal only
}

export type HeaderSet = Record<string, string>;

/** The headers of each kind of response, lower-case names as HTTP clients report them. */
export function responseHeaders(policies: Policies): { page: HeaderSet; asset: HeaderSet; embed: HeaderSet } {
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'permissions-policy': PERMISSIONS_POLICY,
  };
  const page = { 'content-security-policy': policies.page, ...common, 'x-frame-options': 'DENY' };
  return {
    page: { ...page, 'cache-control': REVALIDATE },
    asset: { ...page, 'cache-control': IMMUTABLE },
    embed: { 'content-security-policy': policies.embed, ...common, 'cache-control': REVALIDATE },
  };
}
