/** Byte sizes: raw, and gzip at zlib level 9 (what a well-configured server sends). */
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export const ZERO: Size = { raw: 0, gzip: 0 };

/** Raw and gzip (level 9) size of some bytes. */
export function sizeOf(data: Uint8Array | string): Size {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: bytes.length, gzip: bytes.length === 0 ? 0 : gzipSync(bytes, { level: 9 }).length };
}

export function addSizes(...sizes: Size[]): Size {
  return sizes.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), ZERO);
}

/** 12345 → '12.1 KB'; small values in bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
