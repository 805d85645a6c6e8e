/** The bench's results as readable text for the terminal (and the note quoting it). */
import { BUDGETS, STARLIGHT, TARGETS, categorize } from './budgets.ts';
import type { BenchResult, LighthouseEntry } from './results.ts';
import { formatBytes } from './sizes.ts';
import { kb, renderTable, seconds } from './text-table.ts';

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function renderReport(result: BenchResult): string {
  return [
    pagesSection(result),
    budgetSection(result),
    buildSection(result),
    searchSection(result),
    legacySection(result),
    lighthouseSection(result.lighthouse),
    scaleSection(result),
    starlightSection(result),
    previousSection(result),
    `Result: ${result.passed ? 'PASS' : `FAIL (${result.errors.length} budget(s) broken)`}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function pagesSection(result: BenchResult): string {
  const rows = [['page', 'kind', 'HTML KB raw / gz', 'CSS raw / gz', 'JS raw / gz', 'other gz', 'total raw / gz', 'budget']];
  for (const page of result.pages) {
    const problems = result.violations.filter((v) => v.page === page.url && v.severity === 'error').map((v) => v.rule);
    rows.push([
      page.url,
      page.category,
      `${kb(page.html.raw)} / ${kb(page.html.gzip)}`,
      `${kb(page.css.raw)} / ${kb(page.css.gzip)}`,
      `${kb(page.js.raw)} / ${kb(page.js.gzip)}`,
      kb(page.other.gzip),
      `${kb(page.total.raw)} / ${kb(page.total.gzip)}`,
      problems.length ? `✗ ${problems.join(', ')}` : 'ok',
    ]);
  }
  const largest = [...result.pages].sort((a, b) => b.html.gzip - a.html.gzip)[0];
  const largestLine = largest
    ? `Largest HTML: ${largest.url} ${formatBytes(largest.html.gzip)} gzip ${mark(largest.html.gzip <= BUDGETS.largestHtmlGzip)} (one round trip ≤ ${formatBytes(BUDGETS.largestHtmlGzip)})`
    : 'No pages.';
  return [
    `PAGE WEIGHTS — ${result.pages.length} pages in ${result.dist}; everything a page loads before interaction, in KB (gzip = zlib level 9).`,
    'CSS/JS include inline <style>/<script> (also part of the HTML; the total counts them once); other = icons, images, fonts.',
    renderTable(rows),
    largestLine,
  ].join('\n');
}

function legacySection(result: BenchResult): string {
  const cost = result.legacyCost;
  if (!cost) return '';
  const change = (before: number, after: number) => `${after - before >= 0 ? '+' : ''}${after - before} B (${((after / before - 1) * 100).toFixed(1)} %)`;
  const rows = [['shipped (outside pagefind/)', 'modern only raw / gz', 'Chrome 69 / Safari 12 raw / gz', 'change gz']];
  for (const kind of ['js', 'css'] as const) {
    const [before, after] = [cost.modern[kind], cost.legacy[kind]];
    rows.push([kind.toUpperCase(), `${kb(before.raw)} / ${kb(before.gzip)}`, `${kb(after.raw)} / ${kb(after.gzip)}`, change(before.gzip, after.gzip)]);
  }
  for (const [label, key] of [['heaviest page JS', 'heaviestPageJs'], ['heaviest page CSS', 'heaviestPageCss']] as const) {
    const [before, after] = [cost.modern[key], cost.legacy[key]];
    rows.push([`${label} (${after.url})`, kb(before.gzip), kb(after.gzip), change(before.gzip, after.gzip)]);
  }
  const build = result.build ? `; astro build ${seconds(result.build.astroMs)} (modern only ${seconds(cost.modernAstroMs)})` : `; modern-only astro build ${seconds(cost.modernAstroMs)}`;
  return [`OLD ENGINES — what supporting Chrome 69 / Safari 12 costs, against the same site built for Vite's default browsers${build}`, renderTable(rows)].join('\n');
}

function budgetSection(result: BenchResult): string {
  const errors = result.violations.filter((v) => v.severity === 'error');
  const rules = [
    ['js', `JS before interaction ≤ ${formatBytes(BUDGETS.jsGzip.content!)} gzip (content pages), ≤ ${formatBytes(BUDGETS.jsGzip.questionnaire!)} (questionnaire)`],
    ['total', `every page ≤ ${formatBytes(BUDGETS.totalGzip)} gzip in all`],
    ['font', 'no web fonts'],
    ['missing', 'every file a page loads is in the build'],
    ['external', 'nothing loaded from another origin'],
  ] as const;
  const lines = rules.map(([rule, text]) => `${mark(!errors.some((v) => v.rule === rule))} ${text}`);
  for (const v of result.violations) lines.push(`  ${v.severity === 'error' ? '✗' : '!'} ${v.message}`);
  return ['BUDGETS', ...lines].join('\n');
}

function buildSection(result: BenchResult): string {
  if (!result.build) return `BUILD — not built by this run (--no-build): ${result.dist} measured as it is`;
  const { build } = result;
  return [
    `BUILD — ${result.dist} (wall time; ${result.environment.cpus} CPUs, 1-minute load ${result.environment.loadAverage.map((l) => l.toFixed(1)).join(' → ')} during the run)`,
    renderTable([
      ['step', 'wall time', 'CPU time', 'pages'],
      ['astro build', seconds(build.astroMs), seconds(build.astroCpuMs), String(build.pages)],
      ['pagefind', seconds(build.pagefindMs), seconds(build.pagefindCpuMs), `${build.indexedPages} indexed`],
    ]),
    `Search index: ${formatBytes(build.index.bytes)} in ${build.index.files} files (index data ${formatBytes(build.index.dataBytes)}; the rest is Pagefind's scripts, WASM and UI)`,
  ].join('\n');
}

function searchSection(result: BenchResult): string {
  const search = result.firstSearch;
  if (!search) return '';
  if (search.status === 'no-index') return 'FIRST SEARCH — search not built yet (no pagefind/ index)';
  const lines = [
    `FIRST SEARCH — “${search.query}”, bytes sent by a gzip server (Content-Length; zlib level 9), target < ${formatBytes(TARGETS.firstSearchBytes)}`,
    ...searchLines(search),
  ];
  if (result.searchPage) lines.push(...searchLines(result.searchPage));
  lines.push(`  budget: the first search on the home page below ${formatBytes(BUDGETS.firstSearchBytes)}`);
  const question = result.firstQuestion;
  if (question?.status === 'measured') {
    lines.push(
      `FIRST QUESTION — “${question.query}” (a common question of content/search.yaml): the question reader loads with it; reported, not a budget`,
      ...searchLines(question),
    );
  }
  return lines.join('\n');
}

function searchLines(search: NonNullable<BenchResult['firstSearch']>): string[] {
  const how =
    search.mode === 'ui'
      ? `typed into the search box on ${search.page}`
      : `no search box on ${search.page}: through the Pagefind API (pagefind.js, search, the first 5 results' fragments)`;
  const top = search.files.slice(0, 5).map((f) => `      ${formatBytes(f.bytes).padStart(9)}  ${f.url}`);
  const parts = Object.entries(searchParts(search.files)).map(([part, bytes]) => `${part} ${formatBytes(bytes)}`);
  return [`  ${mark(search.bytes < TARGETS.firstSearchBytes)} ${formatBytes(search.bytes)} in ${search.requests} requests, ${how}`, `      by part: ${parts.join(', ')}`, ...top];
}

/**
 * The bytes of a first search by what they are: Pagefind's runtime (its script, WebAssembly, entry and metadata files)
 * and one word-index chunk are the same for any query (Pagefind 1.6 cuts the index into chunks of about 20,000
 * word positions); this site's search code and the result excerpts (one fragment per result shown) are ours. The
 * question reader (normaliser, lexicon, ranking for questions) loads only for a query read as a question.
 */
const SEARCH_PARTS: ReadonlyArray<[RegExp, string]> = [
  [/\/_astro\/questions\.[\w-]+\.js$/, 'question reader'],
  [/\/pagefind\/index\//, 'index chunks'],
  [/\/pagefind\/fragment\//, 'result fragments'],
  [/\/pagefind\//, 'Pagefind runtime'],
  [/\/_astro\//, 'site code'],
];

export function searchParts(files: ReadonlyArray<{ url: string; bytes: number }>): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const { url, bytes } of files) {
    const part = SEARCH_PARTS.find(([pattern]) => pattern.test(url))?.[1] ?? 'other';
    parts[part] = (parts[part] ?? 0) + bytes;
  }
  return parts;
}

function lighthouseSection(entries: LighthouseEntry[] | null): string {
  if (!entries) return '';
  const rows = [['page', 'url', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'FCP', 'LCP range']];
  const failures: string[] = [];
  for (const entry of entries) {
    if (!('scores' in entry)) {
      rows.push([entry.name, entry.url, 'not built yet']);
      continue;
    }
    const { scores } = entry;
    rows.push([
      entry.name,
      entry.url,
      String(scores.performance),
      String(scores.accessibility),
      String(scores['best-practices']),
      String(scores.seo),
      seconds(entry.lcpMs),
      `${Math.round(entry.tbtMs)} ms`,
      entry.cls.toFixed(3),
      seconds(entry.fcpMs),
      `${(entry.lcpRangeMs[0] / 1000).toFixed(2)}–${seconds(entry.lcpRangeMs[1])} (${entry.runs} runs)`,
    ]);
    for (const audit of entry.failedAudits) failures.push(`  ${entry.name}: ${audit}`);
  }
  return [
    `LIGHTHOUSE — mobile profile (default config: Moto G Power emulation, simulated slow 4G), Debian Chromium, median of the runs (Lighthouse's computeMedianRun); every score must be ${BUDGETS.lighthouseScore}`,
    renderTable(rows),
    ...(failures.length ? ['Audits below full score:', ...failures] : []),
  ].join('\n');
}

function scaleSection(result: BenchResult): string {
  if (!result.scale) return '';
  const { points, analysis } = result.scale;
  const rows = [['content', 'pages', 'astro wall / CPU', 'pagefind wall / CPU', 'index', 'index data', 'first search', 'heaviest other page', 'list pages gz']];
  for (const point of points) {
    const added = Object.entries(point.added).map(([name, n]) => `+${n} ${name}`).join(', ');
    rows.push([
      point.synthetic === 0 ? 'real' : added,
      String(point.build.pages),
      `${seconds(point.build.astroMs)} / ${seconds(point.build.astroCpuMs)}`,
      `${seconds(point.build.pagefindMs)} / ${seconds(point.build.pagefindCpuMs)}`,
      formatBytes(point.index.bytes),
      formatBytes(point.index.dataBytes),
      point.firstSearch.status === 'measured' ? `${formatBytes(point.firstSearch.bytes)} (${point.firstSearch.mode})` : 'n/a',
      point.heaviestNonListPage ? `${point.heaviestNonListPage.url} ${formatBytes(point.heaviestNonListPage.total.gzip)}` : '',
      point.listPages.map((p) => `${p.url} ${formatBytes(p.total.gzip)}`).join(', '),
    ]);
  }
  const segmentRows = [['added entries', 'astro CPU ms/page', 'pagefind CPU ms/page', 'astro wall ms/page', 'pagefind wall ms/page', 'index data/page', 'first search/page']];
  for (const s of analysis.segments) {
    segmentRows.push([
      `${s.from} → ${s.to}`,
      s.astroCpuMsPerPage.toFixed(2),
      s.pagefindCpuMsPerPage.toFixed(2),
      s.astroMsPerPage.toFixed(2),
      s.pagefindMsPerPage.toFixed(2),
      formatBytes(Math.round(s.indexBytesPerPage)),
      s.firstSearchBytesPerPage === null ? 'n/a' : `${s.firstSearchBytesPerPage.toFixed(1)} B`,
    ]);
  }
  const ratio = (r: number | null) => (r === null ? 'n/a' : `×${r.toFixed(2)}`);
  const grownOther = analysis.grown.filter((g) => !g.listPage);
  return [
    'SCALE — synthetic, schema-valid entries in a temporary copy of the project (cold builds, nothing committed).',
    'Each synthetic document is a page; each synthetic case is a page and a worksheet, and is listed on /peixun/ and shown on the presenter /peixun/yanshi/.',
    `First search as above, on the home page. Build times: the fastest of ${result.scale.repeats} cold builds per point on this machine (${result.environment.cpus} CPUs, load ${result.environment.loadAverage.map((l) => l.toFixed(1)).join(' → ')}).`,
    renderTable(rows),
    'Marginal cost per added page:',
    renderTable(segmentRows),
    `Linearity (CPU cost per page in the last segment ÷ the first; 1 = linear): astro ${ratio(analysis.linearity.astro)}, pagefind ${ratio(analysis.linearity.pagefind)}, index ${ratio(analysis.linearity.index)}`,
    grownOther.length === 0
      ? `${mark(true)} No page other than the list pages got heavier with more content.`
      : `Pages other than list pages that got heavier: ${grownOther.map((g) => `${g.url} ${formatBytes(g.before)} → ${formatBytes(g.after)}`).join('; ')}`,
    ...analysis.violations.map((v) => `  ✗ ${v}`),
  ].join('\n');
}

function starlightSection(result: BenchResult): string {
  const content = result.pages.filter((p) => p.category === 'content' && p.url !== '/404.html');
  if (content.length === 0) return '';
  const heaviest = (pick: (p: (typeof content)[number]) => number) => Math.max(...content.map(pick));
  const heaviestPage = [...content].sort((a, b) => b.total.gzip - a.total.gzip)[0];
  const measured = (result.lighthouse ?? []).flatMap((e) => ('lcpMs' in e ? [e] : []));
  // Starlight has content pages only, so they are compared as a group; the questionnaire gets its own row.
  const contentRuns = measured.filter((e) => categorize(e.url) === 'content');
  const otherRuns = measured.filter((e) => categorize(e.url) !== 'content');
  const lcpRow = (label: string, starlight: string, runs: typeof measured) => {
    const slowest = runs.reduce((a, b) => (b.lcpMs > a.lcpMs ? b : a));
    const which = runs.length > 1 ? `slowest of ${runs.length}: ${slowest.url}` : slowest.url;
    return [label, starlight, `${seconds(slowest.lcpMs)} (${which})`, `< ${seconds(TARGETS.lcpMs)} ${mark(slowest.lcpMs < TARGETS.lcpMs)}`];
  };
  const search = result.firstSearch?.status === 'measured' ? result.firstSearch.bytes : null;
  const rows = [
    ['per content page (gzip)', 'Starlight', 'this site (heaviest page)', 'target'],
    ['HTML', STARLIGHT.htmlGzip, `${kb(heaviest((p) => p.html.gzip))} KB`, ''],
    ['render-blocking CSS', STARLIGHT.cssGzip, `${kb(heaviest((p) => p.css.gzip))} KB`, ''],
    ['JS before interaction', STARLIGHT.jsGzip, `${kb(heaviest((p) => p.js.gzip))} KB`, `≤ ${formatBytes(BUDGETS.jsGzip.content!)}`],
    ['in all', STARLIGHT.totalGzip, `${kb(heaviestPage.total.gzip)} KB (${heaviestPage.url})`, `≤ ${formatBytes(TARGETS.contentPageTotalGzip)} ${mark(heaviestPage.total.gzip <= TARGETS.contentPageTotalGzip)}`],
    ['first Chinese search', STARLIGHT.firstSearch, search === null ? 'not measured' : formatBytes(search), search === null ? '' : `< ${formatBytes(TARGETS.firstSearchBytes)} ${mark(search < TARGETS.firstSearchBytes)}`],
    contentRuns.length > 0 ? lcpRow('LCP, Lighthouse mobile', STARLIGHT.lcp, contentRuns) : ['LCP, Lighthouse mobile', STARLIGHT.lcp, 'not measured', ''],
    ...otherRuns.map((run) => lcpRow(`LCP, ${run.name}`, '—', [run])),
  ];
  return ['SIDE BY SIDE — Astro Starlight with the same kind of content, measured on this machine; targets are aims, not budgets', renderTable(rows)].join('\n');
}

function previousSection(result: BenchResult): string {
  if (!result.previous) return 'COMPARED WITH THE PREVIOUS RUN — no previous run of this mode in the output folder';
  const { deltas } = result.previous;
  const head = `COMPARED WITH THE PREVIOUS RUN (${result.previous.date}, ${result.previous.commit}) — ${deltas.length} figure(s) changed`;
  if (deltas.length === 0) return head;
  const shown = [...deltas].sort((a, b) => Math.abs(b.change) - Math.abs(a.change)).slice(0, 15);
  const rows = [['figure', 'previous', 'now', 'change'], ...shown.map((d) => [d.metric, String(d.previous), String(d.current), `${d.change > 0 ? '+' : ''}${Number(d.change.toFixed(3))}`])];
  return [head, renderTable(rows), deltas.length > shown.length ? `… and ${deltas.length - shown.length} more in the JSON` : ''].filter(Boolean).join('\n');
}
