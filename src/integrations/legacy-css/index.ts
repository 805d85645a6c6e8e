/**
 * The PostCSS steps that make the stylesheets readable on Chrome 69 / Safari 12 (./targets.ts), in order. They run
 * on every stylesheet after Tailwind has generated it; Lightning CSS then lowers the rest for CSS_TARGET when it
 * minifies (nesting, media ranges, logical properties, colours). What each engine lacks, and so what these remove:
 * :is() (expanded to plain selector lists), cascade layers (turned into specificity, the same steps in every file),
 * @property (its initial values set on every element) and colour mixing behind @supports.
 */
import cascadeLayers from '@csstools/postcss-cascade-layers';
import isPseudoClass from '@csstools/postcss-is-pseudo-class';
import type { AcceptedPlugin } from 'postcss';
import colorMixSupports from './color-mix-supports.ts';
import layerOrder from './layer-order.ts';
import propertyFallbacks from './property-fallbacks.ts';

export { CSS_TARGET, SCRIPT_TARGET } from './targets.ts';
export { default as legacyTargets } from './vite-targets.ts';

export function legacyCssPlugins(): AcceptedPlugin[] {
  return [isPseudoClass(), layerOrder(), cascadeLayers(), propertyFallbacks(), colorMixSupports()];
}
