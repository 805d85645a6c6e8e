/**
 * `npm run build`: builds and indexes the site (tools/site/build.ts). Settings from the environment, as for
 * `astro dev`: BASE_PATH, SITE_URL, PORTAL_ORIGIN, PUBLISH=1. `--out <dir>` builds elsewhere (default dist/);
 * `--root <dir>` builds another copy of the project (run it with that folder as the working directory);
 * `--json` ends with one line `@@build {…}` of figures for the bench.
 */
import { parseArgs } from 'node:util';
import { buildSite, describeError } from './build.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, root: { type: 'string' }, json: { type: 'boolean', default: false } },
});

try {
  const result = await buildSite({
    outDir: values.out!,
    root: values.root,
    base: process.env.BASE_PATH || '/',
    site: process.env.SITE_URL || undefined,
    portalOrigin: process.env.PORTAL_ORIGIN || undefined,
    publish: process.env.PUBLISH === '1',
  });
  console.log(`${result.pages} page(s) built in ${result.outDir}; ${result.indexedPages} indexed by Pagefind`);
  if (values.json) console.log(`@@build ${JSON.stringify(result)}`);
  process.exit(0); // Astro and Pagefind may leave handles open; the build is done
} catch (error) {
  console.error(describeError(error));
  process.exit(1);
}
