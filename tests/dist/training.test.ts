/**
 * The training kit as built (/peixun/): every page exists; the decision table covers the 16 pairs of standings with
 * the engine's outcomes; the flowchart is an image with <title>, <desc> and a text alternative; each case page offers
 * the choice, hides the answer (the engine's) in a <details> and links to the questionnaire with the case's answers
 * in the hash; worksheets carry no answer; the presenter holds every case; scripts stay external and small.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assess, judgeOutcome, parseAnswers, type Standing } from '../../src/lib/eligibility';
import { decodeAnswers } from '../../src/lib/eligibility/codec';
import { STANDINGS } from '../../src/lib/eligibility/keys';
import { pageWeight } from '../../scripts/bench/page-weights';
import { basePath, distDir, listPages, parsePage, readDistFile, urlPathToFile } from '../support/dist';
import { readCases, readWording } from '../support/training-content';

const cases = readCases();
const { text, training } = readWording();
const KB = 1024;

function page(path: string): HTMLElement {
  const file = urlPathToFile(basePath + path);
  expect(file, `${basePath}${path} is not built in ${distDir}`).toBeDefined();
  return parsePage(file!);
}
const textOf = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, '');

describe('the training pages are built', () => {
  const paths = ['peixun/', 'peixun/juece/', 'peixun/suchaka/', 'peixun/yanshi/'];
  it.each(paths)('%s', (path) => expect(page(path).querySelector('h1')).not.toBeNull());

  it.each(cases.map((c) => [c.id]))('case %s has its page and its worksheet', (id) => {
    expect(urlPathToFile(`${basePath}peixun/anli/${id}/`)).toBeDefined();
    expect(urlPathToFile(`${basePath}peixun/anli/${id}/lianxi/`)).toBeDefined();
  });

  it('the index lists every case with its page and worksheet, and links to the tools', () => {
    const root = page('peixun/');
    const links = root.querySelectorAll('main a[href]').map((a) => a.getAttribute('href'));
    for (const c of cases) {
      expect(links).toContain(`${basePath}peixun/anli/${c.id}/`);
      expect(links).toContain(`${basePath}peixun/anli/${c.id}/lianxi/`);
    }
    for (const tool of ['juece/', 'suchaka/', 'yanshi/']) expect(links).toContain(`${basePath}peixun/${tool}`);
  });

  it('培训资料 is the last entry of the main navigation', () => {
    const entries = page('').querySelectorAll('nav[aria-label="主导航"] a');
    expect(entries.at(-1)?.getAttribute('href')).toBe(`${basePath}peixun/`);
    expect(textOf(entries.at(-1))).toBe('培训资料');
  });
});

describe('the decision table (/peixun/juece/)', () => {
  const root = () => page('peixun/juece/');

  it('has 16 rows, one per pair of standings, each with the outcome judgeOutcome gives', () => {
    const rows = root().querySelectorAll('#decision-table tbody tr');
    expect(rows).toHaveLength(16);
    const pairs = new Set(rows.map((row) => `${row.getAttribute('data-father')}/${row.getAttribute('data-mother')}`));
    expect(pairs.size).toBe(16);
    for (const row of rows) {
      const father = row.getAttribute('data-father') as Standing;
      const mother = row.getAttribute('data-mother') as Standing;
      expect(STANDINGS).toContain(father);
      expect(STANDINGS).toContain(mother);
      const { outcome, rule } = judgeOutcome(true, father, mother);
      expect(row.querySelector('[data-outcome]')?.getAttribute('data-outcome')).toBe(outcome);
      expect(textOf(row)).toContain(text.result.outcomes[outcome].short);
      expect(textOf(row)).toContain(text.result.rules[rule].replace(/\s+/g, ''));
    }
  });

  it('states the verdict for a child of 18 or older', () => {
    expect(root().querySelector('#decision-older')?.getAttribute('data-outcome')).toBe(judgeOutcome(false, 'absent', 'absent').outcome);
  });

  it('shows the 4×4 grid of outcomes', () => {
    const rows = root().querySelectorAll('#decision-matrix tbody tr');
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) =>
      row.querySelectorAll('td').forEach((cell, j) => expect(cell.getAttribute('data-outcome')).toBe(judgeOutcome(true, STANDINGS[i], STANDINGS[j]).outcome)),
    );
  });

  it('lists how each situation is classed', () => {
    expect(root().querySelectorAll('#situation-rules tbody tr').length).toBeGreaterThanOrEqual(20);
  });
});

describe('the flowchart', () => {
  it('is an SVG image with a <title>, a <desc> and a text alternative as a numbered list', () => {
    const root = page('peixun/juece/');
    const svg = root.querySelector('figure.decision-chart svg');
    expect(svg, 'no <svg> in figure.decision-chart').not.toBeNull();
    expect(svg!.getAttribute('role')).toBe('img');
    const title = svg!.querySelector('title');
    const desc = svg!.querySelector('desc');
    expect(textOf(title)).toBe(training.flowchart.title);
    expect(textOf(desc).length).toBeGreaterThan(100);
    expect(svg!.getAttribute('aria-labelledby')).toBe(title!.id);
    expect(svg!.getAttribute('aria-describedby')).toBe(desc!.id);
    const steps = root.querySelectorAll('ol.chart-steps li');
    expect(steps.length).toBe(7);
    for (const outcome of Object.values(text.result.outcomes)) expect(textOf(root.querySelector('ol.chart-steps'))).toContain(outcome.short);
  });

  it('is also a standalone .svg file, linked from the page', () => {
    const svg = readDistFile('peixun/juece/liuchengtu.svg');
    expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`<title id="chart-title">${training.flowchart.title}</title>`);
    expect(page('peixun/juece/').querySelector(`a[href="${basePath}peixun/juece/liuchengtu.svg"]`)).not.toBeNull();
  });
});

describe('each case page: choose, then reveal', () => {
  it.each(cases.map((c) => [c.id, c]))('%s', (id, c) => {
    const root = page(`peixun/anli/${id}/`);
    const article = root.querySelector('article.case-study')!;
    const radios = article.querySelectorAll('fieldset.case-choice input[type="radio"]');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['orphan', 'eligible', 'possibly_eligible', 'not_eligible']);
    const details = article.querySelector('details.case-answer');
    expect(details, 'no <details class="case-answer">').not.toBeNull();
    expect(details!.getAttribute('open'), 'the answer must start hidden').toBeUndefined();
    expect(textOf(details!.querySelector('summary'))).toBe(training.choice.reveal);
    const answer = details!.querySelector('[data-outcome]');
    expect(answer?.getAttribute('data-outcome')).toBe(c.data.expected);
    expect(answer?.getAttribute('data-outcome')).toBe(assess(c.data.answers).outcome);
    expect(textOf(details)).toContain(c.data.explanation.replace(/\s+/g, ''));
    const link = details!.querySelector('a[data-questionnaire-link]')?.getAttribute('href') ?? '';
    expect(link.startsWith(`${basePath}ziping/#v1.`), `questionnaire link: ${link}`).toBe(true);
    expect(decodeAnswers(link.split('#')[1])).toEqual({ ok: true, answers: parseAnswers(c.data.answers) });
    expect(article.querySelectorAll('.case-discussion li').length).toBe(c.data.discussion.length);
    expect(root.querySelector(`a[href="${basePath}peixun/anli/${id}/lianxi/"]`)).not.toBeNull();
  });
});

describe('worksheets carry no answer', () => {
  it.each(cases.map((c) => [c.id, c]))('%s', (id, c) => {
    const html = readDistFile(urlPathToFile(`${basePath}peixun/anli/${id}/lianxi/`)!);
    const root = parsePage(urlPathToFile(`${basePath}peixun/anli/${id}/lianxi/`)!);
    const body = textOf(root.querySelector('main'));
    expect(body).toContain(textOf(parsePage(urlPathToFile(`${basePath}peixun/anli/${id}/`)!).querySelector('.case-story')));
    const assessment = assess(c.data.answers);
    const answerTexts = [
      c.data.explanation,
      `${training.cases.answer}：`,
      training.choice.reveal,
      ...(c.data.traps ?? []).map((trap) => training.traps[trap]),
      text.result.rules[assessment.basis.rule],
    ].map((t) => t.replace(/\s+/g, ''));
    for (const answer of answerTexts) expect(body, `the worksheet shows “${answer}”`).not.toContain(answer);
    expect(html).not.toContain('data-questionnaire-link');
    expect(html).not.toContain('case-answer');
    expect(root.querySelectorAll('.case-discussion li').length).toBe(c.data.discussion.length);
  });
});

describe('the presenter (/peixun/yanshi/)', () => {
  it('holds every case, in library order, each with its answer in a <details>', () => {
    const root = page('peixun/yanshi/');
    const slides = root.querySelectorAll('[data-slide]');
    const ordered = [...cases].sort((a, b) => a.data.order - b.data.order);
    expect(slides.map((s) => s.id)).toEqual(ordered.map((c) => `anli-${c.id}`));
    slides.forEach((slide, i) => {
      expect(slide.querySelector('details[data-reveal] [data-outcome]')?.getAttribute('data-outcome')).toBe(ordered[i].data.expected);
    });
    expect(root.querySelector('[data-controls]')?.getAttribute('hidden'), 'controls are hidden until the script runs').toBeDefined();
    expect(root.querySelector('[role="status"][aria-live="polite"]')).not.toBeNull();
  });
});

describe('scripts on the training pages', () => {
  const training = listPages().filter((p) => p.url.startsWith(`${basePath}peixun/`));

  it('no inline script and no inline event handler (a strict CSP comes later)', () => {
    const problems = training.flatMap((p) => {
      const root = parsePage(p.file);
      const inline = root.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
      const handlers = root.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on/i.test(name)));
      return [...inline.map(() => `${p.url}: inline <script>`), ...handlers.map((h) => `${p.url}: inline handler ${h}`)];
    });
    expect(problems).toEqual([]);
  });

  it('every page but the presenter loads at most 2 KB gzip of JavaScript before interaction', () => {
    const site = { root: distDir, base: basePath };
    const weights = training.map((p) => ({ url: p.url, js: pageWeight(site, p.file).js.gzip }));
    const presenter = weights.find((w) => w.url.endsWith('/yanshi/'))!;
    console.log(`training pages JavaScript (gzip): case page ${weights.find((w) => w.url.includes('/anli/'))?.js} B, presenter ${presenter.js} B`);
    expect(weights.filter((w) => w !== presenter && w.js > 2 * KB)).toEqual([]);
    expect(presenter.js, 'the presenter loads its script').toBeGreaterThan(weights.find((w) => w.url.includes('/anli/'))!.js);
  });
});
