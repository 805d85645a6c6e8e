/**
 * Finds visitor-visible wording written into templates instead of content/: Chinese characters in a source file
 * outside comments and outside the messages thrown for editors (throw …, componentError, ContentError). Used by
 * tests/unit/fixed-wording.test.ts so that the pages' fixed words stay in content/ (site.yaml labels, training.yaml,
 * search.yaml, questionnaire.yaml).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const HAN = /[\u4e00-\u9fff]/;

/** A line of a source file that still carries Chinese wording. */
export interface FixedWord {
  line: number; // 1-based
  text: string; // the line, trimmed
}

/** Blanks a match but keeps its line breaks, so line numbers stay right. */
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

/** The source with its comments blanked: /* … *\/ (also {/* … *\/} in templates), <!-- … -->, and // to the end of a line. */
export function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (match, before: string) => before + blank(match.slice(before.length)));
}

/** A statement that builds a message for editors, not for visitors: it stops the build. */
const EDITOR_MESSAGE = /\bthrow\b|\bcomponentError\(|\bContentError\(/;

/**
 * The lines of `source` with Chinese outside comments and editors' error messages. `allowed` lists fragments of
 * lines that are editors' messages built before the throw (e.g. a problem string passed to componentError).
 */
export function fixedWording(source: string, allowed: readonly string[] = []): FixedWord[] {
  return withoutComments(source)
    .split('\n')
    .flatMap((text, i) => (HAN.test(text) && !EDITOR_MESSAGE.test(text) && !allowed.some((part) => text.includes(part)) ? [{ line: i + 1, text: text.trim() }] : []));
}

/** Every .astro, .ts and .tsx file under a directory. */
export function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return /\.(astro|tsx?)$/.test(entry.name) ? [path] : [];
  });
}

/** "file:line: text" for each fixed word under the directories, relative to root. */
export function scanFixedWording(root: string, dirs: readonly string[], allowed: Readonly<Record<string, readonly string[]>>): string[] {
  return dirs.flatMap((dir) =>
    templateFiles(join(root, dir)).flatMap((path) => {
      const file = relative(root, path).split('\\').join('/');
      return fixedWording(readFileSync(path, 'utf8'), allowed[file] ?? []).map(({ line, text }) => `${file}:${line}: ${text}`);
    }),
  );
}
