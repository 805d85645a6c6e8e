/**
 * The questionnaire (/ziping/) in real Chromium, on the family's path: every kind of result, in the order that
 * matters (what the child could get, the one next action, what to find out, why, the checklist, where to go); back,
 * forward and reload at three depths without losing an answer; 重新开始 with its confirmation; focus and scrolling
 * after each step; the situations question on a phone; contradictory, broken and empty links; the first screen
 * (server-rendered, the start button on a phone's first screen in both display modes, taken over without a change);
 * print (site, date, address, answers, result, one A4 page, the disclaimer once); keyboard only; no request after
 * load; axe on every screen; without JavaScript. Questions and answers are named by their keys; every word compared
 * comes from content/ (tests/support/questionnaire-data.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../src/lib/eligibility/codec';
import { assess, type Answers } from '../../src/lib/eligibility';
import {
  answerText,
  ask,
  positionHash,
  findOuts,
  fill,
  forParent,
  legendOf,
  optionHint,
  resultKind,
  resultWording,
  reviewLabelOf,
  reviewRows,
  screenId,
  type ResultKind,
  type Screen,
} from '../../src/lib/questionnaire';
import { axeViolations, guardedTab, type GuardedTab } from '../../tools/site/guarded-page';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import type { StaticServer } from '../../tools/site/serve';
import { basePath, parsePage, urlPathToFile } from '../support/dist';
import { pageScripts } from '../support/page-scripts';
import { comparable, pdfPageCount, pdfText } from '../support/pdf-text';
import { questionnaireData } from '../support/questionnaire-data';
import { readContent } from '../support/content';
import { siteSession } from '../support/site-session';
import { Walk } from '../unit/questionnaire/helpers';
import { CONTINUE_WITHIN_SCREENS, HEADER_BUDGET_PX, PHONE, TARGET_PX } from '../fixtures/questionnaire-layout';

const data = questionnaireData();
const { text } = data;
const { result } = text;
const site = readContent<{ name: string }>('site.yaml');

const session = siteSession();
let server: StaticServer;
let browser: Browser;

async function ready(): Promise<void> {
  ({ server, browser } = await session());
}

type Mode = 'standard' | 'elder';

/** A guarded tab (console errors, CSP, failed requests, other origins) on /ziping/ with a hash, hydrated. */
async function open(hash = '', width = 1280, options: { context?: BrowserContext; mode?: Mode; height?: number } = {}): Promise<GuardedTab> {
  await ready();
  const tab = await guardedTab(options.context ?? browser.context, { origins: [server.origin], width, height: options.height ?? 900 });
  if (options.mode === 'elder') await tab.page.addInitScript(() => localStorage.setItem('xs-etbz-display', 'elder'));
  await tab.page.goto(`${server.url}ziping/${hash}`, { waitUntil: 'load' });
  await tab.page.locator('html[data-q-started] #q-root').waitFor();
  return tab;
}

async function withQuestionnaire(test: (page: Page) => Promise<void>, hash = '', width = 1280, mode?: Mode): Promise<void> {
  const tab = await open(hash, width, { mode });
  try {
    await test(tab.page);
    expect(tab.problems).toEqual([]);
  } finally {
    if (mode === 'elder') await tab.page.evaluate(() => localStorage.clear()); // the tabs share one browser profile
    await tab.page.close();
  }
}

// ---- Reading and answering ---------------------------------------------------------------------------------------
const heading = (page: Page) => page.locator('#q-heading').innerText();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const headingOf = (walk: Walk) => (walk.screen ? legendOf(data, walk.screen) : text.review.heading);

async function expectHeading(page: Page, expected: string): Promise<void> {
  await expect.poll(() => heading(page)).toBe(expected);
}

/** Ticks or selects the options of the question on screen by their keys (a click on each label). */
async function pick(page: Page, screen: Screen, keys: string | string[]): Promise<void> {
  for (const key of [keys].flat()) await page.locator(`label[for="q-${screenId(screen)}-${key}"]`).click();
}

/** Answers the question the walk is at, continues, and waits for the next screen. */
async function answer(page: Page, walk: Walk, keys: string | string[]): Promise<void> {
  await pick(page, walk.screen!, keys);
  await button(page, text.nav.continue).click();
  walk.answer(keys);
  await expectHeading(page, headingOf(walk));
}

/** From the start screen through the answers given; returns the walk (at the review once all are answered). */
async function run(page: Page, ...answers: Array<string | string[]>): Promise<Walk> {
  const walk = new Walk();
  await button(page, text.start.button).click();
  await expectHeading(page, headingOf(walk));
  for (const keys of answers) await answer(page, walk, keys);
  return walk;
}

async function showResult(page: Page): Promise<void> {
  await button(page, text.review.submit).click();
  await page.locator('.q-result').waitFor();
}

/** The checked options on screen, by key. */
const checked = (page: Page) =>
  page.locator('.q-option input:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** The result's parts in the order they are on the page: the headline, each section by its heading's id, who decides. */
const resultOrder = (page: Page) =>
  page.locator('.q-result').evaluate((element) =>
    [...element.querySelectorAll('.q-headline, section[aria-labelledby], .q-decides')].map((part) =>
      part.classList.contains('q-headline') ? 'headline' : part.classList.contains('q-decides') ? 'decides' : part.getAttribute('aria-labelledby')!,
    ),
  );

const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
const steps = (page: Page) => page.locator('[data-step]').evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
const sitePath = (path: string) => `${basePath}${path}`; // a site path without its leading /

// ---- The result, kind by kind ------------------------------------------------------------------------------------
const PATHS: Record<ResultKind, Array<string | string[]>> = {
  orphan: ['yes', ['deceased'], ['missing']],
  eligible: ['yes', ['imprisoned'], 'yes', ['severe_disability'], '3', 'mental'],
  possibly_eligible: ['yes', ['imprisoned'], 'yes', ['lost_contact'], 'yes', 'no'],
  undecided: ['yes', 'unknown', ['serious_illness'], 'unknown'],
  not_eligible: ['yes', ['imprisoned'], 'yes', ['lost_contact'], 'no'],
  over_18: ['no'],
};

describe('results that lead with what matters', () => {
  it.each(Object.keys(PATHS) as ResultKind[])('%s: headline, what the child could get, the one next action, … in that order', (kind) =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, ...PATHS[kind]);
      await showResult(page);
      const answers = walk.answersForEngine as Answers;
      const assessment = assess(answers);
      expect(resultKind(assessment)).toBe(kind);
      await expectHeading(page, resultWording(text, kind).headline);

      // The order: headline, what the child could get, the one action, what to find out (when anything is open),
      // why, what to prepare (when there is anything), where to apply, who helps, what would change, who decides.
      const open = findOuts(assessment);
      const expected = ['headline', 'q-benefit', 'q-action', ...(open.length ? ['q-find-out'] : []), 'q-why'];
      if (assessment.materials.general.length + assessment.materials.proofs.length > 0) expected.push('q-prepare');
      expected.push('q-where', 'q-next', 'q-changes', 'decides', 'q-share');
      expect(await resultOrder(page)).toEqual(expected);

      // What the child could get: the allowance by name, and its amount (from content/standards.yaml) where the
      // wording places it, with its note while the date it applies from awaits confirmation.
      const benefit = await section(page, 'q-benefit').innerText();
      const line = fill(result.benefit.lines[kind], { name: data.standard.name });
      expect(benefit).toContain(line.split('{amount}')[0]);
      if (line.includes('{amount}')) {
        expect(benefit).toContain(data.standard.amount);
        if (data.standard.pending) expect(benefit).toContain(data.standard.pending.note);
      } else {
        expect(benefit).not.toContain(data.standard.amount);
      }

      // The one next action, naming the parents still open; then each open question with its way to find out.
      const parents = [...new Set(open.map((item) => text.parents[item.parent]))].join('、');
      expect(await section(page, 'q-action').innerText()).toContain(fill(result.action[kind].text, { parents }));
      const found = await page.locator('[data-find-out]').evaluateAll((items) => items.map((li) => li.getAttribute('data-find-out')));
      expect(found).toEqual(open.map((item) => item.rule));
      for (const item of open) {
        expect(await section(page, 'q-find-out').innerText()).toContain(forParent(data, result.findOut.ways[item.rule], item.parent));
      }

      // Where to apply, from content/offices.yaml: nothing invented while the bureau has supplied nothing.
      const where = await section(page, 'q-where').innerText();
      expect(where).toContain(result.where.text);
      if (data.offices.length === 0) expect(where).toContain(result.where.noOffices);
      else expect(await page.locator('.q-offices li').count()).toBe(data.offices.length);

      // Who helps, in the engine's order; who decides is said once, at the end.
      expect(await steps(page)).toEqual(assessment.nextSteps.filter((step) => step !== 'district_decides'));
      const all = await page.locator('.q-result').innerText();
      expect(all.split(result.decides)).toHaveLength(2);
    }));

  it('not eligible: links to 生活困难救助 and 一事一议 and to the 儿童主任', () =>
    withQuestionnaire(async (page) => {
      await run(page, ...PATHS.not_eligible);
      await showResult(page);
      for (const step of ['hardship_assistance', 'case_by_case', 'ask_child_director'] as const) {
        expect(await page.locator(`[data-step="${step}"] a`).getAttribute('href')).toBe(sitePath(result.nextSteps[step].link!.path.slice(1)));
      }
      expect(await page.locator('.q-checklist').count()).toBe(0);
    }));

  it('18 or older: 不符合, the true next step with its note awaiting confirmation, and no question about the parents', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, 'no');
      expect(reviewRows(walk.draft)).toHaveLength(1);
      await showResult(page);
      expect(await section(page, 'q-action').innerText()).toContain(result.action.over_18.text);
      const { pending } = result.action.over_18;
      if (pending) expect(await section(page, 'q-action').locator('[data-pending]').innerText()).toContain(pending.note);
      else expect(await section(page, 'q-action').locator('[data-pending]').count()).toBe(0);
      expect(await section(page, 'q-why').locator('h4').count()).toBe(0);
    }));
});

// ---- Never lose the answers ----------------------------------------------------------------------------------------
/** A path through many questions: age, the father's two situations and their follow-ups, the mother's. */
const LONG = ['yes', ['imprisoned', 'severe_disability'], '2', 'yes', ['lost_contact'], 'yes', 'unknown'];

describe('back, forward and reload never lose an answer', () => {
  it.each([1, 3, 5])('after %i answers: back shows the question before as answered, forward the next, reload the same', (depth) =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, ...LONG.slice(0, depth));
      const here = await heading(page);
      const before = new Walk().answers(...LONG.slice(0, depth - 1)); // the walk as it was on the question before
      await page.goBack(); // also what Android's back button does
      await expectHeading(page, headingOf(before));
      expect((await checked(page)).sort()).toEqual([LONG[depth - 1]].flat().sort());
      await page.goForward();
      await expectHeading(page, here);
      await page.reload();
      await page.locator('html[data-q-started] #q-root').waitFor();
      await expectHeading(page, here);
      expect(new URL(page.url()).hash).toMatch(/^#d1\./);
      await page.goBack();
      await expectHeading(page, headingOf(before));
      await page.goForward();
      await expectHeading(page, here);
      // Every answer is still there: finish and read them back on the review.
      for (const keys of LONG.slice(depth)) await answer(page, walk, keys);
      const rows = await page.locator('.q-review-row').evaluateAll((items) => items.map((row) => `${row.querySelector('dt')!.textContent}：${row.querySelector('dd')!.textContent}`));
      expect(rows).toEqual(reviewRows(walk.draft).map(({ screen, keys }) => `${reviewLabelOf(data, screen)}：${answerText(data, screen, keys)}`));
    }));

  it('a choice is kept before 继续: reload on the same question shows it ticked', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, 'yes');
      await pick(page, walk.screen!, ['imprisoned', 'serious_illness']);
      await page.reload();
      await page.locator('html[data-q-started] #q-root').waitFor();
      await expectHeading(page, headingOf(walk));
      expect((await checked(page)).sort()).toEqual(['imprisoned', 'serious_illness']);
    }));

  it('返回上一步 goes back through the history (it does not grow), and the question shows the answer as last given', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, 'yes', ['imprisoned']);
      const length = await page.evaluate(() => history.length);
      await button(page, text.nav.back).click();
      await expectHeading(page, legendOf(data, { kind: 'situations', parent: 'father' }));
      expect(await checked(page)).toEqual(['imprisoned']);
      await button(page, text.nav.back).click();
      await expectHeading(page, legendOf(data, { kind: 'age' }));
      expect(await checked(page)).toEqual(['yes']);
      await button(page, text.nav.back).click();
      await expectHeading(page, text.start.heading);
      expect(await page.evaluate(() => history.length)).toBe(length);
      await button(page, text.start.button).click();
      await button(page, text.nav.continue).click(); // the answers are kept: continue twice
      await button(page, text.nav.continue).click();
      await expectHeading(page, headingOf(walk));
    }));

  it('the result’s address opens the same result in a fresh browser; 修改 shows the same answers', async () => {
    const { page, problems } = await open();
    let fresh: Browser | undefined;
    try {
      const walk = await run(page, ...PATHS.eligible);
      await showResult(page);
      const link = await page.locator('#q-share-url').inputValue();
      const url = new URL(link);
      expect(url.pathname).toBe(`${basePath}ziping/`);
      expect(url.search).toBe('');
      expect(page.url()).toBe(link);
      const why = await section(page, 'q-why').innerText();
      fresh = await launchBrowser();
      const other = await open(url.hash, 1280, { context: fresh.context });
      await expectHeading(other.page, resultWording(text, 'eligible').headline);
      expect(await section(other.page, 'q-why').innerText()).toBe(why);
      await button(other.page, text.nav.changeAnswers).click();
      await expectHeading(other.page, text.review.heading);
      expect(await other.page.locator('.q-review-row dd:first-of-type').allInnerTexts()).toEqual(
        reviewRows(walk.draft).map(({ screen, keys }) => answerText(data, screen, keys)),
      );
      expect(other.problems).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await fresh?.close();
    }
  });

  it('a v1 link (already shared, or from a training case) opens its result; the skip link keeps the answers', () =>
    withQuestionnaire(async (page) => {
      await expectHeading(page, resultWording(text, 'orphan').headline);
      const link = page.url();
      await page.locator('a.skip-link').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toBe(link);
      await expectHeading(page, resultWording(text, 'orphan').headline);
    }, `#${encodeAnswers({ childUnder18: true, father: [{ kind: 'deceased' }], mother: [{ kind: 'missing' }] })}`));
});

describe('重新开始 asks first, away from 继续', () => {
  it('it sits on the top line, far from 继续; cancelling keeps the answers, confirming clears them', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, 'yes', ['imprisoned']);
      const restart = button(page, text.nav.restart);
      const boxes = await Promise.all([restart.boundingBox(), button(page, text.nav.continue).boundingBox()]);
      expect(boxes[1]!.y - (boxes[0]!.y + boxes[0]!.height)).toBeGreaterThan(100);
      await restart.click();
      await expectHeading(page, text.restartConfirm.heading);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q-heading');
      await button(page, text.restartConfirm.cancel).click();
      await expectHeading(page, headingOf(walk));
      await button(page, text.nav.restart).click();
      await button(page, text.restartConfirm.confirm).click();
      await expectHeading(page, text.start.heading);
      expect(new URL(page.url()).hash).toBe('');
      await button(page, text.start.button).click();
      expect(await checked(page)).toEqual([]);
    }));
});

describe('after each step', () => {
  it('at 360 px the new heading has the focus, and 返回上一步 and the progress line are on screen', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, 'yes');
      await pick(page, walk.screen!, ['lost_contact']);
      await page.evaluate(() => scrollTo(0, document.body.scrollHeight)); // 继续 pressed from the foot of a long list
      await button(page, text.nav.continue).click();
      walk.answer(['lost_contact']);
      await expectHeading(page, headingOf(walk));
      const view = await page.evaluate(() => ({
        focus: document.activeElement?.id,
        back: document.querySelector('.q-back')!.getBoundingClientRect().top,
        progress: document.querySelector('.q-progress')!.getBoundingClientRect().bottom,
        height: innerHeight,
      }));
      expect(view.focus).toBe('q-heading');
      expect(view.back).toBeGreaterThanOrEqual(0);
      expect(view.progress).toBeLessThanOrEqual(view.height);
    }, '', PHONE.width));

  it('继续 without an answer: an error box, announced and focused, whose link focuses the first option and keeps the address', () =>
    withQuestionnaire(async (page) => {
      await run(page, 'yes');
      const address = page.url();
      await button(page, text.nav.continue).click();
      const summary = page.locator('.q-error-summary');
      await summary.waitFor();
      expect(await summary.getAttribute('role')).toBe('alert');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('q-error-summary');
      const message = forParent(data, text.situations.error, 'father');
      expect(await summary.innerText()).toContain(message);
      expect(await page.locator('fieldset').getAttribute('aria-describedby')).toBe('q-hint q-error');
      await summary.getByRole('link').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-father-deceased');
      expect(page.url()).toBe(address);
    }));
});

describe('the situations question on a phone', () => {
  const father: Screen = { kind: 'situations', parent: 'father' };

  it.each(['standard', 'elder'] as Mode[])('%s: short labels in named groups, 说明 opens what each means, 继续 always in view', (mode) =>
    withQuestionnaire(async (page) => {
      await page.setViewportSize(PHONE);
      await run(page, 'yes');
      const groups = await page.locator('.q-group').allInnerTexts();
      expect(groups).toEqual([...text.situations.groups.map((group) => group.label), text.situations.or]);
      const labels = await page.locator('.q-option label').allInnerTexts();
      expect(labels.slice(0, 2)).toEqual(text.situations.groups[0].kinds.map((kind) => text.situations.labels[kind]));
      // The explanation is closed until asked for, then shows content's words with the everyday ones.
      const hint = page.locator('#q-father-imprisoned-hint');
      expect(await hint.isVisible()).toBe(false);
      await page.locator('.q-option:has(#q-father-imprisoned) summary').click();
      expect(await hint.innerText()).toBe(optionHint(data, father, 'imprisoned'));
      // 继续 stays in view however far down the list the family has scrolled.
      const top = await page.locator('form.q-screen').evaluate((form) => form.getBoundingClientRect().top + scrollY);
      for (const y of [0, 400, 900]) {
        await page.evaluate((to) => scrollTo(0, to), top + y);
        const box = await button(page, text.nav.continue).boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height * CONTINUE_WITHIN_SCREENS);
        expect(box!.y).toBeGreaterThanOrEqual(0);
      }
    }, '', PHONE.width, mode));

  it('死亡 and 失踪 stand alone, like 以上都没有 and 不清楚', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, 'yes');
      await pick(page, walk.screen!, ['imprisoned', 'serious_illness']);
      await pick(page, walk.screen!, 'deceased');
      expect(await checked(page)).toEqual(['deceased']);
      await pick(page, walk.screen!, 'missing');
      expect(await checked(page)).toEqual(['missing']);
      await pick(page, walk.screen!, 'lost_contact');
      expect(await checked(page)).toEqual(['lost_contact']);
      await pick(page, walk.screen!, 'unknown');
      expect(await checked(page)).toEqual(['unknown']);
    }));
});

// ---- Links that cannot be read ----------------------------------------------------------------------------------------
describe('links that cannot be read: a complete message and a fresh start', () => {
  const linkError = text.linkError;
  const contradiction = encodeAnswers({ childUnder18: true, father: [{ kind: 'deceased' }, { kind: 'imprisoned', sixMonthsOrMore: true }], mother: [] });
  const valid = encodeAnswers({ childUnder18: true, father: [{ kind: 'deceased' }], mother: [{ kind: 'missing' }] });
  const draft = new Walk().answers('yes', ['imprisoned']);
  const cases = [
    ['contradictory (死亡 with 服刑在押 for one parent)', `#${contradiction}`, 'invalid'],
    ['empty (an address ending in ##)', '##', 'empty'],
    ['a v1 link with one symbol changed', `#${valid.slice(0, -1)}${valid.endsWith('0') ? '1' : '0'}`, 'malformed'],
    ['a draft link cut short', `#${positionHash(draft.draft, ask(draft.screen!)).slice(0, -2)}`, 'malformed'],
    ['from another version', `#${valid.replace(/^v1/, 'v2')}`, 'version'],
  ] as const;

  it.each(cases)('%s', (_, hash, error) =>
    withQuestionnaire(async (page) => {
      const notice = page.locator('[data-link-error]');
      expect(await notice.getAttribute('data-link-error')).toBe(error);
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.innerText()).toBe([linkError.heading, linkError[error], linkError.fresh].join('\n\n'));
      expect(new URL(page.url()).hash).toBe('');
      await button(page, text.start.button).click();
      await expectHeading(page, legendOf(data, { kind: 'age' }));
      expect(await notice.count()).toBe(0);
    }, hash));

  it('a broken link pasted over a result in the same tab: the message and a fresh start', () =>
    withQuestionnaire(async (page) => {
      await run(page, ...PATHS.orphan);
      await showResult(page);
      await page.evaluate(() => (location.hash = '#v1.1zz.zz.zz'));
      await page.locator('[data-link-error="malformed"]').waitFor();
      await expectHeading(page, text.start.heading);
      expect(new URL(page.url()).hash).toBe('');
    }));
});

// ---- The first screen ----------------------------------------------------------------------------------------------
describe('the first screen', () => {
  it.each(['standard', 'elder'] as Mode[])('%s: at 360×740 the start button is on the first screen (the header held to its budget)', (mode) =>
    withQuestionnaire(async (page) => {
      const { header, button: bottom } = await page.evaluate(() => ({
        header: document.querySelector('header')!.getBoundingClientRect().height,
        button: document.querySelector('.q-start')!.getBoundingClientRect().bottom,
      }));
      // The header is issue 13b's: a taller one counts as its budget, so this measures the questionnaire's own part.
      const onPhone = bottom - header + Math.min(header, HEADER_BUDGET_PX[mode]);
      expect(onPhone).toBeLessThanOrEqual(PHONE.height);
      expect(await page.locator('.q-start').isVisible()).toBe(true);
    }, '', PHONE.width, mode));

  it('is in the HTML as the island renders it: hydration changes nothing on the page', async () => {
    const ssr = parsePage(urlPathToFile(`${basePath}ziping/`)!).querySelector('#q-root')!.innerHTML;
    await withQuestionnaire(async (page) => {
      const same = await page.evaluate((html) => {
        const parsed = document.createElement('div');
        parsed.innerHTML = html;
        return parsed.innerHTML === document.getElementById('q-root')!.innerHTML;
      }, ssr);
      expect(same).toBe(true);
    });
  });

  it('without JavaScript: the criteria in brief and the 认定条件 link, and no questionnaire whose button would do nothing', async () => {
    await ready();
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const { page, problems } = await guardedTab(noScript.context, { origins: [server.origin] });
      await page.goto(`${server.url}ziping/`, { waitUntil: 'load' });
      expect(await page.locator('#q-root').isVisible()).toBe(false);
      expect(await page.locator('.q-start').isVisible()).toBe(false);
      const criteria = page.locator('article').getByRole('link', { name: new RegExp(readContent<{ title: string }>('pages/tiaojian.mdx').title) }).first();
      expect(await criteria.isVisible()).toBe(true);
      expect(await criteria.getAttribute('href')).toBe(`${basePath}tiaojian/`);
      expect(problems).toEqual([]);
    } finally {
      await noScript.close();
    }
  });
});

// ---- Print ---------------------------------------------------------------------------------------------------------------
describe('print', () => {
  it('the site’s name, the date, its address and the answers, then the result and the checklist; the disclaimer once; one A4 page', () =>
    withQuestionnaire(async (page) => {
      const walk = await run(page, ...PATHS.eligible);
      await showResult(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#q-root button:visible').count()).toBe(0);
      for (const hidden of ['header', 'footer', '.q-share', '.q-nav', 'section[aria-labelledby="q-changes"]']) {
        for (const element of await page.locator(hidden).all()) expect(await element.isVisible(), `${hidden} printed`).toBe(false);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdfPageCount(pdf)).toBe(1);
      const printed = comparable(pdfText(pdf).join(''));
      const now = new Date();
      const date = fill(result.print.date, { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
      const rows = reviewRows(walk.draft).map(({ screen, keys }) => `${reviewLabelOf(data, screen)}：${answerText(data, screen, keys)}`);
      const order = [site.name, date, `${server.origin}${basePath}`, ...rows, resultWording(text, 'eligible').headline, result.prepareHeading];
      let at = -1;
      for (const part of order.map(comparable)) {
        const found = printed.indexOf(part, at + 1);
        expect(found, `“${part}” printed after what comes before it`).toBeGreaterThan(at);
        at = found;
      }
      expect(printed.split(comparable(result.decides))).toHaveLength(2);
    }));

  it('even a long result (six situations, every follow-up 不清楚) fits on one A4 page', () =>
    withQuestionnaire(async (page) => {
      await run(page, 'yes', ['severe_disability', 'serious_illness', 'imprisoned', 'lost_contact'], '3', 'unknown', 'unknown', 'unknown', 'unknown', 'yes', ['compulsory_rehab', 'deported'], 'unknown', 'unknown');
      await showResult(page);
      await expectHeading(page, resultWording(text, 'undecided').headline);
      expect(await page.locator('[data-find-out]').count()).toBe(6);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    }));
});

// ---- Keyboard only ------------------------------------------------------------------------------------------------------
/** What has focus: an input's value, a control's text, or the id of a heading. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    if (element instanceof HTMLInputElement) return `input:${element.value}`;
    return element.id ? `#${element.id}` : (element.textContent ?? '').trim();
  });

async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return;
  }
  throw new Error(`Tab never reached “${target}” on “${await heading(page)}”`);
}

describe('keyboard only (Tab, Space, Enter)', () => {
  it('from the skip link through every question to the result, focus on each new heading', () =>
    withQuestionnaire(async (page) => {
      const walk = new Walk();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // the skip link
      await tabTo(page, text.start.button);
      await page.keyboard.press('Enter');
      await expectHeading(page, headingOf(walk));
      expect(await focused(page)).toBe('#q-heading');
      await tabTo(page, text.nav.continue);
      await page.keyboard.press('Enter'); // without an answer: the error box takes focus
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('q-error-summary');
      for (const key of ['yes', 'imprisoned', 'yes', 'severe_disability', '1']) {
        await tabTo(page, `input:${key}`);
        await page.keyboard.press('Space');
        await tabTo(page, text.nav.continue);
        await page.keyboard.press('Enter');
        walk.answer(walk.screen!.kind === 'situations' ? [key] : key);
        await expectHeading(page, headingOf(walk));
        expect(await focused(page)).toBe('#q-heading');
      }
      await tabTo(page, text.review.submit);
      await page.keyboard.press('Enter');
      await expectHeading(page, resultWording(text, 'eligible').headline);
      expect(await focused(page)).toBe('#q-heading');
      await tabTo(page, text.nav.changeAnswers);
      await page.keyboard.press('Enter');
      await expectHeading(page, text.review.heading);
    }));
});

// ---- Network -----------------------------------------------------------------------------------------------------------
describe('network', () => {
  it('no request of any kind after the page has loaded, through a full run; nothing stored; the scripts loaded are those measured', async () => {
    await ready();
    const { page, problems } = await guardedTab(browser.context, { origins: [server.origin] });
    const loaded: string[] = [];
    const afterLoad: string[] = [];
    let done = false;
    page.on('request', (request) => (done ? afterLoad : loaded).push(request.url()));
    try {
      await page.goto(`${server.url}ziping/`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      done = true;
      await page.locator('html[data-q-started] #q-root').waitFor();
      await run(page, ...LONG);
      await page.goBack();
      await page.goForward();
      await showResult(page);
      await button(page, text.nav.changeAnswers).click();
      await button(page, text.nav.restart).click();
      await button(page, text.restartConfirm.confirm).click();
      await page.evaluate(() => (location.hash = '#v9.broken'));
      await page.locator('[data-link-error]').waitFor();
      expect(afterLoad).toEqual([]);
      const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
      expect(stored, 'nothing is stored').toEqual({ local: 0, session: 0, cookie: '' });
      const scripts = loaded.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname).sort();
      const measured = pageScripts(urlPathToFile(`${basePath}ziping/`)!)
        .filter((script) => !script.name.startsWith('inline'))
        .map((script) => `${basePath}${script.name}`)
        .sort();
      expect(scripts).toEqual(measured);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// ---- Accessibility ---------------------------------------------------------------------------------------------------
describe('axe-core (WCAG 2.1 A and AA) on every screen, at 360 and 1280 px', () => {
  const screens: Array<[string, string, (page: Page) => Promise<void>]> = [
    ['start', '', async () => {}],
    ['a question with its error shown', '', async (page) => {
      await run(page, 'yes');
      await button(page, text.nav.continue).click();
      await page.locator('.q-error-summary').waitFor();
    }],
    ['the situations with an explanation open', '', async (page) => {
      await run(page, 'yes');
      await page.locator('.q-more summary').first().click();
    }],
    ['the review', '', async (page) => void (await run(page, ...PATHS.eligible))],
    ['the restart confirmation', '', async (page) => {
      await run(page, 'yes');
      await button(page, text.nav.restart).click();
    }],
    ...(['undecided', 'possibly_eligible', 'not_eligible', 'over_18'] as ResultKind[]).map(
      (kind): [string, string, (page: Page) => Promise<void>] => [`the result: ${kind}`, '', async (page) => {
        await run(page, ...PATHS[kind]);
        await showResult(page);
      }],
    ),
    ['the empty link’s message', '##', async (page) => void (await page.locator('[data-link-error]').waitFor())],
  ];

  it.each(screens)('%s', async (_, hash, reach) => {
    const problems: string[] = [];
    for (const width of [PHONE.width, 1280]) {
      await withQuestionnaire(async (page) => {
        await reach(page);
        problems.push(...(await axeViolations(page)).map((v) => `[${width}px] ${v}`));
      }, hash, width);
    }
    expect(problems).toEqual([]);
  });

  it(`at 360 px every option, 说明, button and link-button is at least ${TARGET_PX} px tall, and explanations are at least 16 px`, () =>
    withQuestionnaire(async (page) => {
      await run(page, 'yes');
      await page.locator('.q-more summary').first().click();
      const targets = page.locator('.q-option label, .q-more summary, #q-root button');
      expect(await targets.count()).toBeGreaterThan(24);
      const small = await targets.evaluateAll((elements, min) => elements.filter((e) => e.getBoundingClientRect().height < min).map((e) => e.textContent), TARGET_PX);
      expect(small).toEqual([]);
      const size = await page.locator('.q-more p').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size).toBeGreaterThanOrEqual(16);
    }, '', PHONE.width));
});
