/** The release zip writer, read back by an independent reader: names (UTF-8), contents, stored and deflated entries. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createZip } from '../../../scripts/release/zip';
import { readZip, readZipRecords } from '../../support/zip';

describe('createZip', () => {
  const entries = [
    { name: 'site/index.html', data: Buffer.from('<!doctype html><p>你好</p>'.repeat(50)) },
    { name: '发布说明.txt', data: Buffer.from('\ufeff上传到 zt/etbz/\r\n', 'utf8') },
    { name: 'site/pagefind/wasm.zh.pagefind', data: randomBytes(4096) }, // incompressible: stored
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];
  const zip = createZip(entries, new Date(2026, 10, 29, 8, 30, 14));

  it('writes an archive whose every entry reads back unchanged, with its CRC-32 checked', () => {
    const files = readZip(zip);
    expect([...files.keys()]).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(files.get(entry.name)!.equals(entry.data), entry.name).toBe(true);
  });

  it('deflates text, stores what deflate cannot shrink, flags UTF-8 names and stamps the date', () => {
    const records = readZipRecords(zip);
    const methodOf = (name: string) => records.find((record) => record.name === name)!;
    const html = methodOf('site/index.html');
    expect(html.method).toBe(8);
    expect(html.flags & 0x0800).toBe(0x0800);
    expect(html.day).toBe(((2026 - 1980) << 9) | (11 << 5) | 29);
    expect(html.time).toBe((8 << 11) | (30 << 5) | 7);
    expect(methodOf('site/pagefind/wasm.zh.pagefind').method).toBe(0);
    expect(zip.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0) + 1024);
  });

  it('a damaged archive fails the CRC check instead of reading back wrong data', () => {
    const damaged = Buffer.from(createZip([{ name: 'a.txt', data: Buffer.from('abcdefgh') }], new Date()));
    damaged[30 + 'a.txt'.length] ^= 0xff; // first byte of the stored data
    expect(() => readZip(damaged)).toThrow(/CRC-32/);
  });
});
