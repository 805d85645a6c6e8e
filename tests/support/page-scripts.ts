/** The JavaScript a page of dist/ runs before any interaction (tools/site/page-scripts.ts, on the tests' build). */
import { pageScripts as scriptsOf, type PageScript } from '../../tools/site/page-scripts';
import { basePath, distDir } from './dist';

export type { PageScript };

/** Every script the page in `file` (a dist HTML file) runs before interaction, each counted once. */
export const pageScripts = (file: string): PageScript[] => scriptsOf({ root: distDir, base: basePath }, file);
