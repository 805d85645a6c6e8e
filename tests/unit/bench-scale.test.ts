/** The scale run's pure parts: synthetic content that the real schemas accept, and the analysis of growth. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { makeSchemas } from '../../src/lib/content-schemas';
import { analyzeScale, type PointFigures } from '../../scripts/bench/scale-analysis.ts';
import { makeSynthetic } from '../../scripts/bench/synthetic-content.ts';
import { contentRoot, documentIds } from '../support/content';

describe('synthetic content', () => {
  const files = makeSynthetic(contentRoot, { documents: 60, faq: 60 });
  const schemas = makeSchemas(documentIds(), () => z.string());

  it('makes the requested number of entries per collection, with new file names', () => {
    expect(files.filter((f) => f.path.startsWith('documents/'))).toHaveLength(60);
    expect(files.filter((f) => f.path.startsWith('faq/') && f.path.endsWith('.md'))).toHaveLength(60);
    expect(new Set(files.map((f) => f.path)).size).toBe(120);
    expect(files.every((f) => /\/synthetic-\d{4}\./.test(f.path))).toBe(true);
  });

  it('passes the real schemas, citing only existing documents', () => {
    for (const file of files) {
      const schema = file.path.startsWith('documents/') ? schemas.document : schemas.faq;
      const result = schema.safeParse(file.data);
      expect(result.success, `${file.path}: ${result.error?.message}`).toBe(true);
    }
  });

  it('writes Chinese text, the same on every run', () => {
    expect(makeSynthetic(contentRoot, { documents: 60, faq: 60 })).toEqual(files);
    expect(String(files[0].data.summary)).toMatch(/^[\u4e00-\u9fff，]{20,}。/);
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
