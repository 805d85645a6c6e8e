/** The comparison of one bench run with the previous one. */
import { describe, expect, it } from 'vitest';
import { compare, type BenchResult } from '../../scripts/bench/results.ts';
import { searchParts } from '../../scripts/bench/report.ts';

const size = (gzip: number) => ({ raw: gzip * 3, gzip });
const run = (pageGzip: number, build: Partial<NonNullable<BenchResult['build']>> | null): BenchResult =>
  ({
    pages: [{ url: '/', html: size(3000), js: size(1000), total: size(pageGzip) }],
    build: build && { astroMs: 4000, pagefindMs: 100, index: { bytes: 640_000 }, ...build },
    firstSearch: null,
    lighthouse: null,
    scale: null,
  }) as unknown as BenchResult;

describe('comparison with the previous run', () => {
  it('lists the figures that changed, with the change', () => {
    const deltas = compare(run(10_000, { astroCpuMs: 3000 }), run(11_000, { astroCpuMs: 3500 }));
    expect(deltas).toEqual([
      { metric: 'page / total gzip', previous: 10_000, current: 11_000, change: 1000 },
      { metric: 'build astro CPU ms', previous: 3000, current: 3500, change: 500 },
    ]);
  });

  it('skips figures the previous run did not have', () => {
    expect(compare(run(10_000, {}), run(10_000, { astroCpuMs: 3500 }))).toEqual([]);
    expect(compare(run(10_000, null), run(10_000, { astroCpuMs: 3500 }))).toEqual([]);
  });
});

describe('the first search by part', () => {
  it("separates Pagefind's runtime and index chunks from the result fragments and the site's own code", () => {
    const parts = searchParts([
      { url: '/pagefind/wasm.unknown.pagefind', bytes: 100 },
      { url: '/pagefind/pagefind.js', bytes: 10 },
      { url: '/zt/etbz/pagefind/index/zh-cn_1.pf_index', bytes: 30 },
      { url: '/pagefind/fragment/zh-cn_a.pf_fragment', bytes: 2 },
      { url: '/pagefind/fragment/zh-cn_b.pf_fragment', bytes: 3 },
      { url: '/_astro/mount.abc.js', bytes: 7 },
    ]);
    expect(parts).toEqual({ 'Pagefind runtime': 110, 'index chunks': 30, 'result fragments': 5, 'site code': 7 });
  });
});
