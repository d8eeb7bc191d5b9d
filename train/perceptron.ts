/**
 * Averaged structured perceptron training for the entity tagger (Collins 2002): each sentence is
 * decoded with the current weights, and the features of the gold sequence gain what those of the
 * predicted one lose where the two differ. Averaging uses
 * the usual trick: keep the running weights and a sum of (step x update); the average is
 * weights - sum / steps.
 */
import { LABEL_FEATURES, labelFeatures, type SentenceFeatures } from '../src/enrich/entities/model/features.js';
import { LABEL_COUNT, OUTSIDE } from '../src/enrich/entities/model/labels.js';
import { NerModel } from '../src/enrich/entities/model/tagger.js';

export class PerceptronTrainer {
  readonly model: NerModel;
  private readonly sums: Float64Array;
  private steps = 1;
  private readonly scratch = new Uint32Array(LABEL_FEATURES);

  constructor(bits: number, common: ReadonlySet<number>) {
    this.model = new NerModel(bits, new Float32Array((1 << bits) * LABEL_COUNT), common);
    this.sums = new Float64Array(this.model.weights.length);
  }

  /** One sentence: decode it, and where the best sequence differs from the gold one, update. Returns the tokens right. */
  train(s: SentenceFeatures, gold: readonly number[]): number {
    const predicted = this.model.decode(s, gold.length);
    let right = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      const gPrev = i > 0 ? gold[i - 1]! : OUTSIDE;
      const pPrev = i > 0 ? predicted[i - 1]! : OUTSIDE;
      if (g === p) right++;
      if (g !== p) {
        this.updateStatic(s, i, g, 1);
        this.updateStatic(s, i, p, -1);
      }
      if (g !== p || gPrev !== pPrev) {
        this.updateLabel(s, i, gPrev, g, 1);
        this.updateLabel(s, i, pPrev, p, -1);
      }
      this.steps++;
    }
    return right;
  }

  private bump(hash: number, label: number, delta: number): void {
    const k = (hash & this.model.mask) * LABEL_COUNT + label;
    this.model.weights[k]! += delta;
    this.sums[k]! += this.steps * delta;
  }

  private updateStatic(s: SentenceFeatures, i: number, label: number, delta: number): void {
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) this.bump(s.hashes[k]!, label, delta);
  }

  private updateLabel(s: SentenceFeatures, i: number, previous: number, label: number, delta: number): void {
    labelFeatures(s, i, previous, this.scratch);
    for (const hash of this.scratch) this.bump(hash, label, delta);
  }

  /** The averaged weights, as a model to tag with and save. */
  averaged(): NerModel {
    const weights = new Float32Array(this.model.weights.length);
    for (let k = 0; k < weights.length; k++) weights[k] = this.model.weights[k]! - this.sums[k]! / this.steps;
    return new NerModel(this.model.bits, weights, this.model.common);
  }
}
