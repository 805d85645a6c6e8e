/**
 * Checks a shipped script against Chrome 69 / Safari 12: it must parse as ES2018 (acorn), with the one later form
 * those engines have, dynamic import() and import.meta (Chrome 63/64, Safari 11.1); use no regular-expression
 * lookbehind (Safari 16.4); and call none of the runtime APIs in tests/fixtures/legacy/chrome69.ts (a global is
 * allowed in a file that tests it with typeof first).
 */
import { Parser, tokTypes, type Node } from 'acorn';
import { FORBIDDEN_APIS } from '../fixtures/legacy/chrome69.ts';

export interface ScriptProblem {
  line: number;
  column: number;
  message: string;
}

// acorn's parser methods are internal, so the subclass speaks to them untyped.
/* eslint-disable @typescript-eslint/no-explicit-any */
function withDynamicImport(Base: typeof Parser): typeof Parser {
  return class extends (Base as any) {
    parseExprAtom(refDestructuringErrors: unknown, forInit: unknown, forNew: boolean) {
      if ((this as any).type === tokTypes._import) return (this as any).parseExprImport(forNew);
      return super.parseExprAtom(refDestructuringErrors, forInit, forNew);
    }
    parseStatement(context: unknown, topLevel: unknown, exports: unknown) {
      const self = this as any;
      if (self.type === tokTypes._import && /^\s*[(.]/.test(self.input.slice(self.pos))) {
        return self.parseExpressionStatement(self.startNode(), self.parseExpression());
      }
      return super.parseStatement(context, topLevel, exports);
    }
  } as unknown as typeof Parser;
}
const LegacyParser = withDynamicImport(Parser);

/** Line and column (1-based) of an offset. */
function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

type AnyNode = Node & Record<string, any>;

/** Every node of the tree with its parent. */
function walk(node: AnyNode, visit: (node: AnyNode, parent?: AnyNode) => void, parent?: AnyNode): void {
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) if (child && typeof child.type === 'string') walk(child, visit, node);
    if (value && typeof value === 'object' && typeof (value as AnyNode).type === 'string') walk(value as AnyNode, visit, node);
  }
}

/** The forbidden APIs a parsed script uses. */
function forbiddenApis(source: string, program: AnyNode): ScriptProblem[] {
  const methods = new Set<string>();
  const statics = new Set<string>();
  const globals = new Set<string>();
  for (const api of Object.keys(FORBIDDEN_APIS)) {
    if (api.startsWith('.')) methods.add(api.slice(1, -2));
    else if (api.includes('.')) statics.add(api);
    else globals.add(api);
  }
  const guarded = new Set<string>();
  walk(program, (node) => {
    if (node.type === 'UnaryExpression' && node.operator === 'typeof' && node.argument.type === 'Identifier') {
      guarded.add(node.argument.name);
    }
  });
  const problems: ScriptProblem[] = [];
  const report = (node: AnyNode, api: string) =>
    problems.push({ ...position(source, node.start), message: `${api} (${FORBIDDEN_APIS[api]})` });
  walk(program, (node, parent) => {
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !node.callee.computed) {
      const name = node.callee.property.name;
      if (methods.has(name)) report(node.callee.property, `.${name}()`);
    }
    if (node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier') {
      const name = `${node.object.name}.${node.property.name}`;
      if (statics.has(name)) report(node, name);
    }
    if (node.type === 'Literal' && node.regex && /\(\?<[=!]/.test(node.regex.pattern)) {
      problems.push({ ...position(source, node.start), message: 'regular expression lookbehind (?<= or (?<! (Safari 16.4)' });
    }
    if (node.type === 'Identifier' && globals.has(node.name) && !guarded.has(node.name)) {
      const isPropertyName =
        (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) ||
        ((parent?.type === 'Property' || parent?.type === 'MethodDefinition') && parent.key === node && !parent.computed);
      if (!isPropertyName) report(node, node.name);
    }
  });
  return problems;
}

/** Problems of one script: a syntax error (the first), or each forbidden API it uses. */
export function checkScript(source: string, sourceType: 'module' | 'script'): ScriptProblem[] {
  let program: AnyNode;
  try {
    program = LegacyParser.parse(source, { ecmaVersion: 2018, sourceType }) as AnyNode;
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    const message = (error as Error).message.replace(/\s*\(\d+:\d+\)$/, '');
    return [{ ...position(source, at), message: `not ES2018: ${message}` }];
  }
  return forbiddenApis(source, program);
}
