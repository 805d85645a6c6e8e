/**
 * The oldest engines the site supports: Android WebView / Chrome 69 and Safari 12 (2018), the browsers of the old,
 * cheap phones families use. Scripts are compiled to ES2018 for them (Vite's build.target) and the stylesheets
 * lowered (Lightning CSS with cssTarget, after the PostCSS steps in ./index.ts). tests/dist/legacy-*.test.ts check
 * the built files against the same engines.
 */
export const SCRIPT_TARGET = ['es2018', 'chrome69', 'safari12'];
export const CSS_TARGET = ['chrome69', 'safari12'];
