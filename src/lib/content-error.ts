/**
 * The error for an editor's mistake in content/: its message names the file, the line where known, and the field;
 * its hint says what to do. Astro prints it as it is (`[ContentError] …`, the hint, the file and line), without a
 * stack trace, which would only point into the build's own code.
 */
import { AstroError } from 'astro/errors';
import { isAbsolute, resolve } from 'node:path';

export const CONTENT_HINT = '请按上面的提示修改 content/ 中的文件，再重新运行。各字段的写法见 README 的“内容编辑”一节。';

export interface ContentLocation {
  file: string; // e.g. content/pages/tiaojian.mdx (relative to the project) or an absolute path
  line?: number; // 1-based
}

export class ContentError extends AstroError {
  constructor(message: string, options: { hint?: string; location?: ContentLocation } = {}) {
    super(message, options.hint ?? CONTENT_HINT);
    this.name = 'ContentError';
    this.stack = '';
    // Marked as one of Astro's own errors, which `astro sync` passes on as they are instead of wrapping them in
    // "`astro sync` command failed to generate content collection types: …" with a hint about the config file.
    (this as { type: string }).type = 'AstroError';
    const hint = this.hint;
    // Astro's CLI and dev server replace the hint of any error whose text contains "document" or "window" with
    // advice about browser APIs on the server; every path under content/documents does. The hint stays ours.
    Object.defineProperty(this, 'hint', { get: () => hint, set: () => undefined, enumerable: true });
    const { location } = options;
    if (location) {
      (this as { loc?: unknown }).loc = {
        file: isAbsolute(location.file) ? location.file : resolve(location.file),
        line: location.line ?? 1,
        column: 1,
      };
    }
  }
}

/** "content/pages/tiaojian.mdx:54" (what the MDX source plugin passes to components) → file and line. */
export function parseSource(source: string | undefined): ContentLocation | undefined {
  const match = /^(.+?)(?::(\d+))?$/.exec(source ?? '');
  return match ? { file: match[1], line: match[2] ? Number(match[2]) : undefined } : undefined;
}

/** "content/pages/tiaojian.mdx 第54行" for messages. */
export function describeLocation(location: ContentLocation | undefined): string {
  if (!location) return '';
  return location.line ? `${location.file} 第${location.line}行` : location.file;
}

/**
 * The error of a component that found a mistake in what an editor wrote: named by the component's place in the
 * content (`contentSource`, from src/integrations/component-source-plugin.ts) when it has one.
 */
export function componentError(contentSource: string | undefined, message: string): ContentError {
  const location = parseSource(contentSource);
  return new ContentError(location ? `${describeLocation(location)}：${message}` : message, { location });
}
