/**
 * The questionnaire (/ziping/) in real Chromium: complete paths to every kind of result, a keyboard-only run, back
 * and 修改, a share link opened in a fresh browser, broken links, print (one A4 page), no request after load, axe on
 * every screen type, and the page without JavaScript.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../../tools/site/guarded-page';
import { encodeAnswers } from '../../src/lib/eligibility/codec';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import { basePath, urlPathToFile } from '../support/dist';
import { pageScripts } from '../support/page-scripts';
import type { StaticServer } from '../../tools/site/serve';
import { siteSession } from '../support/site-session';

const PENDING = '以街道办事处、区民政局答复为准';
const DECIDES = '户籍在西山区的，由西山区民政局决定';

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
}

async function openTab(width = 1280, context?: BrowserContext): Promise<Tab> {
  await ready();
  const page = await (context ?? browser.context).newPage();
  await page.setViewportSize({ width, height: 900 });
  const problems: string[] = [];
  const isLocal = (url: string) => url.startsWith(`${server.origin}/`) || /^(data|blob|about):/.test(url);
  await page.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (r) => !isLocal(r.url()) && problems.push(`request to another origin: ${r.url()}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return { page, problems };
}

const questionnaireUrl = (hash = '') => `${server.url}ziping/${hash}`;

/** Opens /ziping/ (with a hash, if given) and waits until the island is hydrated (it shows buttons only then). */
async function openQuestionnaire(hash = '', width = 1280, context?: BrowserContext): Promise<Tab> {
  const tab = await openTab(width, context);
  await tab.page.goto(questionnaireUrl(hash), { waitUntil: 'load' });
  await tab.page.locator('#q-root button').first().waitFor();
  return tab;
}

async function withQuestionnaire(test: (tab: Tab) => Promise<void>, hash = '', width = 1280): Promise<void> {
  const tab = await openQuestionnaire(hash, width);
  try {
    await test(tab);
    expect(tab.problems).toEqual([]);
  } finally {
    await tab.page.close();
  }
}

// ---- Reading and answering, in the family's words ------------------------------------------------------------
const heading = (page: Page) => page.locator('#q-heading').innerText();
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => heading(page)).toBe(text);
}

/** Ticks or selects the options whose label (without its hint) is exactly `label`. */
async function pick(page: Page, labels: string | string[]): Promise<void> {
  for (const label of [labels].flat()) {
    const labelsOnScreen = page.locator('.q-option label');
    const index = await labelsOnScreen.evaluateAll(
      (elements, wanted) => elements.findIndex((element) => element.firstChild?.textContent?.trim() === wanted),
      label,
    );
    if (index < 0) throw new Error(`no option “${label}” on “${await heading(page)}”`);
    await labelsOnScreen.nth(index).click();
  }
}

/** Answers the question on screen and continues; waits for the next screen. */
async function answer(page: Page, labels: string | string[]): Promise<void> {
  const before = await heading(page);
  await pick(page, labels);
  await button(page, '继续').click();
  await expect.poll(() => heading(page)).not.toBe(before);
}

/** From the start screen through every answer to the review. */
async function answerAll(page: Page, ...answers: Array<string | string[]>): Promise<void> {
  await button(page, '开始回答').click();
  await expectHeading(page, '孩子现在未满18周岁吗？');
  for (const labels of answers) await answer(page, labels);
  await expectHeading(page, '请核对您的回答');
}

async function showResult(page: Page): Promise<void> {
  await button(page, '查看初步判断').click();
  await page.locator('.q-result').waitFor();
}

const section = (page: Page, id: string) => page.locator(`section[aria-labelledby="${id}"]`);
const steps = (page: Page) => page.locator('[data-step]').evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
const checklist = (page: Page) => page.locator('.q-checklist li').allInnerTexts();
const reviewRows = (page: Page) =>
  page.locator('.q-review-row').evaluateAll((rows) =>
    rows.map((row) => `${row.querySelector('dt')!.textContent}：${row.querySelector('dd')!.textContent}`),
  );

const ELIGIBLE = ['未满18周岁', ['服刑在押'], '是，6个月以上', ['重残'], '三级', '精神残疾'];

// ---- Complete paths ------------------------------------------------------------------------------------------
describe('complete paths to each kind of result', () => {
  it('孤儿: father 死亡, mother 失踪 → 属于孤儿情形, 孤儿认定, proofs of death and declared missing', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, '未满18周岁', ['死亡'], ['失踪']);
      await showResult(page);
      await expectHeading(page, '初步判断：属于孤儿情形');
      expect(await steps(page)).toEqual(['orphan_recognition', 'ask_child_director', 'ask_child_supervisor', 'district_decides']);
      const items = await checklist(page);
      expect(items.some((item) => item.startsWith('死亡的证明（参考）：') && item.includes('死亡证明'))).toBe(true);
      expect(items.some((item) => item.startsWith('失踪的证明（参考）：') && item.includes('宣告失踪的判决书'))).toBe(true);
      expect(items.join()).not.toContain('申请表');
      const orphanDefinition = section(page, 'q-why').getByRole('link', { name: '国办发〔2010〕54号' });
      expect(await orphanDefinition.getAttribute('href')).toBe(`${basePath}zhengce/gb-2010-54/`);
    }));

  it('符合: father 服刑在押 6个月以上, mother 三级精神残疾 → why for each parent, documents, where to go', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, ...ELIGIBLE);
      await showResult(page);
      await expectHeading(page, '初步判断：符合');
      const why = section(page, 'q-why');
      expect(await why.locator('h4').allInnerTexts()).toEqual(['父亲：属于八种情形之一', '母亲：属于八种情形之一']);
      expect(await why.innerText()).toContain('父亲的刑期或羁押期在6个月以上，属于“服刑在押”。');
      expect(await why.innerText()).toContain('母亲是三级或四级的精神残疾或智力残疾，属于“重残”。');
      expect(await why.innerText()).toContain('父母双方都属于八种情形之一，符合认定条件的第一种情况。');
      expect(await why.getByRole('link', { name: '民发〔2019〕62号' }).first().getAttribute('href')).toBe(`${basePath}zhengce/mz-2019-62/`);
      expect(await why.getByRole('link', { name: '云民发〔2021〕51号' }).count()).toBeGreaterThan(0);
      const items = await checklist(page);
      expect(items[0]).toContain('《事实无人抚养儿童基本生活补贴申请表》');
      expect(items.some((item) => item.startsWith('服刑在押的证明（参考）：'))).toBe(true);
      expect(items.some((item) => item.startsWith('重残的证明（参考）：') && item.includes('残疾人证'))).toBe(true);
      expect(await section(page, 'q-prepare').locator('[data-pending]').innerText()).toContain(PENDING);
      expect(await steps(page)).toEqual(['apply_at_hukou_street', 'apply_anywhere_kuasheng', 'ask_child_director', 'ask_child_supervisor', 'district_decides']);
      expect(await page.locator('[data-step="apply_at_hukou_street"] a').getAttribute('href')).toBe(`${basePath}shenqing/`);
      expect(await page.locator('[data-step="ask_child_director"] a').getAttribute('href')).toBe(`${basePath}qiuzhu/`);
      expect(await page.locator('.q-headline').innerText()).toContain(DECIDES);
    }));

  it('可能符合 (不清楚): father 不清楚, mother 重病 on the list → find out first; the 重病 list awaits confirmation', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, '未满18周岁', '不清楚父亲的情况', ['重病'], '在范围内');
      await showResult(page);
      await expectHeading(page, '初步判断：可能符合');
      expect((await steps(page))[0]).toBe('clarify_unknowns');
      const why = section(page, 'q-why');
      expect(await why.locator('h4').allInnerTexts()).toEqual(['父亲：还需要确认', '母亲：属于八种情形之一']);
      expect(await why.locator('[data-rule="serious_illness.on_local_list"] [data-pending]').innerText()).toContain(PENDING);
      expect(await section(page, 'q-changes').innerText()).toContain('如果母亲患的病不在当地规定的重病范围内，初步判断会是“暂不符合”。');
    }));

  it('可能符合: father 服刑在押, mother 失联 满6个月 not reported → report to the police first, then apply', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, '未满18周岁', ['服刑在押'], '是，6个月以上', ['失联'], '已满6个月', '还没有报案');
      await showResult(page);
      await expectHeading(page, '初步判断：可能符合');
      expect(await steps(page)).toEqual([
        'report_lost_contact_to_police', 'apply_at_hukou_street', 'apply_anywhere_kuasheng', 'ask_child_director', 'ask_child_supervisor', 'district_decides',
      ]);
      const why = section(page, 'q-why');
      expect(await why.locator('h4').allInnerTexts()).toEqual(['父亲：属于八种情形之一', '母亲：还需要确认']);
      expect(await why.innerText()).toContain('请先到派出所报案');
      expect(await why.locator('[data-rule="lost_contact.not_reported"] [data-pending]').innerText()).toContain(PENDING);
      expect(await section(page, 'q-changes').innerText()).toContain('如果已向公安机关报案查找母亲，初步判断会是“符合”。');
    }));

  it('暂不符合: father 服刑在押, mother 失联 under 6 months → report to the police now, 生活困难救助, 一事一议; nothing to prepare', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, '未满18周岁', ['服刑在押'], '是，6个月以上', ['失联'], '还不满6个月');
      await showResult(page);
      await expectHeading(page, '初步判断：暂不符合');
      expect(await steps(page)).toEqual([
        'report_lost_contact_to_police', 'hardship_assistance', 'case_by_case', 'ask_child_director', 'ask_child_supervisor', 'district_decides',
      ]);
      const why = section(page, 'q-why');
      expect(await why.locator('h4').allInnerTexts()).toEqual(['父亲：属于八种情形之一', '母亲：不属于八种情形']);
      expect(await page.locator('.q-checklist').count()).toBe(0);
      expect(await page.locator('[data-step="hardship_assistance"] a').getAttribute('href')).toBe(`${basePath}tiaojian/#生活困难救助`);
    }));

  it('18周岁以上: no questions about the parents → 不符合 (not 暂不), with the schooling question awaiting confirmation', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, '已满18周岁');
      expect(await reviewRows(page)).toEqual(['孩子的年龄：已满18周岁']);
      await showResult(page);
      await expectHeading(page, '初步判断：不符合（已满18周岁）');
      expect(await section(page, 'q-why').innerText()).toContain('孩子已满18周岁，不能按事实无人抚养儿童认定。');
      expect(await section(page, 'q-why').locator('h4').count()).toBe(0);
      expect(await steps(page)).toEqual(['over18_schooling', 'district_decides']);
      expect(await page.locator('[data-step="over18_schooling"] [data-pending]').innerText()).toContain(PENDING);
    }));
});

// ---- Keyboard only -------------------------------------------------------------------------------------------
/** What has focus: a control's label (without its hint) or text, or the id of a heading. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    if (element instanceof HTMLInputElement) return element.labels?.[0]?.firstChild?.textContent?.trim() ?? '';
    const text = (element.textContent ?? '').trim();
    return element.id ? `#${element.id}` : text.length > 40 ? `<${element.tagName.toLowerCase()}> ${text.slice(0, 40)}…` : text;
  });

async function tabTo(page: Page, target: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return;
  }
  throw new Error(`Tab never reached “${target}” on “${await heading(page)}”`);
}

/** On a question: Tab to the option, Space to choose it, Tab to 继续, Enter; focus lands on the next heading. */
async function keyboardAnswer(page: Page, option: string, next: string): Promise<void> {
  await tabTo(page, option);
  await page.keyboard.press('Space');
  await tabTo(page, '继续');
  await page.keyboard.press('Enter');
  await expectHeading(page, next);
  expect(await focused(page)).toBe('#q-heading');
}

describe('keyboard only (Tab, Space, Enter)', () => {
  it('from the skip link through every question to the result, focus on each new question’s heading', () =>
    withQuestionnaire(async ({ page }) => {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('跳到正文');
      await page.keyboard.press('Enter');
      await tabTo(page, '开始回答');
      await page.keyboard.press('Enter');
      await expectHeading(page, '孩子现在未满18周岁吗？');
      expect(await focused(page)).toBe('#q-heading');
      await tabTo(page, '继续');
      await page.keyboard.press('Enter'); // without an answer: the error box takes focus
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('q-error-summary');
      await keyboardAnswer(page, '未满18周岁', '孩子的父亲现在是什么情况？');
      await keyboardAnswer(page, '服刑在押', '父亲现在被关押，刑期或羁押期在6个月以上吗？');
      await keyboardAnswer(page, '是，6个月以上', '孩子的母亲现在是什么情况？');
      await keyboardAnswer(page, '重残', '母亲的残疾人证上，残疾等级是几级？');
      await keyboardAnswer(page, '一级', '请核对您的回答');
      await tabTo(page, '查看初步判断');
      await page.keyboard.press('Enter');
      await expectHeading(page, '初步判断：符合');
      expect(await focused(page)).toBe('#q-heading');
      await tabTo(page, '修改答案');
      await page.keyboard.press('Enter');
      await expectHeading(page, '请核对您的回答');
    }));
});

// ---- Back, 修改, start again ---------------------------------------------------------------------------------
describe('back, 修改 and start again', () => {
  it('back keeps the answers; 修改 from the review changes one answer, asks any new follow-up, and returns', () =>
    withQuestionnaire(async ({ page }) => {
      await button(page, '开始回答').click();
      await answer(page, '未满18周岁');
      await answer(page, ['服刑在押']);
      await expectHeading(page, '父亲现在被关押，刑期或羁押期在6个月以上吗？');
      await button(page, '返回上一步').click();
      await expectHeading(page, '孩子的父亲现在是什么情况？');
      expect(await page.getByRole('checkbox', { name: /^服刑在押/ }).isChecked()).toBe(true);
      await button(page, '返回上一步').click();
      await expectHeading(page, '孩子现在未满18周岁吗？');
      expect(await page.getByRole('radio', { name: '未满18周岁' }).isChecked()).toBe(true);
      await button(page, '返回上一步').click();
      await expectHeading(page, '开始之前');
      await button(page, '开始回答').click();
      await answer(page, []); // the answers are kept: continue twice
      await answer(page, []);
      await answer(page, '是，6个月以上');
      await answer(page, '以上都没有');
      expect(await reviewRows(page)).toEqual([
        '孩子的年龄：未满18周岁',
        '父亲的情况：服刑在押',
        '父亲的刑期或羁押期是否在6个月以上：是，6个月以上',
        '母亲的情况：以上都没有',
      ]);
      await showResult(page);
      await expectHeading(page, '初步判断：暂不符合');
      expect(await section(page, 'q-why').innerText()).toContain('您的回答是母亲不属于死亡、失踪或八种情形中的任何一种。');
      const firstLink = page.url();

      await button(page, '修改答案').click();
      await expectHeading(page, '请核对您的回答');
      await button(page, '修改 母亲的情况').click();
      await expectHeading(page, '孩子的母亲现在是什么情况？');
      await answer(page, ['死亡']); // ticking 死亡 unticks 以上都没有
      await expectHeading(page, '请核对您的回答');
      await button(page, '修改 父亲的情况').click();
      await answer(page, ['重残']);
      await expectHeading(page, '父亲的残疾人证上，残疾等级是几级？');
      await answer(page, '二级');
      await expectHeading(page, '请核对您的回答');
      expect(await reviewRows(page)).toContain('父亲的情况：重残、服刑在押');
      await showResult(page);
      await expectHeading(page, '初步判断：符合');
      expect(page.url()).not.toBe(firstLink);

      await button(page, '重新开始').click();
      await expectHeading(page, '开始之前');
      expect(new URL(page.url()).hash).toBe('');
      await button(page, '开始回答').click();
      expect(await page.getByRole('radio', { name: '未满18周岁' }).isChecked()).toBe(false);
    }));

  it('继续 without an answer: an error box, announced and focused, and the message tied to the question', () =>
    withQuestionnaire(async ({ page }) => {
      await button(page, '开始回答').click();
      await answer(page, '未满18周岁');
      await button(page, '继续').click();
      const summary = page.locator('.q-error-summary');
      await summary.waitFor();
      expect(await summary.getAttribute('role')).toBe('alert');
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('q-error-summary');
      expect(await summary.innerText()).toContain('请选择父亲的情况。');
      expect(await page.locator('fieldset').getAttribute('aria-describedby')).toBe('q-hint q-error');
      expect(await page.locator('#q-error').innerText()).toContain('请选择父亲的情况。');
      await summary.getByRole('link').click();
      expect(await focused(page)).toBe('死亡'); // the link focuses the first option and leaves the address alone
      expect(new URL(page.url()).hash).toBe('');
    }));

  it('以上都没有 and 不清楚 exclude the situations, and the other way round', () =>
    withQuestionnaire(async ({ page }) => {
      await button(page, '开始回答').click();
      await answer(page, '未满18周岁');
      const checkbox = (name: RegExp) => page.getByRole('checkbox', { name });
      await pick(page, ['服刑在押', '重病']);
      await pick(page, '以上都没有');
      expect(await checkbox(/^服刑在押/).isChecked()).toBe(false);
      expect(await checkbox(/^以上都没有/).isChecked()).toBe(true);
      await pick(page, '不清楚父亲的情况');
      expect(await checkbox(/^以上都没有/).isChecked()).toBe(false);
      await pick(page, '失联');
      expect(await checkbox(/^不清楚父亲的情况/).isChecked()).toBe(false);
      expect(await checkbox(/^失联/).isChecked()).toBe(true);
    }));
});

// ---- Share links ---------------------------------------------------------------------------------------------
describe('share links', () => {
  it('the answers live in the hash only; the link restores the same result in a fresh browser, with 修改 available', async () => {
    const { page, problems } = await openQuestionnaire();
    let fresh: Browser | undefined;
    try {
      await answerAll(page, ...ELIGIBLE);
      await showResult(page);
      const link = await page.locator('#q-share-url').inputValue();
      const url = new URL(link);
      expect(url.pathname).toBe(`${basePath}ziping/`);
      expect(url.search).toBe('');
      expect(url.hash).toMatch(/^#v1\.[0-9a-zA-Z]+\.[0-9a-zA-Z]*\.[0-9a-zA-Z]{2}$/);
      expect(page.url()).toBe(link);
      expect(await page.locator('.q-warning').innerText()).toContain('任何拿到这个链接的人，都能看到您的回答');
      const why = await section(page, 'q-why').innerText();
      const prepare = await section(page, 'q-prepare').innerText();

      fresh = await launchBrowser();
      const other = await openQuestionnaire(url.hash, 1280, fresh.context);
      await expectHeading(other.page, '初步判断：符合');
      expect(await section(other.page, 'q-why').innerText()).toBe(why);
      expect(await section(other.page, 'q-prepare').innerText()).toBe(prepare);
      expect(other.page.url()).toBe(link.replace(url.origin, server.origin));
      await button(other.page, '修改答案').click();
      expect(await reviewRows(other.page)).toEqual([
        '孩子的年龄：未满18周岁',
        '父亲的情况：服刑在押',
        '父亲的刑期或羁押期是否在6个月以上：是，6个月以上',
        '母亲的情况：重残',
        '母亲的残疾等级：三级',
        '母亲的残疾类别：精神残疾',
      ]);
      expect(other.problems).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await fresh?.close();
    }
  });

  it('复制链接 copies the link, or says how to copy it by hand', () =>
    withQuestionnaire(async ({ page }) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      await answerAll(page, ...ELIGIBLE);
      await showResult(page);
      await button(page, '复制链接').click();
      await expect.poll(() => page.locator('.q-status').innerText()).toBe('已复制链接。');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await button(page, '复制链接').click();
      await expect.poll(() => page.locator('.q-status').innerText()).toContain('无法自动复制');
    }));

  it('the skip link does not lose the answers from the address', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, ...ELIGIBLE);
      await showResult(page);
      const link = page.url();
      await page.locator('a.skip-link').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toBe(link);
      await expectHeading(page, '初步判断：符合');
    }));

  const linkCases = () => {
    const valid = encodeAnswers({ childUnder18: true, father: [{ kind: 'deceased' }], mother: [{ kind: 'missing' }] });
    const tampered = valid.replace(/\.(\w)(\w+)\./, (_, age, rest) => `.${age}${rest === '0' ? '1' : '0'}${rest.slice(1)}.`);
    const twice = encodeAnswers({ childUnder18: true, father: [{ kind: 'deceased' }, { kind: 'deceased' }], mother: [] });
    return [
      ['tampered (one symbol changed)', tampered, 'malformed', '不完整，或者被改动过'],
      ['cut short', valid.slice(0, -3), 'malformed', '不完整，或者被改动过'],
      ['not a share link at all', '%E4%BD%A0%E5%A5%BD', 'malformed', '不完整，或者被改动过'],
      ['from an older version', 'v0.1a.b.cd', 'version', '旧版本'],
      ['from another version', valid.replace(/^v1/, 'v2'), 'version', '旧版本'],
      ['intact but not answers the questionnaire can show', twice, 'invalid', '不完整或前后矛盾'],
    ] as const;
  };

  it.each(linkCases())('a link %s: a clear message and a fresh start, and the bad hash is cleared', (_, hash, kind, words) =>
    withQuestionnaire(async ({ page }) => {
      const notice = page.locator('[data-link-error]');
      expect(await notice.getAttribute('data-link-error')).toBe(kind);
      expect(await notice.getAttribute('role')).toBe('alert');
      expect(await notice.innerText()).toContain('这个链接无法打开');
      expect(await notice.innerText()).toContain(words);
      expect(await notice.innerText()).toContain('请重新回答问题');
      expect(await button(page, '开始回答').isVisible()).toBe(true);
      expect(new URL(page.url()).hash).toBe('');
      await button(page, '开始回答').click();
      await expectHeading(page, '孩子现在未满18周岁吗？');
      expect(await notice.count()).toBe(0);
    }, `#${hash}`));

  it('a broken link pasted over a result in the same tab (hashchange): the message and a fresh start', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, ...ELIGIBLE);
      await showResult(page);
      await page.evaluate(() => (location.hash = '#v1.1zz.zz.zz'));
      await page.locator('[data-link-error="malformed"]').waitFor();
      await expectHeading(page, '开始之前');
      expect(new URL(page.url()).hash).toBe('');
    }));
});

// ---- Print ---------------------------------------------------------------------------------------------------
/** Pages of a PDF: /Type /Page objects, not the /Pages tree. */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('print', () => {
  it('prints the result alone: headline, reasons, checklist and next steps; no navigation, buttons or share link', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(page, ...ELIGIBLE);
      await showResult(page);
      await page.emulateMedia({ media: 'print' });
      for (const visible of ['#q-heading', 'section[aria-labelledby="q-why"]', '.q-checklist', '.q-steps']) {
        expect(await page.locator(visible).isVisible(), `${visible} hidden in print`).toBe(true);
      }
      expect(await page.locator('.q-headline').innerText()).toContain(DECIDES);
      const hidden = ['header', 'nav[aria-label="主导航"]', 'footer', '.q-share', '#q-share-url', '.q-actions', 'main > aside'];
      for (const selector of hidden) {
        for (const element of await page.locator(selector).all()) {
          expect(await element.isVisible(), `${selector} visible in print`).toBe(false);
        }
      }
      expect(await page.locator('#q-root button:visible').count()).toBe(0);
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    }));

  it('even a long result (six situations, every follow-up 不清楚) fits on one A4 page', () =>
    withQuestionnaire(async ({ page }) => {
      await answerAll(
        page, '未满18周岁', ['重残', '重病', '服刑在押', '失联'], '三级', '不清楚', '不清楚', '不清楚', '不清楚', '已经报案',
        ['强制隔离戒毒', '被遣送（驱逐）出境'], '不清楚', '不清楚',
      );
      await showResult(page);
      await expectHeading(page, '初步判断：可能符合');
      expect(await page.locator('.q-checklist li').count()).toBe(7);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    }));
});

// ---- Network ---------------------------------------------------------------------------------------------------
describe('network', () => {
  it('no request of any kind after the page has loaded, through a full run; nothing stored; the scripts loaded are those measured', async () => {
    await ready();
    const { page, problems } = await openTab();
    const loaded: string[] = [];
    const afterLoad: string[] = [];
    let done = false;
    page.on('request', (request) => (done ? afterLoad : loaded).push(request.url()));
    try {
      await page.goto(questionnaireUrl(), { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      done = true;
      await page.locator('#q-root button').first().waitFor();
      await answerAll(page, '未满18周岁', ['服刑在押'], '不清楚', ['重残', '失联'], '四级', '不清楚', '已满6个月', '已经报案');
      await button(page, '返回上一步').click();
      await answer(page, []);
      await button(page, '修改 父亲的情况').click();
      await answer(page, ['重病']);
      await answer(page, '不清楚');
      await showResult(page);
      await button(page, '复制链接').click();
      await page.locator('.q-status:not(:empty)').waitFor();
      await button(page, '修改答案').click();
      await button(page, '查看初步判断').click();
      await page.evaluate(() => (location.hash = '#v9.broken'));
      await page.locator('[data-link-error]').waitFor();
      await button(page, '开始回答').click();
      await button(page, '继续').click();
      await page.locator('.q-error-summary').waitFor();
      expect(afterLoad).toEqual([]);
      const stored = await page.evaluate(() => ({
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
      }));
      expect(stored, 'nothing is stored').toEqual({ local: 0, session: 0, cookie: '' });

      const scripts = loaded.filter((url) => url.endsWith('.js')).map((url) => new URL(url).pathname).sort();
      const file = urlPathToFile(`${basePath}ziping/`)!;
      const measured = pageScripts(file)
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

// ---- Accessibility ---------------------------------------------------------------------------------------------
describe('axe-core (WCAG 2.1 A and AA) on every screen type, at 360 and 1280 px', () => {
  const screens: Array<[string, string, (page: Page) => Promise<void>]> = [
    ['start', '', async () => {}],
    ['a question with its error shown', '', async (page) => {
      await button(page, '开始回答').click();
      await answer(page, '未满18周岁');
      await button(page, '继续').click();
      await page.locator('.q-error-summary').waitFor();
    }],
    ['review', '', async (page) => answerAll(page, ...ELIGIBLE)],
    ['result', '', async (page) => {
      await answerAll(page, '未满18周岁', '不清楚父亲的情况', ['失联', '重病'], '不清楚', '不清楚', '已经报案');
      await showResult(page);
    }],
    ['link error', '#v1.broken.link.xx', async (page) => void (await page.locator('[data-link-error]').waitFor())],
  ];

  it.each(screens)('%s', async (_, hash, reach) => {
    const problems: string[] = [];
    for (const width of [360, 1280]) {
      await withQuestionnaire(async ({ page }) => {
        await reach(page);
        problems.push(...(await axeViolations(page)).map((v) => `[${width}px] ${v}`));
      }, hash, width);
    }
    expect(problems).toEqual([]);
  });

  it('at 360 px every option, button and link-button is at least 44 px tall, and hints are at least 16 px', () =>
    withQuestionnaire(async ({ page }) => {
      await button(page, '开始回答').click();
      await answer(page, '未满18周岁');
      const targets = page.locator('.q-option label, #q-root button');
      expect(await targets.count()).toBeGreaterThan(12);
      const small = await targets.evaluateAll((elements) =>
        elements.filter((e) => e.getBoundingClientRect().height < 44).map((e) => e.textContent),
      );
      expect(small).toEqual([]);
      const hintSize = await page.locator('.q-option-hint').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(hintSize).toBeGreaterThanOrEqual(16);
    }, '', 360));
});

// ---- Without JavaScript ------------------------------------------------------------------------------------------
describe('without JavaScript', () => {
  it('the page states the criteria, links to 认定条件, and offers no button that would do nothing', async () => {
    const { page, problems } = await openTab();
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(questionnaireUrl(), { waitUntil: 'load' });
      const article = page.locator('article');
      expect(await article.innerText()).toContain('孩子未满18周岁，并且是下面两种情况之一');
      expect(await article.innerText()).toContain('八种情形：重残、重病');
      const criteria = article.getByRole('link', { name: '认定条件' });
      expect(await criteria.isVisible()).toBe(true);
      expect(await criteria.getAttribute('href')).toBe(`${basePath}tiaojian/`);
      expect(await page.locator('#q-root button').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
