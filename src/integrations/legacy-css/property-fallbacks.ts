/**
 * Replaces @property rules, which Chrome before 85 and Safari before 16.4 ignore, by what they declare: each
 * property's initial-value set on every element (registered properties are not inherited, so every element starts
 * from its initial value, as here). Tailwind's own fallback, the same values behind an @supports test for engines
 * without @property, supplies the values and is removed: they now apply on every engine.
 */
import type { Declaration, Plugin, Rule } from 'postcss';

const ALL_ELEMENTS = '*,::before,::after,::backdrop';

export default function propertyFallbacks(): Plugin {
  return {
    postcssPlugin: 'xs-property-fallbacks',
    // After @csstools/postcss-cascade-layers (OnceExit, earlier in the list): the new rule keeps the lowest rank.
    OnceExit(root, { Rule: RuleNode, Declaration: DeclarationNode }) {
      const initial = new Map<string, string>();
      root.walkAtRules('property', (rule) => {
        rule.walkDecls('initial-value', (declaration) => void initial.set(rule.params.trim(), declaration.value));
        if (!initial.has(rule.params.trim())) initial.set(rule.params.trim(), 'initial');
        rule.remove();
      });
      if (initial.size === 0) return;
      // An @supports block that only sets some of these properties is Tailwind's fallback. Its values win: they
      // are written for unregistered properties (0px there; the @property rule's 0 would break calc()).
      root.walkAtRules('supports', (block) => {
        const declarations: Declaration[] = [];
        let onlyRules = true;
        block.each((node) => {
          if (node.type !== 'rule') onlyRules = false;
          else {
            (node as Rule).each((child) => {
              if (child.type === 'decl') declarations.push(child);
              else onlyRules = false;
            });
          }
        });
        const redundant = declarations.every((d) => initial.has(d.prop));
        if (!onlyRules || declarations.length === 0 || !redundant) return;
        for (const declaration of declarations) initial.set(declaration.prop, declaration.value);
        block.remove();
      });
      // The new nodes carry the stylesheet's source: Vite's URL rewriting warns about declarations without a file.
      const rule = new RuleNode({ selector: ALL_ELEMENTS, source: root.source });
      for (const [prop, value] of initial) rule.append(new DeclarationNode({ prop, value, source: root.source }));
      root.prepend(rule);
    },
  };
}
