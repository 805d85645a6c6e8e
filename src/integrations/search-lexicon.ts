/**
 * The search lexicon as a module the browser code imports (`virtual:search-lexicon`): content/search.yaml, the
 * glossary's everyday words and the money amount, compiled at build time and bundled with the question reader
 * (src/client/search/questions.ts), which loads only when a query is read as a question. The ranking test reads
 * the lexicon with readSearchLexicon(), from the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Plugin } from 'vite';
import { searchSchema } from '../lib/schemas/search.ts';
import { buildLexicon, type GlossaryWords, type Lexicon, type StandardAmount } from '../lib/search/lexicon.ts';
import { formatAmount } from '../lib/format.ts';
import { understand } from '../lib/search/understand.ts';

export const LEXICON_MODULE = 'virtual:search-lexicon';
const RESOLVED = `\0${LEXICON_MODULE}`;
const FILES = ['search.yaml', 'glossary.yaml', 'standards.yaml', 'questionnaire.yaml'] as const;

function readYaml(contentDir: string, file: string): unknown {
  try {
    return parse(readFileSync(join(contentDir, file), 'utf8'));
  } catch (error) {
    throw new Error(`content/${file}：无法读取（${(error as Error).message}）`);
  }
}

/** Reads and checks the files; the error names the file and field to fix. */
export function readSearchLexicon(contentDir: string): Lexicon {
  const parsed = searchSchema.safeParse(readYaml(contentDir, 'search.yaml'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`content/search.yaml：${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
  }
  const glossary = readYaml(contentDir, 'glossary.yaml') as GlossaryWords[];
  const standards = readYaml(contentDir, 'standards.yaml') as StandardAmount[];
  const pages = readdirSync(join(contentDir, 'pages')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -'.mdx'.length));
  const { pendingNote } = readYaml(contentDir, 'questionnaire.yaml') as { pendingNote: { tag: string; suffix: string } };
  return withoutTypoVariants(
    buildLexicon({ search: parsed.data, glossary, standards, pages, siteText: siteText(contentDir), pendingNote, formatAmount }),
  );
}

/**
 * The lexicon without the everyday words that the typo rule already reads as the same site word from another word
 * (联系不到 from 联系不上): the browser downloads fewer words and understands the same questions.
 */
export function withoutTypoVariants(lexicon: Lexicon): Lexicon {
  let lines = lexicon.lines.split('\n').map((line) => line.split(' '));
  const removed: Array<{ word: string; site: string }> = [];
  const readsAs = (trial: string[][]) => {
    const trialLexicon = { ...lexicon, lines: trial.map((l) => l.join(' ')).join('\n') }; // one reader per trial
    return (entry: { word: string; site: string }) => {
      const tokens = understand(entry.word, trialLexicon).tokens;
      return tokens.length === 1 && tokens[0].site === entry.site;
    };
  };
  lines.forEach((line, at) => {
    const site = line[0].slice(1).split('@')[0];
    for (let i = line.length - 1; i >= 1; i--) {
      const word = lines[at][i];
      if (word.length < 3 || word[0] === '+') continue; // a word the site uses is also searched as typed: keep it
      const trial = lines.map((l, j) => (j === at ? l.filter((_, k) => k !== i) : l));
      // Every word left out so far must still be read the same way without this one.
      if ([...removed, { word, site }].every(readsAs(trial))) {
        lines = trial;
        removed.push({ word, site });
      }
    }
  });
  return { ...lexicon, lines: lines.map((l) => l.join(' ')).join('\n') };
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
