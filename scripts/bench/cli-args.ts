/** Command-line options of the bench (see `node scripts/bench/index.ts --help`). */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  dist: string; // where the site is built and measured
  build: boolean; // false: measure the existing build as it is (--no-build, or BENCH_NO_BUILD=1)
  weightsOnly: boolean; // build + page weights and budgets only (fast; what CI runs)
  lighthouse: boolean;
  lighthouseRuns: number; // runs per page; the median is reported
  search: boolean;
  legacy: boolean; // compare with a build for Vite's default browsers (the cost of supporting Chrome 69 / Safari 12)
  scalePoints: number[]; // synthetic entries per collection at each scale point; [] = no scale run
  scaleRepeats: number; // cold builds per scale point; the fastest is reported
  keepScale: boolean;
  outputDir: string; // JSON results
}

export const HELP = `Usage: node scripts/bench/index.ts [options]
  --dist <dir>        build into and measure <dir> (alias --out-dir; default dist)
  --no-build          measure the existing build in --dist without rebuilding (also BENCH_NO_BUILD=1)
  --weights-only      only page weights and budgets (npm run bench:weights)
  --skip-lighthouse   no Lighthouse runs
  --lighthouse-runs n Lighthouse runs per page, the median run reported (default 3)
  --skip-search       no first-search measurement
  --skip-legacy       no comparison with a build for modern browsers only (the cost of Chrome 69 / Safari 12)
  --skip-scale        no scale run
  --scale <n,n,…>     synthetic entries per collection at each scale point (default 0,500,1000)
  --scale-repeats n   cold builds per scale point, the fastest reported (default 2)
  --keep-scale        keep the temporary scale projects
  --output <dir>      where to write JSON results (default bench-output)`;

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string' },
      'out-dir': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'weights-only': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-runs': { type: 'string', default: '3' },
      'skip-search': { type: 'boolean', default: false },
      'skip-legacy': { type: 'boolean', default: false },
      'skip-scale': { type: 'boolean', default: false },
      scale: { type: 'string', default: '0,500,1000' },
      'scale-repeats': { type: 'string', default: '2' },
      'keep-scale': { type: 'boolean', default: false },
      output: { type: 'string', default: 'bench-output' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const scalePoints = values.scale.split(',').map((n) => Number(n.trim()));
  if (scalePoints.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`--scale expects whole numbers, e.g. 0,500,1000 (got ${values.scale})`);
  const weightsOnly = values['weights-only'];
  const count = (name: 'lighthouse-runs' | 'scale-repeats') => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a whole number ≥ 1 (got ${values[name]})`);
    return n;
  };
  return {
    dist: values.dist ?? values['out-dir'] ?? 'dist',
    build: !values['no-build'] && env.BENCH_NO_BUILD !== '1',
    weightsOnly,
    lighthouse: !weightsOnly && !values['skip-lighthouse'],
    lighthouseRuns: count('lighthouse-runs'),
    search: !weightsOnly && !values['skip-search'],
    legacy: !weightsOnly && !values['skip-legacy'],
    scalePoints: weightsOnly || values['skip-scale'] ? [] : [...new Set(scalePoints)].sort((a, b) => a - b),
    scaleRepeats: count('scale-repeats'),
    keepScale: values['keep-scale'],
    outputDir: values.output,
  };
}
