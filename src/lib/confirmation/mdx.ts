/**
 * Components in an MDX body, read with the MDX parser Astro itself uses (satteri), so every attribute syntax MDX
 * allows is read as Astro reads it: topic="…", note='…', note={"…"}, attributes over several lines.
 */
import { mdxToMdast } from 'satteri';

export interface MdxElement {
  name: string; // the component's name, e.g. Pending
  line: number; // where it starts, 1-based
  attributes: Map<string, string | undefined>; // plain-text attributes (a bare attribute has undefined)
  unreadable: string[]; // attributes whose value is not plain text (an expression other than a string literal, a spread)
  text: string; // the text it wraps, whitespace collapsed
  ancestors: MdxElement[]; // the components (of the names asked for) it sits inside, outermost first
}

interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
  position?: { start: { line: number } };
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/** An attribute's text: a plain string, or an expression that is only a string literal ({"…"}, {'…'}, {`…`}). */
function attributeText(value: unknown): string | undefined | Error {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  const expression = String((value as { value?: unknown }).value ?? '').trim();
  const literal = /^(["'`])([\s\S]*)\1$/.exec(expression);
  if (!literal || (literal[1] === '`' && literal[2].includes('${'))) return new Error(expression);
  return literal[1] === '"' ? (JSON.parse(expression) as string) : literal[2];
}

function plainText(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

/** Every component named in `names`, in document order. Throws the parser's message when the MDX cannot be read. */
export function mdxElements(text: string, names: ReadonlySet<string>): MdxElement[] {
  const out: MdxElement[] = [];
  const visit = (node: MdastNode, ancestors: MdxElement[]): void => {
    let inside = ancestors;
    if (JSX.has(node.type) && node.name && names.has(node.name)) {
      const element: MdxElement = {
        name: node.name,
        line: node.position?.start.line ?? 0,
        attributes: new Map(),
        unreadable: [],
        text: plainText(node).replace(/\s+/g, ' ').trim(),
        ancestors,
      };
      for (const attribute of node.attributes ?? []) {
        const value = attribute.type === 'mdxJsxAttribute' && attribute.name ? attributeText(attribute.value) : new Error('spread');
        if (value instanceof Error) element.unreadable.push(attribute.name ?? '{…}');
        else element.attributes.set(attribute.name!, value);
      }
      out.push(element);
      inside = [...ancestors, element];
    }
    for (const child of node.children ?? []) visit(child, inside);
  };
  visit(mdxToMdast(text) as MdastNode, []);
  return out;
}

/** The ids of a topic attribute: "a b" → ['a', 'b']. */
export const topicList = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);
