/**
 * Reads a .docx back for the tests: unzipped with fflate, word/document.xml parsed with @xmldom/xmldom. Gives the
 * document's paragraphs, its tables as rows of cell texts, and the page size of its section.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxContent {
  paragraphs: string[]; // every paragraph of the body (also those in table cells), in order
  tables: string[][][]; // each table: rows of cells, each cell's paragraphs joined by '\n'
  pageSize: { width: number; height: number; orientation: string }; // twips
  files: string[]; // the zip's entries
}

const elements = (parent: Element, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(W, name));
/** Direct children of an element with a name (tables nest in cells, rows must not be counted twice). */
const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === name);

const paragraphText = (p: Element) => elements(p, 't').map((t) => t.textContent ?? '').join('');

export function readDocx(path: string): DocxContent {
  const zip = unzipSync(readFileSync(path));
  const xml = zip['word/document.xml'];
  if (!xml) throw new Error(`${path}: no word/document.xml in the zip`);
  const document = new DOMParser().parseFromString(strFromU8(xml), 'text/xml');
  const body = elements(document.documentElement as unknown as Element, 'body')[0];
  const size = elements(body, 'pgSz')[0];
  return {
    files: Object.keys(zip),
    paragraphs: elements(body, 'p').map(paragraphText),
    tables: elements(body, 'tbl').map((table) =>
      children(table, 'tr').map((row) => children(row, 'tc').map((cell) => elements(cell, 'p').map(paragraphText).join('\n'))),
    ),
    pageSize: {
      width: Number(size.getAttributeNS(W, 'w')),
      height: Number(size.getAttributeNS(W, 'h')),
      orientation: size.getAttributeNS(W, 'orient') ?? 'portrait',
    },
  };
}

/** How often `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return needle ? haystack.split(needle).length - 1 : 0;
}
