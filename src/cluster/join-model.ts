/**
 * The join model: logistic regression over the pair features (pair-features.ts), its weights learned
 * by `npm run train:cluster` on the development streams and shipped in models/cluster.json. An article
 * joins the event it most probably belongs to when that probability reaches the model's threshold.
 */
import { readFileSync } from 'node:fs';
import { PAIR_FEATURES, ruledOut } from './pair-features.js';

export interface JoinModel {
  features: string[];
  weights: number[];
  /** The probability from which an article joins an event (chosen on the training articles). */
  threshold: number;
  /** How it was trained and what it scored, for people reading the file. */
  trainedOn?: unknown;
}

let shipped: JoinModel | null = null;

export function shippedJoinModel(): JoinModel {
  shipped ??= parseJoinModel(readFileSync(new URL('../../../models/cluster.json', import.meta.url), 'utf8'), 'models/cluster.json');
  return shipped;
}

export function parseJoinModel(text: string, name: string): JoinModel {
  const model = JSON.parse(text) as Partial<JoinModel>;
  const expected = PAIR_FEATURES.join(',');
  if (!Array.isArray(model.features) || model.features.join(',') !== expected) {
    throw new Error(`${name}: the model's features (${String(model.features)}) are not this version's (${expected}); run npm run train:cluster`);
  }
  if (!Array.isArray(model.weights) || model.weights.length !== PAIR_FEATURES.length || model.weights.some((w) => !Number.isFinite(w))) {
    throw new Error(`${name}: expected ${PAIR_FEATURES.length} finite weights`);
  }
  if (typeof model.threshold !== 'number' || !(model.threshold > 0 && model.threshold < 1)) throw new Error(`${name}: threshold must be between 0 and 1`);
  return model as JoinModel;
}

/** The probability that the pair is one event; 0 for a pair the rules rule out (pair-features.ts). */
export function joinProbability(model: JoinModel, x: readonly number[]): number {
  if (ruledOut(x)) return 0;
  let z = 0;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * x[i]!;
  return 1 / (1 + Math.exp(-z));
}
