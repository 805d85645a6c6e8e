/**
 * The search lexicon as a module the browser code imports (`virtual:search-lexicon`): content/search.yaml, the
 * glossary's everyday words and the money amount, compiled to JSON at build time. It is bundled with the search
 * code that loads on first use, so it costs nothing before the visitor uses a search box and needs no request of
 * its own. The ranking test reads the lexicon with readSearchLexicon(), from the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';
import { searchSchema } from '../lib/schemas/search.ts';
import { buildLexicon, type GlossaryWords, type Lexicon, type StandardAmount } from '../lib/search/lexicon.ts';
import { formatAmount } from '../lib/format.ts';

export const LEXICON_MODULE = 'virtual:search-lexicon';
const RESOLVED = `\0${LEXICON_MODULE}`;
const FILES = ['search.yaml', 'glossary.yaml', 'standards.yaml'] as const;

function readYaml(contentDir: string, file: string): unknown {
  try {
    return parse(readFileSync(join(contentDir, file), 'utf8'));
  } catch (error) {
    throw new Error(`content/${file}：无法读取（${(error as Error).message}）`);
  }
}

/** Reads and checks the three files; the error names the file and field to fix. */
export function readSearchLexicon(contentDir: string): Lexicon {
  const parsed = searchSchema.safeParse(readYaml(contentDir, 'search.yaml'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/search.yaml：${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
  }
  const glossary = readYaml(contentDir, 'glossary.yaml') as GlossaryWords[];
  const standards = readYaml(contentDir, 'standards.yaml') as StandardAmount[];
  const pages = readdirSync(join(contentDir, 'pages')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length));
  return buildLexicon({ search: parsed.data, glossary, standards, pages, siteText: siteText(contentDir), formatAmount });
}

/** The text of every content file the site shows (not search.yaml, which only the search reads). */
function siteText(contentDir: string): string {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|mdx|yaml)$/.test(file) && file !== 'search.yaml')
    .map((file) => readFileSync(join(contentDir, file), 'utf8'))
    .join('\n');
}

/** Vite plugin: `import lexicon from 'virtual:search-lexicon'` gives the compiled lexicon. */
export default function searchLexicon(contentDir = join(process.cwd(), 'content')): Plugin {
  return {
    name: 'search-lexicon',
    resolveId: (id) => (id === LEXICON_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of FILES) this.addWatchFile(join(contentDir, file));
      return `export default ${JSON.stringify(readSearchLexicon(contentDir))};`;
    },
  };
}
