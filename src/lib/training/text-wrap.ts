/**
 * Line breaking for Chinese text in an SVG, where the browser does not wrap: an estimate of the width of each
 * character (CJK and full-width punctuation 1 em, ASCII about 0.6 em), greedy filling, and no line that starts
 * with closing punctuation (it moves back to the line before).
 */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’…·,.;:?!)']);

/** Width of a character in em. */
export function charWidth(char: string): number {
  return char.charCodeAt(0) < 0x2000 ? 0.6 : 1;
}

export function textWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0);
}

/** Breaks `text` into lines of at most `maxEm` em (a closing punctuation mark may overhang by one character). */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (line && width + w > maxEm && !NO_LINE_START.has(char)) {
      lines.push(line);
      line = '';
      width = 0;
    }
    line += char;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Puts whole items on lines of at most `maxEm` em, separated by `separator`; an item too long alone is wrapped. */
export function wrapItems(items: readonly string[], separator: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line ? `${line}${separator}${item}` : item;
    if (textWidth(candidate) <= maxEm) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = wrapText(item, maxEm);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}
