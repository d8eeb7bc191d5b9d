/**
 * The results table every benchmark prints: our figure beside a named peer's from the same run, and
 * the ratio, in Markdown so it can go into docs/benchmarks.md as it is.
 */
export interface BenchRow {
  set: string;
  measure: string;
  ours: string;
  peer: string;
  ratio: string;
}

export const f3 = (x: number): string => x.toFixed(3);

/** A row of two figures; the ratio is ours over the peer's when both are numbers and it means something. */
export function row(set: string, measure: string, ours: number, peer: number | null, format: (x: number) => string = f3, ratio = true): BenchRow {
  return {
    set,
    measure,
    ours: Number.isFinite(ours) ? format(ours) : 'n/a',
    peer: peer === null ? '' : Number.isFinite(peer) ? format(peer) : 'n/a',
    ratio: ratio && peer !== null && peer > 0 && Number.isFinite(ours) ? `${(ours / peer).toFixed(2)}×` : '',
  };
}

export function formatTable(title: string, ourName: string, peerName: string, rows: readonly BenchRow[]): string {
  const lines = [title, '', `| set | measure | ${ourName} | ${peerName} | ratio |`, '|---|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.set} | ${r.measure} | ${r.ours} | ${r.peer} | ${r.ratio} |`);
  return lines.join('\n');
}
