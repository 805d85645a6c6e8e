/**
 * The text of a PDF that Chromium (Skia) prints, page by page, without a PDF library: objects are read from the
 * file, Flate streams inflated, each font's ToUnicode CMap applied to the strings its page (and the forms the page
 * draws) shows. Enough to ask "does this printout say X?"; not a general PDF reader (no object streams, no
 * encryption, no Type3 glyph text). Also counts pages the way the tests do: /Type /Page objects, not /Pages.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string; // the object's text before any stream (latin1)
  stream?: Buffer; // its stream, inflated when Flate-encoded
}

type CMap = { bytes: number; map: Map<number, string> };

/** Number of pages: objects of /Type /Page (the /Pages tree node is not counted). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+)\s+0\s+obj\b/g)) {
    const start = match.index! + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + body.slice(streamAt).indexOf('\n') + 1;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : text.indexOf('endstream', dataStart);
    let data = pdf.subarray(dataStart, dataEnd);
    if (/\/Filter\s*\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  return objects;
}

const hexBytes = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex');
const utf16 = (hex: string) => {
  const bytes = hexBytes(hex);
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
  return out;
};

function parseCMap(source: string, bytes: number): CMap {
  const map = new Map<number, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(from, 16), utf16(to));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const first = parseInt(lo, 16);
      const last = parseInt(hi, 16);
      if (rest.startsWith('[')) {
        [...rest.matchAll(/<([0-9A-Fa-f]+)>/g)].forEach(([, to], i) => map.set(first + i, utf16(to)));
      } else {
        const base = utf16(rest.slice(1, -1));
        for (let code = first; code <= last; code++) {
          map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first));
        }
      }
    }
  }
  return { bytes, map };
}

/** name → object id, from a dictionary entry such as /Font <</F4 4 0 R /F5 5 0 R>>. */
function namedRefs(dict: string, key: string): Map<string, number> {
  const entry = new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(dict);
  const refs = new Map<string, number>();
  for (const [, name, id] of entry?.[1].matchAll(/\/([^\s/<>[\]]+)\s+(\d+)\s+0\s+R/g) ?? []) refs.set(name, Number(id));
  return refs;
}

function decodeLiteral(literal: string): Buffer {
  const inner = literal.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
    /^[0-7]/.test(c) ? String.fromCharCode(parseInt(c, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c,
  );
  return Buffer.from(inner, 'latin1');
}

export function pdfText(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const cmaps = new Map<number, CMap | undefined>();
  const cmapOf = (fontId: number): CMap | undefined => {
    if (!cmaps.has(fontId)) {
      const font = objects.get(fontId)?.dict ?? '';
      const ref = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(font);
      const source = ref ? objects.get(Number(ref[1]))?.stream?.toString('latin1') : undefined;
      cmaps.set(fontId, source ? parseCMap(source, /\/Subtype\s*\/Type0/.test(font) ? 2 : 1) : undefined);
    }
    return cmaps.get(fontId);
  };

  const show = (content: string, resources: string, depth = 0): string => {
    const fonts = namedRefs(resources, 'Font');
    const forms = namedRefs(resources, 'XObject');
    let font: CMap | undefined;
    let out = '';
    let actual: string | undefined; // /ActualText of the marked-content span being read: it replaces the glyphs
    const token =
      /\/ActualText\s*<([0-9A-Fa-f\s]*)>|\bEMC\b|\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|\/([^\s/<>[\]()]+)\s+Do\b|<([0-9A-Fa-f\s]*)>|\((?:\\[\s\S]|[^\\)])*\)|\b(ET|T\*|Td|TD)\b/g;
    for (const match of content.matchAll(token)) {
      const [whole, actualHex, fontName, formName, hex, lineEnd] = match;
      if (actualHex !== undefined) actual = utf16(actualHex).replace(/^\uFEFF/, '');
      else if (whole === 'EMC') {
        out += actual ?? '';
        actual = undefined;
      } else if (actual !== undefined) continue;
      else if (fontName) font = cmapOf(fonts.get(fontName) ?? -1);
      else if (formName && depth < 8) {
        const form = objects.get(forms.get(formName) ?? -1);
        if (form?.stream) out += show(form.stream.toString('latin1'), /\/Resources/.test(form.dict) ? form.dict : resources, depth + 1);
      } else if (lineEnd) out += '\n';
      else if (font) {
        const bytes = hex !== undefined ? hexBytes(hex) : decodeLiteral(whole);
        for (let i = 0; i + font.bytes <= bytes.length; i += font.bytes) {
          const code = font.bytes === 2 ? bytes.readUInt16BE(i) : bytes[i];
          out += font.map.get(code) ?? '';
        }
      }
    }
    return out;
  };

  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o.dict));
  return pages.map((pageObject) => {
    const contents = /\/Contents\s+(\[[^\]]*\]|\d+\s+0\s+R)/.exec(pageObject.dict)?.[1] ?? '';
    const ids = [...contents.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
    // NFKC: some glyphs map to look-alike code points (Kangxi radicals such as ⼉ for 儿).
    return ids.map((id) => show(objects.get(id)?.stream?.toString('latin1') ?? '', pageObject.dict)).join('\n').normalize('NFKC');
  });
}

/** Text made comparable with pdfText's output: NFKC (as pdfText applies) and no whitespace. */
export const comparable = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
