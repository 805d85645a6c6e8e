/**
 * Removes @supports blocks that test for color-mix(): they only refine what the rules before them already set
 * (Tailwind's placeholder colour at half strength), for engines that have color-mix(), which Chrome 69 and
 * Safari 12 lack. Lightning CSS turns the other color-mix() values, whose colours are known, into plain colours.
 */
import type { Plugin } from 'postcss';

export default function colorMixSupports(): Plugin {
  return {
    postcssPlugin: 'xs-color-mix-supports',
    OnceExit(root) {
      root.walkAtRules('supports', (block) => {
        if (block.params.includes('color-mix(')) block.remove();
      });
    },
  };
}
