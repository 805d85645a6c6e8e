/**
 * Declares Tailwind's cascade layers at the top of every stylesheet, so that @csstools/postcss-cascade-layers gives
 * each file the same specificity steps: unlayered rules (questionnaire.css, training.css, the display modes) then get
 * the same boost in every file and still beat Tailwind's layered base and utilities, as they do with real layers.
 * A layer this list does not know stops the build: its place in the order would be a guess.
 */
import type { Plugin } from 'postcss';

/** Tailwind 4's layers, in cascade order. */
export const TAILWIND_LAYERS = ['properties', 'theme', 'base', 'components', 'utilities'];

export default function layerOrder(layers: readonly string[] = TAILWIND_LAYERS): Plugin {
  return {
    postcssPlugin: 'xs-layer-order',
    Once(root, { AtRule }) {
      root.walkAtRules('layer', (rule) => {
        for (const name of rule.params.split(',').map((part) => part.trim().split('.')[0]!)) {
          if (name && !layers.includes(name)) {
            throw rule.error(`未知的 CSS 层 @layer ${name}：请把它加进 src/integrations/legacy-css/layer-order.ts 的层顺序`, {
              plugin: 'xs-layer-order',
            });
          }
        }
      });
      root.prepend(new AtRule({ name: 'layer', params: layers.join(', ') }));
    },
  };
}
