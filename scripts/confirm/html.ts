/**
 * The confirmation sheet as one self-contained HTML page (styles inside, nothing loaded): the same content as the
 * Word document, for reading on screen and printing on A4 landscape. It is a working paper for the bureau, so it is
 * written to release/ beside the Word file rather than published on the site.
 */
import type { Place } from '../../src/lib/confirmation/topics.ts';
import { shownOn, type Sheet } from './model.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
  @page { size: A4 landscape; margin: 14mm 14mm 16mm; }
  html { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #111; background: #fff; }
  body { margin: 0 auto; padding: 1.5rem; max-width: 80rem; font-size: 15px; line-height: 1.6; }
  h1 { font-size: 1.6rem; text-align: center; margin: 0 0 .25rem; }
  .meta { text-align: center; margin: 0 0 1rem; }
  h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
  h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
  p { margin: 0 0 .5rem; }
  .note { color: #333; font-size: .9em; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0 0 1rem; }
  caption { text-align: left; font-weight: 700; padding: 0 0 .25rem; }
  th, td { border: 1px solid #444; padding: .3rem .4rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
  thead th { background: #e8e8e8; }
  ul, ol { margin: 0; padding-left: 1.2em; }
  li { margin: 0 0 .2rem; }
  .questions { font-size: 13px; }
  .questions col.n { width: 3.5%; } .questions col.t { width: 10%; } .questions col.q { width: 17%; }
  .questions col.p { width: 16%; } .questions col.w { width: 20%; } .questions col.i { width: 15%; } .questions col.a { width: 18.5%; }
  .fill td { height: 2.2rem; }
  .closing { display: flex; gap: 2rem; align-items: stretch; margin-top: 1rem; break-inside: avoid; }
  .closing dl { flex: 1; margin: 0; }
  .closing dt { font-weight: 700; margin-top: .75rem; }
  .closing dd { margin: 0; border-bottom: 1px solid #111; height: 2rem; }
  .seal { flex: 0 0 14rem; border: 2px dashed #555; display: flex; align-items: center; justify-content: center; min-height: 10rem; }
  @media print {
    body { padding: 0; max-width: none; font-size: 10.5pt; }
    .questions { font-size: 8.5pt; }
    thead { display: table-header-group; }
    .fill tr, .closing-block { break-inside: avoid; }
    .supply { break-before: page; }
  }
`;

const place = (p: Place) => `${escape(p.title)} <span class="url">${escape(p.url)}</span>`;

function questionRows(sheet: Sheet): string {
  return sheet.rows
    .map((row) => {
      const { topic, places, wordings } = row;
      const where = `<ul>${places.map((p) => `<li>${place(p)}</li>`).join('')}</ul>`;
      const said = wordings.map((w) => `<li>${escape(w.text)}${escape(shownOn(w, row))}</li>`).join('');
      return `<tr data-topic="${escape(topic.id)}"><td>${topic.number}</td><th scope="row">${escape(topic.title)}</th><td>${escape(topic.question)}</td><td>${where}</td><td><ol>${said}</ol></td><td>${escape(topic.interim)}</td><td></td></tr>`;
    })
    .join('\n');
}

function fillTable(caption: string, columns: string[], rows: string[][]): string {
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((value) => `<td>${escape(value)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="fill"><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function sheetHtml(sheet: Sheet): string {
  const { text } = sheet;
  const c = text.columns;
  const { supply, closing } = text;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(text.title)}（${escape(sheet.dateText)}）</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(text.title)}</h1>
<p class="meta">${escape(sheet.siteName)}　<time datetime="${sheet.date}">${escape(sheet.dateText)}</time></p>
${sheet.intro.map((p) => `<p>${escape(p)}</p>`).join('\n')}
${text.howToReturn.map((p) => `<p>${escape(p)}</p>`).join('\n')}
<p class="note">${escape(text.wordingNote)}</p>
<table class="questions">
<caption>${escape(text.title)}（共 ${sheet.rows.length} 项）</caption>
<colgroup><col class="n"><col class="t"><col class="q"><col class="p"><col class="w"><col class="i"><col class="a"></colgroup>
<thead><tr>${[c.number, c.topic, c.question, c.places, c.wording, c.interim, c.answer].map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>
<tbody>
${questionRows(sheet)}
</tbody>
</table>
<section class="supply" aria-labelledby="supply-heading">
<h2 id="supply-heading">${escape(supply.heading)}</h2>
<p>${escape(supply.intro)}</p>
<h3>${escape(supply.offices.heading)}</h3>
<p>${escape(supply.offices.intro)}</p>
${fillTable(supply.offices.heading, Object.values(supply.offices.columns), sheet.offices)}
<h3>${escape(supply.contacts.heading)}</h3>
<p>${escape(supply.contacts.intro)}</p>
${fillTable(supply.contacts.heading, Object.values(supply.contacts.columns), sheet.contacts.map((x) => [x.label, x.note, '']))}
<h3>${escape(supply.illnesses.heading)}</h3>
<p>${escape(supply.illnesses.intro)}</p>
<p>${escape(supply.illnesses.sourceLabel)}：${escape(sheet.illnesses.source) || '＿'.repeat(30)}</p>
${fillTable(supply.illnesses.heading, Object.values(supply.illnesses.columns), sheet.illnesses.rows.map((x) => [x]))}
</section>
<section class="closing-block" aria-labelledby="closing-heading">
<h2 id="closing-heading">${escape(closing.heading)}</h2>
<div class="closing">
<dl><dt>${escape(closing.handler)}</dt><dd></dd><dt>${escape(closing.reviewer)}</dt><dd></dd><dt>${escape(closing.date)}</dt><dd></dd></dl>
<p class="seal">${escape(closing.seal)}</p>
</div>
</section>
</main>
</body>
</html>
`;
}
