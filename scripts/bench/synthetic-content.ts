/**
 * Synthetic but schema-valid content for the scale run, written into a copy of content/ (never into the repo).
 * Text is stitched from phrases of the real content with a seeded generator, so the search index grows the way
 * real Chinese text makes it grow, and every run writes the same files.
 *
 * Each generator makes one collection. Training cases do not exist yet, so FAQ entries stand in for them; when
 * the cases collection lands, add a `cases` generator here and list it in SCALE_COLLECTIONS (scale.ts).
 * The build checks every entry with the real schemas; tests/unit/bench-synthetic.test.ts checks the generators too.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export interface SyntheticFile {
  path: string; // relative to content/
  data: Record<string, unknown>; // what the schema validates (YAML, or Markdown frontmatter)
  body?: string; // Markdown body, for .md files
}

export interface GeneratorContext {
  text: TextMaker;
  documentIds: string[]; // real document ids, for citations
}

export type Generator = (count: number, context: GeneratorContext) => SyntheticFile[];

/** Deterministic text from the phrases of the real content. */
export interface TextMaker {
  sentence: (minChars: number) => string;
  pick: <T>(items: readonly T[]) => T;
  int: (max: number) => number;
}

/** mulberry32: a tiny seeded PRNG, so runs are repeatable. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs of Chinese characters in every content file, the raw material of the synthetic text. */
function phrasesOf(contentDir: string): string[] {
  const runs: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|mdx?)$/.test(entry.name)) runs.push(...(readFileSync(path, 'utf8').match(/[\u4e00-\u9fff]{2,}/g) ?? []));
    }
  };
  walk(contentDir);
  return runs;
}

export function textMaker(contentDir: string, seed = 7): TextMaker {
  const random = seeded(seed);
  const phrases = phrasesOf(contentDir);
  if (phrases.length === 0) throw new Error(`No Chinese text found under ${contentDir} to make synthetic content from`);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const piece = () => {
    const run = pick(phrases);
    const length = Math.min(run.length, 2 + int(7));
    const start = int(run.length - length + 1);
    return run.slice(start, start + length);
  };
  const sentence = (minChars: number) => {
    let text = piece();
    while (text.length < minChars) text += (int(4) === 0 ? '，' : '') + piece();
    return `${text}。`;
  };
  return { sentence, pick, int };
}

const pad = (i: number) => String(i + 1).padStart(4, '0');

/** Policy documents: one YAML file (and one page) each. */
export const documents: Generator = (count, { text }) =>
  Array.from({ length: count }, (_, i) => ({
    path: `documents/synthetic-${pad(i)}.yaml`,
    data: {
      title: `《${text.sentence(12).slice(0, -1)}的通知》`,
      shortTitle: `示例文件${pad(i)}`,
      number: `示发〔${2000 + (i % 26)}〕${i + 1}号`,
      issuer: text.pick(['示例民政局', '示例人民政府办公室', '示例财政局']),
      date: `${2000 + (i % 26)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      verification: i % 3 === 0 ? 'republished' : 'official',
      summary: text.sentence(60) + text.sentence(30),
      points: Array.from({ length: 2 + text.int(3) }, () => text.sentence(30)),
      order: 1000 + i,
    },
  }));

/** FAQ entries (standing in for training cases): Markdown, all shown on the FAQ page. */
export const faq: Generator = (count, { text, documentIds }) =>
  Array.from({ length: count }, (_, i) => ({
    path: `faq/synthetic-${pad(i)}.md`,
    data: { question: `${text.sentence(10).slice(0, -1)}？`, order: 1000 + i, sources: [text.pick(documentIds)] },
    body: text.sentence(80) + text.sentence(60),
  }));

export const GENERATORS = { documents, faq } satisfies Record<string, Generator>;
export type Collection = keyof typeof GENERATORS;

/** The synthetic files for the given counts, made from (and citing) the content in contentDir. */
export function makeSynthetic(contentDir: string, counts: Partial<Record<Collection, number>>): SyntheticFile[] {
  const documentIds = readdirSync(join(contentDir, 'documents')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  const context: GeneratorContext = { text: textMaker(contentDir), documentIds };
  return (Object.keys(counts) as Collection[]).flatMap((name) => GENERATORS[name](counts[name] ?? 0, context));
}

/** Writes `count` entries of each collection into contentDir; returns how many files it wrote. */
export function writeSynthetic(contentDir: string, counts: Partial<Record<Collection, number>>): number {
  const files = makeSynthetic(contentDir, counts);
  for (const file of files) {
    mkdirSync(join(contentDir, file.path, '..'), { recursive: true });
    const yaml = stringify(file.data);
    writeFileSync(join(contentDir, file.path), file.body === undefined ? yaml : `---\n${yaml}---\n${file.body}\n`);
  }
  return files.length;
}
