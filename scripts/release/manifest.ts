/** manifest.json of a release: every file in the zip (but the manifest itself) with its size and SHA-256. */
import { createHash } from 'node:crypto';
import type { ZipEntry } from './zip.ts';

export interface ManifestFile {
  path: string; // as in the zip, e.g. site/index.html
  bytes: number;
  sha256: string; // hex
}

export interface Manifest {
  name: string; // the site's name
  created: string; // ISO date and time of packaging
  commit: string; // the git commit packaged, or 'unknown'
  base: string; // the sub-path the site was built for
  url: string; // the site's address
  portalOrigin: string; // the origin allowed to frame the embed page
  pending: { markers: number; questions: number; pages: number }; // statements awaiting the district's confirmation on the built pages
  files: ManifestFile[];
}

export const sha256Hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function manifestFiles(entries: ZipEntry[]): ManifestFile[] {
  return entries.map(({ name, data }) => ({ path: name, bytes: data.length, sha256: sha256Hex(data) }));
}

/** The same list in the format of `sha256sum -c` (SHA256SUMS), for checking an unpacked copy on a server. */
export function sha256sums(files: ManifestFile[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}
