/**
 * Markdown (Sätteri hast) plugin: puts every table written in Markdown/MDX into <div class="table-wrap">, which
 * scrolls sideways by itself when the table cannot fit (a phone at 320 px, 长辈版's larger text), so the page never
 * does (WCAG 1.4.10 reflow). Tables already inside a .table-wrap are left alone.
 */
import { defineHastPlugin } from 'satteri';

const WRAP_CLASS = 'table-wrap';

function hasWrapClass(parent: unknown): boolean {
  if (!parent || typeof parent !== 'object') return false;
  const { properties, attributes } = parent as {
    properties?: { className?: unknown };
    attributes?: { name?: string; value?: unknown }[];
  };
  const classes = [properties?.className, ...(attributes ?? []).filter((a) => a.name === 'class' || a.name === 'className').map((a) => a.value)];
  return classes.some((value) => (Array.isArray(value) ? value : String(value ?? '').split(/\s+/)).includes(WRAP_CLASS));
}

export default function tableWrapPlugin() {
  return defineHastPlugin({
    name: 'table-wrap',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        if (hasWrapClass(ctx.parent(node))) return;
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: [WRAP_CLASS] }, children: [] });
      },
    },
  });
}
