/**
 * Stylesheets against Chrome 69 / Safari 12 (lists in tests/fixtures/legacy/chrome69.ts), with PostCSS:
 * - scanStylesheet: the features a shipped stylesheet may not use, each with its line and column;
 * - oldEngineView: the stylesheet as Chrome 69 would apply it (what it cannot parse removed), for the browser test
 *   that shows the site as an old phone does.
 */
import postcss, { type AtRule, type ChildNode, type Container, type Document, type Rule } from 'postcss';
import { FORBIDDEN_CSS, UNSUPPORTED_PROPERTIES, UNSUPPORTED_SELECTORS, UNSUPPORTED_VALUES } from '../fixtures/legacy/chrome69.ts';

export interface StyleProblem {
  line: number;
  column: number;
  message: string;
}

const RANGE_MEDIA = /\((?:[^()]*?)(?:<=?|>=?)(?:[^()]*?)\)/;

/** Inside @supports selector(:has(…)): skipped whole by an engine without :has(). */
function guardedForHas(node: ChildNode): boolean {
  let parent: Container | Document | undefined = node.parent;
  while (parent && (parent.type === 'atrule' || parent.type === 'rule')) {
    if (parent.type === 'atrule' && (parent as AtRule).name === 'supports' && /selector\(\s*:has\(/.test((parent as AtRule).params)) {
      return true;
    }
    parent = parent.parent;
  }
  return false;
}

/** The forbidden features a stylesheet uses (FORBIDDEN_CSS). */
export function scanStylesheet(css: string, file: string): StyleProblem[] {
  const problems: StyleProblem[] = [];
  const report = (node: ChildNode, message: string) =>
    problems.push({ line: node.source?.start?.line ?? 0, column: node.source?.start?.column ?? 0, message });
  postcss.parse(css, { from: file }).walk((node) => {
    if (node.type === 'atrule') {
      if (node.name === 'layer') report(node, FORBIDDEN_CSS.layer);
      if (node.name === 'property') report(node, FORBIDDEN_CSS.property);
      if (node.name === 'container') report(node, FORBIDDEN_CSS.container);
      if (node.params.includes('color-mix(')) report(node, FORBIDDEN_CSS.colorMix);
      if (node.name === 'media' && RANGE_MEDIA.test(node.params)) report(node, FORBIDDEN_CSS.mediaRange);
      if (node.parent?.type === 'rule') report(node, FORBIDDEN_CSS.nesting);
    }
    if (node.type === 'rule') {
      if (node.parent?.type === 'rule') report(node, FORBIDDEN_CSS.nesting);
      if (node.selector.includes(':has(') && !guardedForHas(node)) report(node, FORBIDDEN_CSS.has);
      // Lightning CSS writes :is(:lang(…)) when it lowers padding-inline in Tailwind's preflight rules; those rules
      // use :where() as well, so an engine without :is() skips them whole either way (only <select> padding).
      if (node.selector.includes(':is(') && !node.selector.includes(':where(')) report(node, FORBIDDEN_CSS.is);
    }
    if (node.type === 'decl' && node.value.includes('color-mix(')) report(node, FORBIDDEN_CSS.colorMix);
  });
  return problems;
}

/** Whether Chrome 69 can parse a rule's selector (a rule with one selector it cannot parse is dropped whole). */
function selectorSupported(rule: Rule): boolean {
  if (UNSUPPORTED_SELECTORS.some((pseudo) => rule.selector.includes(pseudo))) return false;
  // :not() takes one simple selector there: no lists, no combinators.
  for (const match of rule.selector.matchAll(/:not\(([^()]*)\)/g)) if (/[,\s>+~]/.test(match[1]!.trim())) return false;
  return true;
}

/** A simple @supports test on a property Chrome 69 lacks: `(prop: …)` is false there, `not (prop: …)` true. */
function supportsOnOldEngine(params: string): boolean | undefined {
  const test = /^\s*(not\s+)?\(\s*([a-z-]+)\s*:[^()]*\)\s*$/i.exec(params);
  if (!test || !UNSUPPORTED_PROPERTIES.includes(test[2]!.toLowerCase())) return undefined;
  return Boolean(test[1]);
}

/** Removes, in place, what Chrome 69 would skip in a container's children. */
function dropUnsupported(container: Container): void {
  container.each((node) => {
    if (node.type === 'atrule') {
      const skipped =
        ['layer', 'property', 'container', 'scope', 'starting-style'].includes(node.name) ||
        (node.name === 'supports' && /selector\(|color-mix\(/.test(node.params)) ||
        (node.name === 'media' && RANGE_MEDIA.test(node.params)) ||
        node.parent?.type === 'rule';
      const supported = node.name === 'supports' ? supportsOnOldEngine(node.params) : undefined;
      if (skipped || supported === false) node.remove();
      else if (supported === true) {
        dropUnsupported(node);
        node.replaceWith(node.nodes ?? []); // applies there: its rules as if unconditional
      } else if (node.nodes) dropUnsupported(node);
    } else if (node.type === 'rule') {
      if (node.parent?.type === 'rule' || !selectorSupported(node)) node.remove();
      else dropUnsupported(node);
    } else if (node.type === 'decl') {
      const altText = node.prop === 'content' && /["')]\s*\/\s*["']/.test(node.value);
      if (altText || UNSUPPORTED_VALUES.some((pattern) => pattern.test(node.value))) node.remove();
    }
  });
}

/** The stylesheet as Chrome 69 applies it: what it cannot parse is removed, the rest kept as it is. */
export function oldEngineView(css: string): string {
  const root = postcss.parse(css);
  dropUnsupported(root);
  return root.toString();
}
