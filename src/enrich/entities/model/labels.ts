/**
 * The tagger's labels: BIO over people, organisations and places. An I- label may only follow the B-
 * or I- label of its own type; decoding enforces that.
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

export type EntityKind = 'PER' | 'ORG' | 'LOC';

export function labelIndex(label: string): number {
  const i = (LABELS as readonly string[]).indexOf(label);
  return i < 0 ? OUTSIDE : i;
}

/** Whether label `next` may follow label `previous`. */
export function allowed(previous: number, next: number): boolean {
  if (next === OUTSIDE || next % 2 === 1) return true;
  return previous === next || previous === next - 1;
}

export function kindOf(label: number): EntityKind | null {
  if (label === OUTSIDE) return null;
  return LABELS[label]!.slice(2) as EntityKind;
}

export function isBegin(label: number): boolean {
  return label % 2 === 1;
}
