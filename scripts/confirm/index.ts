/**
 * npm run confirm:sheet: the confirmation sheet for the bureau, from the site as built.
 * Builds the site into a temporary folder (tools/site/build.ts; or reads --dist <dir>, built under --base, default /),
 * then writes
 *   release/待确认事项征求意见表-<date>.docx   to send to the bureau
 *   release/待确认事项征求意见表-<date>.html   the same, to read on screen or print on A4
 * Options: --out <dir> (default release/), --dist <dir>, --base <path>, --date YYYY-MM-DD (default today).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../../tools/site/build.ts';
import { sheetModel } from './model.ts';
import { writeSheet } from './write.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'release' }, dist: { type: 'string' }, base: { type: 'string', default: '/' }, date: { type: 'string' } },
  });
  const date = values.date ? new Date(`${values.date}T12:00:00`) : new Date();
  if (Number.isNaN(date.getTime())) throw new Error(`--date 应写作 2026-03-01，而不是 “${values.date}”`);
  let distDir = values.dist ? resolve(values.dist) : '';
  let scratch = '';
  if (!distDir) {
    scratch = mkdtempSync(join(tmpdir(), 'xs-confirm-sheet-'));
    distDir = join(scratch, 'site');
    console.log('正在构建网站，读取页面上的待确认内容……');
    await buildSite({ outDir: distDir, root: repoRoot, quiet: true });
  }
  try {
    const sheet = sheetModel({ root: repoRoot, distDir, base: values.base, date });
    if (sheet.rows.length === 0) console.log('没有待确认的问题：网站上已没有“待确认”标注。仍生成一份空表，供存档。');
    const files = await writeSheet(sheet, resolve(values.out!));
    for (const file of [files.docx, files.html]) console.log(`已生成：${relative(process.cwd(), file)}（${Math.round(statSync(file).size / 1024)} KB）`);
    console.log(`共 ${sheet.rows.length} 个问题，${sheet.open.markers} 处标注，涉及 ${sheet.open.pages.length} 个页面。`);
    for (const marker of sheet.open.unnamed) console.warn(`注意：${marker.title}（${marker.url}）的标注没有写明问题：${marker.note}`);
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  main().then(
    () => process.exit(0), // Astro and Pagefind may leave handles open; the sheet is written
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
