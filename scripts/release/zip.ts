/** The release archive, written by fflate: every entry deflated at level 9 and stamped with the release time. */
import { zipSync, type Zippable, type ZipOptions } from 'fflate';

export interface ZipEntry {
  name: string; // path inside the archive, '/'-separated, e.g. site/index.html
  data: Buffer;
}

export function createZip(entries: ZipEntry[], date: Date): Buffer {
  const files: Zippable = Object.fromEntries(entries.map(({ name, data }): [string, [Uint8Array, ZipOptions]] => [name, [new Uint8Array(data), { level: 9, mtime: date }]]));
  return Buffer.from(zipSync(files));
}
