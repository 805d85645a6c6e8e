/** The release archive, written by fflate: every entry deflated at level 9 and stamped with the release time. */
import { zipSync } from 'fflate';

export interface ZipEntry {
  name: string; // path inside the archive, '/'-separated, e.g. site/index.html
  data: Buffer;
}

export function createZip(entries: ZipEntry[], date: Date): Buffer {
  const files = Object.fromEntries(entries.map(({ name, data }) => [name, [new Uint8Array(data), { level: 9, mtime: date }] as const]));
  return Buffer.from(zipSync(files));
}
