/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

/** Display width: CJK and other wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const char of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1;
  return w;
}

/** Renders rows (the first is the header) with a rule under the header. Cells that look numeric align right. */
export function renderTable(rows: string[][]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((row) => width(row[c] ?? ''))));
  const numeric = (cell: string) => /^[-+]?[\d.,]+( ?(B|KB|MB|ms|s|%))?$|^[-+]?[\d.]+ \/ [\d.]+$/.test(cell.trim());
  const line = (row: string[]) =>
    row
      .map((cell = '', c) => {
        const pad = ' '.repeat(widths[c] - width(cell));
        return numeric(cell) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Bytes as KB with one decimal, for table cells: 5291 → '5.2'. */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

/** Milliseconds as seconds with two decimals: 2678 → '2.68 s'. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
