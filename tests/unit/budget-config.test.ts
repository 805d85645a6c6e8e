/** Page categories by URL, and the parser of static imports in built JavaScript, used by the budget checker. */
import { describe, expect, it } from 'vitest';
import { categorize, matchesPattern } from '../../scripts/bench/budgets.ts';
import { staticImports } from '../../tools/site/page-scripts.ts';

describe('page categories', () => {
  it.each([
    ['/', 'content'],
    ['/tiaojian/', 'content'],
    ['/ziping/', 'questionnaire'],
    ['/ziping/embed/', 'embed'],
    ['/sousuo/', 'search'],
    ['/peixun/yanshi/', 'presenter'],
    ['/peixun/', 'content'],
    ['/peixun/anli/xiaoyu/', 'content'],
    ['/peixun/anli/xiaoyu/lianxi/', 'content'],
    ['/peixun/juece/', 'content'],
    ['/peixun/suchaka/', 'content'],
    ['/ziping/result/', 'content'],
  ])('%s is a %s page', (url, category) => {
    expect(categorize(url)).toBe(category);
  });

  it('matches a one-segment wildcard inside a pattern', () => {
    expect(matchesPattern('/peixun/case-1/', '/peixun/*/')).toBe(true);
    expect(matchesPattern('/peixun/', '/peixun/*/')).toBe(false);
  });
});

describe('static imports of built JavaScript', () => {
  it('finds side-effect imports, named and namespace imports, and re-exports', () => {
    const code =
      'import"./a.js";import{h as e,render as t}from"./b.js";import*as n from"../c.js";import d,{x}from"/_astro/d.js";' +
      'export*from"./e.js";export{y as z}from"./f.js";const o=()=>import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['../c.js', './a.js', './b.js', './e.js', './f.js', '/_astro/d.js']);
  });

  it('leaves out dynamic import(), import.meta, bare specifiers and strings that only look like imports', () => {
    const code = 'import("./x.js");const u=import.meta.url;import{a}from"preact";const s=obj.import"nope";export default"./y.js";';
    expect(staticImports(code)).toEqual([]);
  });
});
