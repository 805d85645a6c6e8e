/** Writes the confirmation sheet as release/<title>-<date>.docx and .html. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetDocx } from './docx.ts';
import { sheetHtml } from './html.ts';
import { sheetFileName, type Sheet } from './model.ts';

/** Writes both files; returns their paths. */
export async function writeSheet(sheet: Sheet, outDir: string): Promise<{ docx: string; html: string }> {
  mkdirSync(outDir, { recursive: true });
  const docx = join(outDir, sheetFileName(sheet, 'docx'));
  const html = join(outDir, sheetFileName(sheet, 'html'));
  writeFileSync(docx, await sheetDocx(sheet));
  writeFileSync(html, sheetHtml(sheet));
  return { docx, html };
}
