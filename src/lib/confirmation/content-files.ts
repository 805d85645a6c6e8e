/** The text of every content file (YAML, Markdown, MDX) under a project's content/ folder, paths relative to it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentText } from './scan.ts';

export function readContentFiles(dir: string, root: string): ContentText[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return readContentFiles(path, root);
    if (!/\.(ya?ml|mdx?)$/.test(entry.name)) return [];
    return [{ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }];
  });
}
