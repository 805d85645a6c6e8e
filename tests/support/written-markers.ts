/**
 * How many pending markers files hold, counted by their bare syntax (`pending:` opening a YAML line, `<Pending` in Markdown), not
 * by src/lib/pending's reader. A test that finds no open question asks this first: zero read where markers are
 * written is a broken reader, zero read where none are written is content whose every point is confirmed.
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from './content';

export function writtenMarkers(paths: string[] = listContentFiles()): number {
  return paths.reduce((count, path) => {
    const text = readFileSync(path, 'utf8');
    const components = /\.mdx?$/.test(path) ? (text.match(/<Pending\b/g) ?? []).length : 0; // a YAML comment may name it
    return count + (text.match(/^\s*pending:/gm) ?? []).length + components;
  }, 0);
}
