/**
 * Pagefind excerpts are HTML: the page text with < and > escaped and each matching word wrapped in <mark>.
 * They are split into plain pieces here so the browser can build them with text nodes (no innerHTML).
 */

export interface ExcerptPiece {
  text: string; // plain text, entities decoded
  mark: boolean; // true for a matching word, shown highlighted
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/** Splits an excerpt into text and highlighted pieces; adjacent highlights are merged (服刑|在|押 → 服刑在押). */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = pieces[pieces.length - 1]; // not .at(-1): Chrome 69 lacks it
    if (last && last.mark === mark) last.text += text;
    else pieces.push({ text, mark });
  };
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let match = pattern.exec(excerpt); match; match = pattern.exec(excerpt)) {
    push(decode(excerpt.slice(at, match.index)), false);
    push(decode(match[1]), true);
    at = pattern.lastIndex;
  }
  push(decode(excerpt.slice(at)), false);
  return pieces;
}
