/**
 * Synthetic but schema-valid content for the scale run, written into a copy of content/ (never into the repo).
 * Text is stitched from phrases of the real content with a seeded generator, so the search index grows the way
 * real Chinese text makes it grow, and every run writes the same files.
 *
 * Each generator makes one collection: policy documents and training cases, the two that grow into many pages.
 * The build checks every entry with the real schemas (a case's `expected` against the engine itself);
 * tests/unit/bench-scale.test.ts checks the generators too.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { FIELD_VALUES, SITUATION_KINDS, fieldsOf } from '../../src/lib/eligibility/schema.ts';
import type { Answers, Outcome, QualifierValue, Situation, SituationKind } from '../../src/lib/eligibility/types.ts';
import { TRAP_KEYS } from '../../src/lib/training/traps.ts';

export interface SyntheticFile {
  path: string; // relative to content/
  data: Record<string, unknown>; // what the schema validates (YAML, or Markdown frontmatter)
  body?: string; // Markdown body, for .md files
}

/**
 * The engine's verdict: `assess` from src/lib/eligibility. Passed in rather than imported, because the engine's
 * own imports omit the .ts extension, which Node alone cannot resolve: tests pass it directly, the scale run loads
 * it through Vite (scale.ts).
 */
export type Assess = (answers: Answers) => { outcome: Outcome };

export interface GeneratorContext {
  text: TextMaker;
  choice: Chooser; // the cases' answers: a generator of their own, so they do not change when content/ text does
  documentIds: string[]; // real document ids, for citations
  assess: Assess; // gives each case its `expected`
}

export type Generator = (count: number, context: GeneratorContext) => SyntheticFile[];

/** Deterministic choices from a seeded generator. */
export interface Chooser {
  pick: <T>(items: readonly T[]) => T;
  int: (max: number) => number;
}

/** Deterministic text from the phrases of the real content. */
export interface TextMaker extends Chooser {
  sentence: (minChars: number) => string;
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

/** Choices of their own, from `seed` alone. */
export function chooser(seed: number): Chooser {
  const random = seeded(seed);
  const int = (max: number) => Math.floor(random() * max);
  return { int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
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

/** `count` different items, in the order picked (fewer if there are not that many). */
function distinct<T>(text: Chooser, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(text.pick(items));
  return [...chosen];
}

/** One situation of the given kind, each detail any value the contract allows (null = 不清楚). */
function situationOf(text: Chooser, kind: SituationKind): Situation {
  const details = fieldsOf(kind).map((field) => [field, text.pick<QualifierValue>(FIELD_VALUES[field])]);
  return Object.fromEntries([['kind', kind], ...details]) as Situation;
}

/** Answers in the engine's contract: the child's age, and up to two different situations for each parent. */
function randomAnswers(text: Chooser): Answers {
  const situations = () => distinct(text, SITUATION_KINDS, text.int(3)).map((kind) => situationOf(text, kind));
  return { childUnder18: text.int(8) !== 0, father: situations(), mother: situations() };
}

/**
 * Training cases: Markdown, each with its own page and worksheet, all listed on /peixun/ and the presenter.
 * `expected` is what the engine gives for the answers, so the build's check passes.
 */
export const cases: Generator = (count, { text, choice, documentIds, assess }) =>
  Array.from({ length: count }, (_, i) => {
    const answers = randomAnswers(choice);
    const traps = distinct(text, TRAP_KEYS, text.int(3));
    return {
      path: `cases/synthetic-${pad(i)}.md`,
      data: {
        title: text.sentence(6).slice(0, -1),
        order: 1000 + i,
        summary: text.sentence(24),
        answers,
        expected: assess(answers).outcome,
        explanation: text.sentence(60) + text.sentence(40),
        sources: distinct(text, documentIds, 1 + text.int(3)),
        discussion: Array.from({ length: 2 + text.int(2) }, () => `${text.sentence(10).slice(0, -1)}？`),
        traps,
        kuasheng: traps.includes('hukou_elsewhere'), // as in the real library: the 户籍-elsewhere trap shows 跨省通办
      },
      body: [text.sentence(30), text.sentence(60), text.sentence(40)].join('\n\n'),
    };
  });

/** The seed of the cases' answers. */
const ANSWER_SEED = 11;

export const GENERATORS = { documents, cases } satisfies Record<string, Generator>;
export type Collection = keyof typeof GENERATORS;

/** The synthetic files for the given counts, made from (and citing) the content in contentDir. */
export function makeSynthetic(contentDir: string, counts: Partial<Record<Collection, number>>, assess: Assess): SyntheticFile[] {
  const documentIds = readdirSync(join(contentDir, 'documents')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  const context: GeneratorContext = { text: textMaker(contentDir), choice: chooser(ANSWER_SEED), documentIds, assess };
  return (Object.keys(counts) as Collection[]).flatMap((name) => GENERATORS[name](counts[name] ?? 0, context));
}

/** Writes `count` entries of each collection into contentDir; returns how many files it wrote. */
export function writeSynthetic(contentDir: string, counts: Partial<Record<Collection, number>>, assess: Assess): number {
  const files = makeSynthetic(contentDir, counts, assess);
  for (const file of files) {
    mkdirSync(join(contentDir, file.path, '..'), { recursive: true });
    const yaml = stringify(file.data);
    writeFileSync(join(contentDir, file.path), file.body === undefined ? yaml : `---\n${yaml}---\n${file.body}\n`);
  }
  return files.length;
}
