/**
 * The confirmation sheet as a Word document (library `docx`): A4 landscape, the title, the site's name and the date,
 * the explanation, one table row per open question with an empty answer column, the fill-in tables and the closing
 * block for the answering office. Fonts are those of a Chinese Office install (宋体, 黑体).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Place } from '../../src/lib/confirmation/topics.ts';
import { shownOn, type Sheet } from './model.ts';

const BODY = 21; // half-points: 10.5 pt (五号)
const SMALL = 18; // 9 pt (小五) in the tables
const A4 = { width: 11906, height: 16838 }; // twips, portrait; the section turns it
const MARGIN = 1020; // 18 mm
const TEXT_WIDTH = A4.height - 2 * MARGIN;

/** A run of text; black, since Word's heading styles would colour headings blue. */
const run = (text: string, options: { bold?: boolean; size?: number; font?: string } = {}) =>
  new TextRun({ text, bold: options.bold, size: options.size, color: '000000', font: options.font ? { eastAsia: options.font } : undefined });

const para = (text: string, options: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}) =>
  new Paragraph({ alignment: options.align, spacing: { after: options.after ?? 0 }, children: [run(text, options)] });

/** A cell of paragraphs, width in twips. */
function cell(paragraphs: Paragraph[], width: number, shaded = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    shading: shaded ? { fill: 'EDEDED' } : undefined,
    verticalAlign: VerticalAlignTable.TOP,
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')],
  });
}

const small = (text: string, bold = false) => para(text, { size: SMALL, bold });

function table(widths: number[], header: string[], rows: Paragraph[][][], minHeight = 0): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((label, i) => cell([small(label, true)], widths[i], true)) }),
      ...rows.map(
        (cells) =>
          new TableRow({
            cantSplit: minHeight > 0,
            height: minHeight > 0 ? { value: minHeight, rule: 'atLeast' } : undefined,
            children: cells.map((paragraphs, i) => cell(paragraphs, widths[i])),
          }),
      ),
    ],
  });
}

const placeText = (place: Place) => `${place.title}　${place.url}`;

function questionTable(sheet: Sheet): Table {
  const c = sheet.text.columns;
  // 序号, 事项, 问题, 出现位置, 现在的写法, 确认前的做法, 答复意见
  const widths = [560, 1500, 2500, 2500, 3000, 2100, 2638];
  const rows = sheet.rows.map((row) => [
    [small(String(row.topic.number))],
    [small(row.topic.title, true)],
    [small(row.topic.question)],
    row.places.map((place) => small(placeText(place))),
    row.wordings.map((wording, i) => small(`${i + 1}. ${wording.text}${shownOn(wording, row)}`)),
    [small(row.topic.interim)],
    [],
  ]);
  return table(widths, [c.number, c.topic, c.question, c.places, c.wording, c.interim, c.answer], rows);
}

function fillInTables(sheet: Sheet): (Paragraph | Table)[] {
  const { supply } = sheet.text;
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_3, spacing: { before: 240, after: 80 }, children: [run(text, { bold: true, size: 24, font: '黑体' })] });
  const officeColumns = Object.values(supply.offices.columns);
  const officeWidths = [2600, 4800, 2400, 2400, 2598];
  const contactWidths = [4000, 6798, 4000];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, spacing: { after: 120 }, children: [run(supply.heading, { bold: true, size: 28, font: '黑体' })] }),
    para(supply.intro, { size: BODY, after: 120 }),
    heading(supply.offices.heading),
    para(supply.offices.intro, { size: BODY, after: 80 }),
    table(officeWidths, officeColumns, sheet.offices.map((row) => row.map((value) => (value ? [small(value)] : []))), 480),
    heading(supply.contacts.heading),
    para(supply.contacts.intro, { size: BODY, after: 80 }),
    table(contactWidths, Object.values(supply.contacts.columns), sheet.contacts.map((contact) => [[small(contact.label)], [small(contact.note)], []]), 480),
    heading(supply.illnesses.heading),
    para(supply.illnesses.intro, { size: BODY, after: 80 }),
    para(`${supply.illnesses.sourceLabel}：${sheet.illnesses.source || '＿'.repeat(30)}`, { size: BODY, after: 80 }),
    table([TEXT_WIDTH], Object.values(supply.illnesses.columns), sheet.illnesses.rows.map((illness) => [illness ? [small(illness)] : []]), 420),
  ];
}

function closingBlock(sheet: Sheet): (Paragraph | Table)[] {
  const { closing } = sheet.text;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const line = (label: string) => para(`${label}：${'＿'.repeat(14)}`, { size: 24, after: 360 });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 360, after: 200 }, keepNext: true, children: [run(closing.heading, { bold: true, size: 28, font: '黑体' })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [8000, TEXT_WIDTH - 8000],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: 8000, type: WidthType.DXA }, children: [line(closing.handler), line(closing.reviewer), para(`${closing.date}：${'＿'.repeat(5)}年${'＿'.repeat(3)}月${'＿'.repeat(3)}日`, { size: 24, after: 360 })] }),
            new TableCell({
              width: { size: TEXT_WIDTH - 8000, type: WidthType.DXA },
              borders: { top: { style: BorderStyle.DASHED, size: 6, color: '555555' }, bottom: { style: BorderStyle.DASHED, size: 6, color: '555555' }, left: { style: BorderStyle.DASHED, size: 6, color: '555555' }, right: { style: BorderStyle.DASHED, size: 6, color: '555555' } },
              verticalAlign: VerticalAlignTable.CENTER,
              children: [para(closing.seal, { size: 24, align: AlignmentType.CENTER })],
            }),
          ],
          height: { value: 2600, rule: 'atLeast' },
        }),
      ],
    }),
  ];
}

export async function sheetDocx(sheet: Sheet): Promise<Buffer> {
  const document = new Document({
    title: sheet.text.title,
    subject: sheet.siteName,
    creator: sheet.siteName,
    styles: {
      default: {
        document: { run: { size: BODY, font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' }, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: SMALL, children: [`${sheet.text.title}　第 `, PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(sheet.text.title, { bold: true, size: 36, font: '黑体' })] }),
          para(`${sheet.siteName}　${sheet.dateText}`, { align: AlignmentType.CENTER, size: BODY, after: 240 }),
          ...sheet.intro.map((text) => para(text, { size: BODY, after: 80 })),
          ...sheet.text.howToReturn.map((text) => para(text, { size: BODY, after: 80 })),
          para(sheet.text.wordingNote, { size: SMALL, after: 160 }),
          questionTable(sheet),
          ...fillInTables(sheet),
          ...closingBlock(sheet),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
