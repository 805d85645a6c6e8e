/**
 * Draws the chart columns (text.ts) as an SVG string: the checks top to bottom in a wide left column,
 * each 是 leading right to its outcome, each 否 leading down to the next check, the last outcome at the foot.
 * Sized for a projector and for print: a 1200-unit-wide canvas, 28-unit text, black on white, outcomes white on the
 * accent colour. Colours and fonts are attributes, so the same string works inline and as a standalone .svg file.
 */
import type { ChartColumn } from './text';
import { textWidth, wrapItems, wrapText } from '../text-wrap';

export interface SvgOptions {
  idPrefix: string; // makes the ids of <title>, <desc> and the arrow marker unique on the page
  title: string; // <title> and the visible heading inside the drawing
  description: string; // <desc>: the whole chart in words
  standalone?: boolean; // a file of its own: xmlns, width and height
}

const INK = '#1a1a1a';
const ACCENT = '#0b4a8b';
const WASH = '#f2f6fa';
const FONT_FAMILY =
  'system-ui, -apple-system, &quot;PingFang SC&quot;, &quot;Hiragino Sans GB&quot;, &quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;, &quot;Source Han Sans SC&quot;, sans-serif';

const WIDTH = 1200;
const MARGIN = 32;
const FONT = 28;
const TITLE_FONT = 34;
const LINE = 40; // line height
const PAD = 18; // inside a box
const MAIN_WIDTH = 700;
const SIDE_GAP = 150; // between the main column and the outcomes: the 是 arrow
const SIDE_WIDTH = WIDTH - 2 * MARGIN - MAIN_WIDTH - SIDE_GAP;
const DOWN_GAP = 64; // between checks: the 否 arrow
const TITLE_HEIGHT = 80;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  style: 'question' | 'process' | 'outcome';
  bold?: number; // how many first lines are bold (the process box's heading)
}

interface Arrow {
  from: [number, number];
  to: [number, number];
  label: string;
  labelAt: [number, number];
}

export interface ChartLayout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Arrow[];
}

const innerEm = (width: number) => (width - 2 * PAD) / FONT;
const boxHeight = (lines: number) => lines * LINE + 2 * PAD;

/** Positions of every box and arrow. Pure geometry, so it can be tested without drawing. */
export function layoutChart(columns: readonly ChartColumn[]): ChartLayout {
  const boxes: Box[] = [];
  const arrows: Arrow[] = [];
  let y = MARGIN + TITLE_HEIGHT;
  const mainX = MARGIN;
  const sideX = MARGIN + MAIN_WIDTH + SIDE_GAP;
  columns.forEach((column, i) => {
    const last = i === columns.length - 1;
    let box: Box;
    if (column.kind === 'outcome') {
      const width = Math.min(MAIN_WIDTH, Math.max(SIDE_WIDTH, (textWidth(column.text) + 2) * FONT));
      const lines = wrapText(column.text, innerEm(width));
      box = { x: mainX + (MAIN_WIDTH - width) / 2, y, width, height: boxHeight(lines.length), lines, style: 'outcome' };
    } else {
      const heading = wrapText(column.text, innerEm(MAIN_WIDTH));
      const items = column.items ? wrapItems(column.items, '　｜　', innerEm(MAIN_WIDTH)) : [];
      const lines = [...heading, ...items];
      box = {
        x: mainX,
        y,
        width: MAIN_WIDTH,
        height: boxHeight(lines.length),
        lines,
        style: column.kind,
        bold: column.kind === 'process' ? heading.length : undefined,
      };
    }
    boxes.push(box);
    const middle = box.y + box.height / 2;
    if (column.yes) {
      const lines = wrapText(column.yes.text, innerEm(SIDE_WIDTH));
      const height = boxHeight(lines.length);
      boxes.push({ x: sideX, y: middle - height / 2, width: SIDE_WIDTH, height, lines, style: 'outcome' });
      arrows.push({
        from: [box.x + box.width, middle],
        to: [sideX, middle],
        label: column.yes.label,
        labelAt: [box.x + box.width + SIDE_GAP / 2, middle - 12],
      });
    }
    y = box.y + box.height;
    if (!last) {
      const centre = mainX + MAIN_WIDTH / 2;
      arrows.push({
        from: [centre, y],
        to: [centre, y + DOWN_GAP],
        label: column.next ?? '',
        labelAt: [centre + 36, y + DOWN_GAP / 2 + FONT / 2 - 4],
      });
      y += DOWN_GAP;
    }
  });
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { width: WIDTH, height: Math.ceil(bottom + MARGIN), boxes, arrows };
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = {
  question: { fill: '#ffffff', stroke: ACCENT, text: INK, weight: 'normal', dash: '' },
  process: { fill: WASH, stroke: INK, text: INK, weight: 'normal', dash: ' stroke-dasharray="10 6"' },
  outcome: { fill: ACCENT, stroke: ACCENT, text: '#ffffff', weight: 'bold', dash: '' },
} as const;

function drawBox(box: Box): string {
  const style = STYLE[box.style];
  const top = box.y + PAD + LINE / 2;
  const tspans = box.lines
    .map((line, i) => {
      const weight = box.bold !== undefined && i < box.bold ? ' font-weight="bold"' : '';
      return `<tspan x="${box.x + box.width / 2}" y="${top + i * LINE}"${weight}>${escapeXml(line)}</tspan>`;
    })
    .join('');
  return (
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="12" fill="${style.fill}" stroke="${style.stroke}" stroke-width="4"${style.dash}/>` +
    `<text text-anchor="middle" dominant-baseline="central" font-size="${FONT}" font-weight="${style.weight}" fill="${style.text}">${tspans}</text>`
  );
}

function drawArrow(arrow: Arrow, marker: string): string {
  const [x1, y1] = arrow.from;
  const [x2, y2] = arrow.to;
  const line = `<line x1="${x1}" y1="${y1}" x2="${x2 - (x2 > x1 ? 6 : 0)}" y2="${y2 - (y2 > y1 ? 6 : 0)}" stroke="${INK}" stroke-width="4" marker-end="url(#${marker})"/>`;
  if (!arrow.label) return line;
  const [lx, ly] = arrow.labelAt;
  return `${line}<text x="${lx}" y="${ly}" text-anchor="middle" font-size="${FONT}" font-weight="bold" fill="${INK}">${escapeXml(arrow.label)}</text>`;
}

/** The SVG markup: role="img", with <title> and <desc> named by aria-labelledby and aria-describedby. */
export function renderChartSvg(layout: ChartLayout, options: SvgOptions): string {
  const { idPrefix: id, standalone = false } = options;
  const size = standalone ? ` xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}"` : '';
  const marker = `${id}-arrow`;
  return [
    `<svg${size} viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${FONT_FAMILY}">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
    `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="5" markerHeight="5" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${INK}"/></marker></defs>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + TITLE_FONT}" font-size="${TITLE_FONT}" font-weight="bold" fill="${INK}">${escapeXml(options.title)}</text>`,
    ...layout.boxes.map(drawBox),
    ...layout.arrows.map((arrow) => drawArrow(arrow, marker)),
    '</svg>',
  ].join('');
}
