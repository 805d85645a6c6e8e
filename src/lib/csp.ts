/**
 * The Content-Security-Policy of every page, in one place. Astro writes it into each page as a <meta> element
 * (astro.config.mjs, security.csp) with the hashes of whatever it inlines; the web server sends the same policy as a
 * header, plus frame-ancestors, which a <meta> policy cannot carry (scripts/release/csp.ts, deploy/nginx.conf).
 * 'wasm-unsafe-eval' is there for Pagefind's WebAssembly, which the site search loads on first use.
 */

/** Directives besides script-src and style-src (Astro owns those two in the <meta> policy). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src without hashes; Pagefind compiles WebAssembly, nothing else needs more than 'self'. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** script-src of the embed page, which has no search. */
export const EMBED_SCRIPT_SOURCES = ["'self'"] as const;

/** style-src without hashes. */
export const STYLE_SOURCES = ["'self'"] as const;
