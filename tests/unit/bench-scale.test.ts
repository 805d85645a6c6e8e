/** The scale run's pure parts: synthetic content that the real schemas accept, and the analysis of growth. */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/lib/schemas';
import { assess, parseAnswers, SITUATION_KINDS } from '../../src/lib/eligibility';
import { OUTCOMES } from '../../src/lib/eligibility/keys';
import { analyzeScale, type PointFigures } from '../../scripts/bench/scale-analysis.ts';
import { scaleCounts } from '../../scripts/bench/scale.ts';
import { makeSynthetic, writeSynthetic } from '../../scripts/bench/synthetic-content.ts';
import { contentRoot, documentIds, validateFile } from '../support/content';
import { readCases } from '../support/training-content';

describe('synthetic content', () => {
  const files = makeSynthetic(contentRoot, { documents: 60, cases: 60 }, assess);
  const schemas = makeSchemas(documentIds(), () => z.string());
  const cases = files.filter((f) => f.path.startsWith('cases/'));

  it('makes the requested number of entries per collection, with new file names', () => {
    expect(files.filter((f) => f.path.startsWith('documents/'))).toHaveLength(60);
    expect(cases.filter((f) => f.path.endsWith('.md') && f.body)).toHaveLength(60);
    expect(new Set(files.map((f) => f.path)).size).toBe(120);
    expect(files.every((f) => /\/synthetic-\d{4}\./.test(f.path))).toBe(true);
    expect(files.filter((f) => existsSync(join(contentRoot, f.path)))).toEqual([]);
  });

  it('passes the real schemas, citing only existing documents', () => {
    for (const file of files) {
      const schema = file.path.startsWith('documents/') ? schemas.document : schemas.caseStudy;
      const result = schema.safeParse(file.data);
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('writes Chinese text, the same on every run', () => {
    expect(makeSynthetic(contentRoot, { documents: 60, cases: 60 }, assess)).toEqual(files);
    expect(String(files[0].data.summary)).toMatch(/^[\u4e00-\u9fff，]{20,}。/);
    expect(cases[0].body).toMatch(/^[\u4e00-\u9fff，]{20,}。\n\n/);
  });

  it('the scale run adds documents and training cases', () => {
    expect(scaleCounts(1000)).toEqual({ documents: 1000, cases: 1000 });
  });
});

describe('synthetic training cases', () => {
  const cases = makeSynthetic(contentRoot, { cases: 200 }, assess);
  const real = readCases();

  it('expect what the engine gives for their answers', () => {
    for (const c of cases) expect(c.data.expected, c.path).toBe(assess(parseAnswers(c.data.answers)).outcome);
  });

  it('vary the answers: every outcome, every situation kind, both ages, empty and two-situation lists', () => {
    const answers = cases.map((c) => parseAnswers(c.data.answers));
    const situations = answers.flatMap((a) => [...a.father, ...a.mother]);
    expect(new Set(cases.map((c) => c.data.expected))).toEqual(new Set(OUTCOMES));
    expect(new Set(situations.map((s) => s.kind)).size).toBe(SITUATION_KINDS.length);
    expect(new Set(answers.map((a) => a.childUnder18))).toEqual(new Set([true, false]));
    expect(new Set(answers.flatMap((a) => [a.father.length, a.mother.length]))).toEqual(new Set([0, 1, 2]));
    expect(situations.some((s) => Object.values(s).includes(null))).toBe(true);
  });

  it('have ids and orders of their own, clashing with no real case', () => {
    const ids = cases.map((c) => c.path);
    const orders = cases.map((c) => c.data.order as number);
    expect(new Set(ids).size).toBe(cases.length);
    expect(new Set(orders).size).toBe(cases.length);
    expect(ids.filter((path) => real.some((r) => r.file === `content/${path}`))).toEqual([]);
    expect(orders.filter((order) => real.some((r) => r.data.order === order))).toEqual([]);
  });

  it('flag 跨省通办 exactly when tagged with the 户籍-elsewhere trap', () => {
    for (const c of cases) expect(c.data.kuasheng, c.path).toBe((c.data.traps as string[]).includes('hukou_elsewhere'));
  });
});

describe('written synthetic files', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
  cpSync(contentRoot, root, { recursive: true });
  const counts = { documents: 5, cases: 30 };
  const paths = makeSynthetic(root, counts, assess).map((f) => join(root, f.path));
  const written = writeSynthetic(root, counts, assess);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('read back as the build reads them (YAML, Markdown frontmatter), pass the real schemas', () => {
    expect(written).toBe(35);
    for (const path of paths) expect(validateFile(path, root), path).toEqual([]);
  });
});

describe('growth analysis', () => {
  const point = (synthetic: number, pages: number, astroMs: number, pageTotals: Record<string, number>): PointFigures => ({
    synthetic,
    pages,
    astroMs,
    pagefindMs: pages,
    astroCpuMs: astroMs * 1.5,
    pagefindCpuMs: pages * 2,
    indexBytes: pages * 5000,
    indexDataBytes: pages * 3000,
    firstSearchBytes: 100_000 + pages * 10,
    pageTotals,
  });

  it('gives the cost per added page and a linearity ratio of 1 for linear growth', () => {
    const analysis = analyzeScale(
      [point(0, 20, 2000, { '/a/': 9000 }), point(500, 520, 3000, { '/a/': 9000 }), point(1000, 1020, 4000, { '/a/': 9000 })],
      [],
      0.05,
    );
    expect(analysis.segments.map((s) => s.astroMsPerPage)).toEqual([2, 2]);
    expect(analysis.segments.map((s) => s.astroCpuMsPerPage)).toEqual([3, 3]);
    expect(analysis.linearity.pagefind).toBe(1);
    expect(analysis.segments[0].indexBytesPerPage).toBe(3000);
    expect(analysis.segments[0].firstSearchBytesPerPage).toBe(10);
    expect(analysis.linearity.astro).toBe(1);
    expect(analysis.violations).toEqual([]);
  });

  it('shows a superlinear build as a ratio above 1', () => {
    const analysis = analyzeScale([point(0, 20, 2000, {}), point(500, 520, 3000, {}), point(1000, 1020, 6000, {})], [], 0.05);
    expect(analysis.linearity.astro).toBe(3);
  });

  it('fails a content page that grows with the number of pages, but not a list page', () => {
    const analysis = analyzeScale(
      [point(0, 20, 2000, { '/a/': 9000, '/zhengce/': 7000 }), point(1000, 1020, 4000, { '/a/': 20000, '/zhengce/': 120000 })],
      ['/zhengce/'],
      0.05,
    );
    expect(analysis.grown.map((g) => `${g.url} ${g.listPage}`)).toEqual(['/zhengce/ true', '/a/ false']);
    expect(analysis.violations).toHaveLength(1);
    expect(analysis.violations[0]).toMatch(/^\/a\/: 8\.8 KB gzip with the real content, 19\.5 KB with 1000 more entries/);
  });
});
