/**
 * Reads a ZIP archive from its central directory (stored or deflated entries, no ZIP64) and checks every entry's
 * CRC-32, independently of the writer in scripts/release/zip.ts. Enough to test and unpack the release package.
 */
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipRecord {
  name: string;
  flags: number; // general purpose bits (0x0800: UTF-8 name)
  method: number; // 0 stored, 8 deflated
  time: number; // MS-DOS time field
  day: number; // MS-DOS date field
  data: Buffer; // the uncompressed contents
}

/** Every file in the archive, by its path there. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const record of readZipRecords(zip)) {
    if (files.has(record.name)) throw new Error(`${record.name}: twice in the archive`);
    files.set(record.name, record.data);
  }
  return files;
}

/** Every entry of the central directory, in order, with its contents. */
export function readZipRecords(zip: Buffer): ZipRecord[] {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a ZIP archive: no end of central directory record');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const records: ZipRecord[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i} at ${at}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x0800 ? 'utf8' : 'latin1');
    if (zip.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const body = zip.subarray(dataAt, dataAt + compressed);
    const data = method === 0 ? Buffer.from(body) : method === 8 ? inflateRawSync(body) : undefined;
    if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 mismatch`);
    records.push({ name, flags, method, time: zip.readUInt16LE(at + 12), day: zip.readUInt16LE(at + 14), data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return records;
}
