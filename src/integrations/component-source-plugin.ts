/**
 * MDX (Sätteri hast) plugin: gives each component that checks what an editor wrote (<Amount id>, <Cite id>,
 * <Pending topic note>, <Confirmed topic date by>) a `contentSource` prop, "content/pages/tiaojian.mdx:54", so that
 * its error names the content file and line rather than the page being rendered (/tiaojian/).
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';

/** The components given their place in the content (each declares an optional `contentSource` prop). */
export const SOURCED_COMPONENTS = ['Amount', 'Cite', 'Pending', 'Confirmed'];

export default function componentSourcePlugin(root: string) {
  const visit = (node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) => {
    if (!ctx.fileURL) return;
    const file = relative(root, fileURLToPath(ctx.fileURL)).split(sep).join('/');
    const line = node.position?.start.line;
    ctx.setProperty(node, 'contentSource', line ? `${file}:${line}` : file);
  };
  return defineHastPlugin({
    name: 'component-source',
    options: { position: true },
    mdxJsxFlowElement: { filter: SOURCED_COMPONENTS, visit },
    mdxJsxTextElement: { filter: SOURCED_COMPONENTS, visit },
  });
}
