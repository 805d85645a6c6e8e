/**
 * The training kit in real Chromium: choose-then-reveal on a case page (no script needed); the presenter's keys,
 * buttons, focus and live announcement, offline once loaded, and a plain list without JavaScript; the quick-reference
 * card printed to PDF on exactly one A4 page; a worksheet printed to PDF without any answer; axe (WCAG 2.1 AA) on
 * the index, a case page with the answer hidden and shown, the decision table, the card and the presenter.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../tools/site/guarded-page';
import { assess } from '../../src/lib/eligibility';
import { resultKind, resultWording } from '../../src/lib/questionnaire';
import type { Browser } from '../../tools/site/browser';
import { comparable, pdfPageCount, pdfText } from '../support/pdf-text';
import type { StaticServer } from '../../tools/site/serve';
import { siteSession } from '../support/site-session';
import { readCases, readWording } from '../support/training-content';
import { fill } from '../../src/lib/questionnaire/text';

const cases = [...readCases()].sort((a, b) => a.data.order - b.data.order);
const { text, training } = readWording();
const short = (outcome: keyof typeof text.result.outcomes) => text.result.outcomes[outcome].short;
/** The presenter's status for case n, up to the case's title (content/training.yaml, presenter.status). */
const slideStatus = (n: number) => fill(training.presenter.status, { n, total: cases.length }).split('{title}')[0];

const session = siteSession();
let server: StaticServer;
let browser: Browser;

/** The file's server and browser (see tests/support/site-session.ts). */
async function ready(): Promise<void> {
  ({ server, browser } = await session());
}

interface Tab {
  page: Page;
  problems: string[]; // console errors, page errors, failed requests, requests to other origins
  requests: string[]; // every request, in order
}

async function open(path: string, width = 1280): Promise<Tab> {
  await ready();
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const problems: string[] = [];
  const requests: string[] = [];
  const isLocal = (url: string) => url.startsWith(`${server.origin}/`) || /^(data|blob|about):/.test(url);
  await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    if (!isLocal(r.url())) problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  return { page, problems, requests };
}

async function withTab(path: string, test: (tab: Tab) => Promise<void>, width = 1280): Promise<void> {
  const tab = await open(path, width);
  try {
    await test(tab);
    expect(tab.problems).toEqual([]);
  } finally {
    await tab.page.close();
  }
}

const visibleFeedback = (page: Page) => page.locator('.case-feedback p:visible');

describe('a case page: choose, then reveal', () => {
  const study = cases.find((c) => c.data.expected === 'eligible' && (c.data.traps ?? []).includes('one_of_two_qualifies'))!;
  const wrong = 'orphan' as const;

  it('hides the answer until it is opened, then says whether the choice was right', async () => {
    await withTab(`peixun/anli/${study.id}/`, async ({ page }) => {
      const answer = page.locator('details.case-answer');
      const heading = answer.locator('h2');
      expect(await heading.isVisible(), 'the answer shows before it is opened').toBe(false);

      // A wrong choice, then open the answer: it names the choice and the answer.
      await page.getByRole('radio', { name: short(wrong) }).check();
      await answer.locator('summary').click();
      expect(await heading.isVisible()).toBe(true);
      expect(await heading.innerText()).toContain(short(study.data.expected));
      await expect.poll(() => visibleFeedback(page).count()).toBe(1);
      expect(await visibleFeedback(page).innerText()).toContain(`你选了“${short(wrong)}”，答案是“${short(study.data.expected)}”`);

      // The right choice, with the answer still open.
      await page.getByRole('radio', { name: short(study.data.expected), exact: true }).check();
      await expect.poll(() => visibleFeedback(page).innerText()).toContain('判断正确');
      expect(await visibleFeedback(page).count()).toBe(1);

      // The reasons per parent, the explanation and the questionnaire link are in the open answer.
      expect(await answer.locator('[data-parent="father"] h4').innerText()).toContain(text.result.standings[assess(study.data.answers).parents.father]);
      expect(await answer.innerText()).toContain(study.data.explanation.slice(0, 20));
      expect(await answer.locator('a[data-questionnaire-link]').isVisible()).toBe(true);
    });
  });

  it('says so when the answer is opened with nothing chosen, and works from the keyboard alone', async () => {
    await withTab(`peixun/anli/${study.id}/`, async ({ page }) => {
      await page.locator('input[name="case-choice"]').first().focus();
      await page.keyboard.press('ArrowDown'); // radio group: the next option
      expect(await page.locator('input[name="case-choice"]:checked').getAttribute('value')).toBe('eligible');
      await page.locator('details.case-answer summary').focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('details.case-answer').getAttribute('open')).not.toBeNull();
      expect(await visibleFeedback(page).innerText()).toContain(study.data.expected === 'eligible' ? '判断正确' : '答案是');
    });
    await withTab(`peixun/anli/${study.id}/`, async ({ page }) => {
      await page.locator('details.case-answer summary').click();
      expect(await visibleFeedback(page).innerText()).toContain(`你还没有选择。答案是“${short(study.data.expected)}”`);
    });
  });

  it('the questionnaire link opens /ziping/ with the case’s answers and shows the same result', async () => {
    await withTab(`peixun/anli/${study.id}/`, async ({ page }) => {
      await page.locator('details.case-answer summary').click();
      await page.locator('a[data-questionnaire-link]').click();
      await page.waitForURL(/\/ziping\/#[vd]1\./); // the case's v1 link, which the questionnaire rewrites as its own
      const headline = resultWording(text, resultKind(assess(study.data.answers))).headline;
      await expect.poll(() => page.locator('main').innerText(), { timeout: 10_000 }).toContain(headline);
    });
  });
});

describe('the presenter', () => {
  const status = (page: Page) => page.locator('[data-status]').innerText();
  const visibleSlides = (page: Page) => page.locator('[data-slide]:visible');
  const answerOpen = (page: Page) => page.locator('[data-slide]:visible details[data-reveal]').evaluate((d) => (d as HTMLDetailsElement).open);

  it('shows one case at a time; ←/→, Home/End move; ↓/↑, Space and Enter show and hide the answer', async () => {
    await withTab('peixun/yanshi/', async ({ page }) => {
      expect(await visibleSlides(page).count()).toBe(1);
      expect(await visibleSlides(page).getAttribute('id')).toBe(`anli-${cases[0].id}`);
      expect(await status(page)).toContain(slideStatus(1));
      expect(await page.locator('[data-action="previous"]').isDisabled()).toBe(true);

      await page.keyboard.press('ArrowRight');
      expect(await visibleSlides(page).getAttribute('id')).toBe(`anli-${cases[1].id}`);
      expect(await status(page)).toContain(slideStatus(2));
      expect(new URL(page.url()).hash).toBe(`#anli-${cases[1].id}`);

      expect(await answerOpen(page)).toBe(false);
      await page.keyboard.press('ArrowDown');
      expect(await answerOpen(page)).toBe(true);
      expect(await page.locator('[data-slide]:visible .slide-answer').innerText()).toContain(short(cases[1].data.expected));
      expect(await page.locator('[data-action="reveal"]').getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowUp');
      expect(await answerOpen(page)).toBe(false);
      await page.keyboard.press('Space');
      expect(await answerOpen(page)).toBe(true);
      await page.keyboard.press('Enter');
      expect(await answerOpen(page)).toBe(false);

      await page.keyboard.press('ArrowLeft');
      expect(await visibleSlides(page).getAttribute('id')).toBe(`anli-${cases[0].id}`);
      await page.keyboard.press('End');
      expect(await visibleSlides(page).getAttribute('id')).toBe(`anli-${cases.at(-1)!.id}`);
      expect(await page.locator('[data-action="next"]').isDisabled()).toBe(true);
      await page.keyboard.press('ArrowRight'); // nothing after the last
      expect(await visibleSlides(page).getAttribute('id')).toBe(`anli-${cases.at(-1)!.id}`);
      await page.keyboard.press('Home');
      expect(await status(page)).toContain(slideStatus(1));
      expect(await visibleSlides(page).count()).toBe(1);
    });
  });

  it('keeps focus sensible: on the button pressed, or on the new case’s heading when its place disappears', async () => {
    await withTab('peixun/yanshi/', async ({ page }) => {
      const next = page.locator('[data-action="next"]');
      await next.click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('next');
      await page.keyboard.press('Enter'); // activates the focused button: next case, not the answer
      expect(await status(page)).toContain(slideStatus(3));
      expect(await answerOpen(page)).toBe(false);

      // Focus inside a slide (its summary), then move: focus goes to the new slide's heading.
      await page.locator('[data-slide]:visible summary').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`anli-${cases[3].id}-title`);

      // The last case from the button: it disables itself, focus goes to the heading rather than being lost.
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await next.click();
      expect(await next.isDisabled()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`anli-${cases.at(-1)!.id}-title`);

      // Typing in the search box never turns slides.
      await page.locator('#header-search-q').focus();
      await page.keyboard.press('Home');
      expect(await status(page)).toContain(slideStatus(cases.length));
    });
  });

  it('the reveal button and the previous button do their jobs', async () => {
    await withTab('peixun/yanshi/', async ({ page }) => {
      await page.locator('[data-action="reveal"]').click();
      expect(await answerOpen(page)).toBe(true);
      expect(await page.locator('[data-action="reveal"]').innerText()).toBe(training.presenter.hide);
      await page.locator('[data-action="next"]').click();
      await page.locator('[data-action="previous"]').click();
      expect(await status(page)).toContain(slideStatus(1));
    });
  });

  it('opens the case named in the address, and works offline once loaded (no request after load)', async () => {
    const target = cases[4];
    await withTab(`peixun/yanshi/#anli-${target.id}`, async ({ page, requests }) => {
      expect(await visibleSlides(page).getAttribute('id')).toBe(`anli-${target.id}`);
      const before = requests.length;
      await page.context().setOffline(true);
      try {
        for (let i = 0; i < cases.length; i++) await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Home');
        expect(await answerOpen(page)).toBe(false);
        expect(requests.slice(before)).toEqual([]);
      } finally {
        await page.context().setOffline(false);
      }
    });
  });

  it('without JavaScript, is a plain list of every case with its answer in a <details>', async () => {
    await ready();
    const page = await browser.context.newPage();
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(`${server.url}peixun/yanshi/`, { waitUntil: 'load' });
      expect(await page.locator('[data-slide]:visible').count()).toBe(cases.length);
      expect(await page.locator('[data-controls]').isVisible()).toBe(false);
      await page.locator('[data-slide]').first().locator('summary').click();
      expect(await page.locator('[data-slide]').first().locator('.slide-answer').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('printing', () => {
  it('the quick-reference card prints on exactly one A4 page, with the definition, the situations and the steps', async () => {
    await withTab('peixun/suchaka/', async ({ page }) => {
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdfPageCount(pdf), 'pages of the card').toBe(1);
      const printed = comparable(pdfText(pdf).join(''));
      expect(printed).toContain(comparable(training.card.title));
      expect(printed).toContain(comparable(training.card.definition.branches[1]));
      for (const name of ['重残', '服刑在押', '失联', '被遣送（驱逐）出境']) expect(printed).toContain(comparable(name));
      // The legend of what awaits confirmation, with its fixed note, prints while the card marks anything.
      const note = comparable(text.pendingNote.suffix.replace(/。$/, ''));
      if ((await page.locator('[data-pending]').count()) > 0) expect(printed).toContain(note);
      else expect(printed).not.toContain(note);
      expect(printed, 'the site header is not printed').not.toContain(comparable('搜索'));
    });
  });

  it.each(cases.filter((c) => ['xiaoman', 'jiajia', 'mingming'].includes(c.id)).map((c) => [c.id, c]))(
    'the worksheet of %s prints on one A4 page, with the case and no answer',
    async (id, c) => {
      await withTab(`peixun/anli/${id}/lianxi/`, async ({ page }) => {
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(pdfPageCount(pdf), 'pages of the worksheet').toBe(1);
        const printed = comparable(pdfText(pdf).join(''));
        const story = comparable(await page.locator('article section').first().innerText()).replace(new RegExp(`^${training.cases.story}`), '');
        expect(printed, 'the narrative is printed (so the check below reads real text)').toContain(story.slice(0, 30));
        for (const question of c.data.discussion) expect(printed).toContain(comparable(question));
        const answers = [
          c.data.explanation.slice(0, 24),
          `${training.cases.answer}：`,
          training.choice.reveal,
          ...(c.data.traps ?? []).map((trap) => training.traps[trap]),
          text.result.rules[assess(c.data.answers).basis.rule],
        ];
        for (const answer of answers) expect(printed, `the worksheet prints “${answer}”`).not.toContain(comparable(answer));
      });
    },
  );
});

describe('axe: no WCAG 2.1 A/AA violations on the training pages', () => {
  const study = cases[0];
  it.each([
    ['peixun/', 'the index'],
    [`peixun/anli/${study.id}/`, 'a case page, answer hidden'],
    ['peixun/juece/', 'the decision table and chart'],
    ['peixun/suchaka/', 'the card'],
    ['peixun/yanshi/', 'the presenter'],
    [`peixun/anli/${study.id}/lianxi/`, 'a worksheet'],
  ])('%s (%s), at 360 and 1280 px', async (path) => {
    for (const width of [360, 1280]) {
      await withTab(path, async ({ page }) => expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]), width);
    }
  });

  it('a case page with a choice made and the answer shown', async () => {
    await withTab(`peixun/anli/${study.id}/`, async ({ page }) => {
      await page.getByRole('radio', { name: short('possibly_eligible') }).check();
      await page.locator('details.case-answer summary').click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('the presenter with an answer shown', async () => {
    await withTab('peixun/yanshi/', async ({ page }) => {
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
