/**
 * Markdown (Sätteri hast) plugin: prefixes root-relative links written in Markdown/MDX ("/tiaojian/")
 * with the site's base path, so content links keep working when the site is published under a sub-path.
 */
import { defineHastPlugin } from 'satteri';
import { joinBase } from '../lib/paths';

export default function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const link = node.properties?.href;
        if (typeof link === 'string' && link.startsWith('/') && !link.startsWith('//')) {
          ctx.setProperty(node, 'href', joinBase(base, link));
        }
      },
    },
  });
}
