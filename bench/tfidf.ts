/**
 * TF-IDF vectors and their all-pairs cosine similarity, for the batch baseline. Terms come from the
 * pipeline's own term extraction (`termsOf`: lower-cased letter words of three letters or more, the
 * entity lexicon's function words plus clustering's extra stopwords, weekdays and months dropped, a
 * light plural/inflection stemmer), so the baseline and our clusterer read the same words. Weights:
 * sublinear term frequency (1 + ln tf) times smoothed idf (ln((1 + N) / (1 + df)) + 1), L2-normalised.
 */
import { termsOf } from '../src/cluster/features.js';

export interface SparseVector {
  terms: Int32Array;
  weights: Float32Array;
}

export function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const vocabulary = new Map<string, number>();
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    termsOf(text, 1, tf);
    return tf;
  });
  const df: number[] = [];
  for (const tf of counts) {
    for (const term of tf.keys()) {
      let index = vocabulary.get(term);
      if (index === undefined) {
        index = vocabulary.size;
        vocabulary.set(term, index);
        df.push(0);
      }
      df[index]!++;
    }
  }
  const n = texts.length;
  return counts.map((tf) => {
    const terms = new Int32Array(tf.size);
    const weights = new Float32Array(tf.size);
    let norm = 0;
    let k = 0;
    for (const [term, count] of tf) {
      const index = vocabulary.get(term)!;
      const w = (1 + Math.log(count)) * (Math.log((1 + n) / (1 + df[index]!)) + 1);
      terms[k] = index;
      weights[k] = w;
      norm += w * w;
      k++;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { terms, weights };
  });
}

/**
 * The n x n cosine matrix (row-major, symmetric, diagonal 0) through an inverted index: only pairs that
 * share a term are ever touched. `keep(i, j)` false sets a pair to 0 (the baseline's date gate).
 */
export function cosineMatrix(vectors: readonly SparseVector[], keep: (i: number, j: number) => boolean = () => true): Float32Array {
  const n = vectors.length;
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.terms.length; k++) {
      const list = postings.get(v.terms[k]!) ?? { docs: [], weights: [] };
      list.docs.push(doc);
      list.weights.push(v.weights[k]!);
      postings.set(v.terms[k]!, list);
    }
  });
  const matrix = new Float32Array(n * n);
  const row = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    row.fill(0, i + 1);
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) {
      const { docs, weights } = postings.get(v.terms[k]!)!;
      const w = v.weights[k]!;
      // Postings are in document order: the pairs with later documents are the tail.
      for (let p = docs.length - 1; p >= 0 && docs[p]! > i; p--) row[docs[p]!]! += w * weights[p]!;
    }
    for (let j = i + 1; j < n; j++) {
      const s = row[j]! > 0 && keep(i, j) ? row[j]! : 0;
      matrix[i * n + j] = s;
      matrix[j * n + i] = s;
    }
  }
  return matrix;
}
