/**
 * The printable confirmation sheet (release/待确认事项征求意见表-<date>.html) in Chromium: it passes axe (WCAG 2.1 AA),
 * loads nothing from anywhere, prints on A4 landscape pages without anything cut off at the side, and every open
 * question is laid out in full within the printed width.
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../../tools/site/browser';
import { axeViolations } from '../../tools/site/guarded-page';
import { openTopicIds, readTopics, writeSheetFor, type WrittenSheet } from '../support/confirmation-sheet';
import { repoRoot } from '../support/content';
import { basePath, distDir } from '../support/dist';
import { comparable, pdfPageCount, pdfText } from '../support/pdf-text';

const A4_LANDSCAPE_PT = [842, 595]; // 297 × 210 mm

let browser: Browser;
let written: WrittenSheet;

beforeAll(async () => {
  written = await writeSheetFor(repoRoot, distDir, basePath);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (written) rmSync(written.dir, { recursive: true, force: true });
});

describe('the printable confirmation sheet', () => {
  it('passes axe and loads nothing but itself', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(written.html).href;
    await page.goto(url);
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.filter((request) => request !== url)).toEqual([]);
    await page.close();
  });

  it('prints on A4 landscape, nothing wider than the page, with every open question', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(written.html).href);
    await page.emulateMedia({ media: 'print' });
    // Printable width of A4 landscape at 96 px per inch: 297 mm less the 14 mm margins.
    await page.setViewportSize({ width: Math.floor(((297 - 28) / 25.4) * 96), height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual(A4_LANDSCAPE_PT);
    expect(pdfPageCount(pdf)).toBeGreaterThan(0);
    expect(comparable(pdfText(pdf).join(''))).toContain(comparable(written.sheet.text.title));
    // Every open question is laid out in full inside the printable width (the PDF's own text layer drops glyphs
    // that its fonts map poorly, so the questions are checked in the laid-out page).
    const rows = await page.$$eval('table.questions tbody tr', (trs) =>
      trs.map((tr) => ({ topic: tr.getAttribute('data-topic'), text: tr.textContent ?? '', right: tr.getBoundingClientRect().right })),
    );
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const open = openTopicIds(repoRoot);
    const expected = readTopics(repoRoot).filter((t) => open.has(t.id)).sort((a, b) => a.number - b.number);
    expect(rows.map((row) => row.topic)).toEqual(expected.map((t) => t.id));
    for (const [i, topic] of expected.entries()) {
      expect(rows[i].text, `question ${topic.number}`).toContain(topic.question);
      expect(rows[i].right, `row of question ${topic.number}`).toBeLessThanOrEqual(width);
    }
    await page.close();
  });
});
