/**
 * The join model whose weights `npm run train:cluster` keeps (train/cluster.ts): which weights it
 * learns and which it keeps, read from models/cluster.json (or --keep PATH) and the --fit and --hold
 * options. Apart from the trainer so that the choice is tested without streaming the sets.
 */
import { readFileSync } from 'node:fs';
import { PAIR_FEATURES } from '../src/cluster/pair-features.js';

export interface Kept {
  path: string;
  /** Every weight: the kept model's, 0 where it is to be learned. */
  start: number[];
  /** The indices of the weights learned. */
  free: number[];
  threshold: number;
  /** The record of the fit the kept weights came from, carried over so that a rerun writes the same file. */
  provenance: unknown;
  /** Features once fitted alone whose weights are now kept (--hold, and the file's `trainedOn.held`). */
  held: string[];
}

/**
 * The model whose weights are kept. Learned: the features it fitted alone (`trainedOn.fitted`) but does
 * not hold (`trainedOn.held`, --hold), those it lacks (added since) and those named by --fit; every
 * other weight and the threshold stay. Held: a weight fitted alone once and kept since, so that the
 * next feature is fitted alone too (refitted beside it, a correlated older feature gives up weight).
 */
export function keptModel(path: string, fit: string, hold: string): Kept {
  const model = JSON.parse(readFileSync(path, 'utf8')) as { features?: string[]; weights?: number[]; threshold?: number; trainedOn?: { fitted?: string[]; held?: string[]; kept?: unknown } };
  const features = model.features ?? [];
  const weights = model.weights ?? [];
  if (features.length !== weights.length || typeof model.threshold !== 'number') throw new Error(`${path}: no model to keep (use --full)`);
  const named = fit.split(',').filter((f) => f !== '');
  for (const f of named) if (!(PAIR_FEATURES as readonly string[]).includes(f)) throw new Error(`--fit ${f}: no such feature (${PAIR_FEATURES.join(', ')})`);
  const heldNamed = hold.split(',').filter((f) => f !== '');
  for (const f of heldNamed) if (!features.includes(f)) throw new Error(`--hold ${f}: ${path} has no weight for it`);
  const held = [...new Set([...(model.trainedOn?.held ?? []), ...heldNamed])].filter((f) => !named.includes(f)).sort();
  const refit = new Set([...(model.trainedOn?.fitted ?? []), ...named].filter((f) => !held.includes(f)));
  const start: number[] = [];
  const free: number[] = [];
  PAIR_FEATURES.forEach((f, i) => {
    const at = features.indexOf(f);
    if (at < 0 || refit.has(f)) free.push(i);
    start.push(at < 0 || refit.has(f) ? 0 : weights[at]!);
  });
  // A kept model that was itself a partial fit passes on the record of the full fit its weights came from.
  const provenance = model.trainedOn?.kept ?? model.trainedOn ?? null;
  return { path, start, free, threshold: model.threshold, provenance, held };
}
