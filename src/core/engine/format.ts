// printf-style helpers shared by the commands' output formats.

/** printf("%-Ns"): pads on the right, never truncates. */
export function padRight(s: string | number, width: number): string {
  const t = String(s);
  return t.length >= width ? t : t + ' '.repeat(width - t.length);
}

/** printf("%Ns"): pads on the left. */
export function padLeft(s: string | number, width: number): string {
  const t = String(s);
  return t.length >= width ? t : ' '.repeat(width - t.length) + t;
}

/** Joins columns with printf widths; the last column is not padded. */
export function columns(values: (string | number)[], widths: number[]): string {
  return values.map((v, i) => (i < widths.length ? padRight(v, widths[i]) : String(v))).join('');
}

export function lines(rows: string[]): string {
  return rows.length ? rows.join('\n') + '\n' : '';
}
