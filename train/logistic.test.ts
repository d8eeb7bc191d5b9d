import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Example, fitLogistic, sigmoid, dot } from './logistic.js';

describe('fitLogistic', () => {
  it('should learn a boundary that separates two noisy classes', () => {
    // y = 1 when the feature exceeds 0.5, with one mislabelled point on each side.
    const examples: Example[] = [];
    for (let i = 0; i <= 100; i++) examples.push({ x: [1, i / 100], y: i / 100 > 0.5 ? 1 : 0 });
    examples.push({ x: [1, 0.2], y: 1 }, { x: [1, 0.8], y: 0 });
    const w = fitLogistic(examples, { l2: 0.01 });
    assert.ok(sigmoid(dot(w, [1, 0.9])) > 0.9);
    assert.ok(sigmoid(dot(w, [1, 0.1])) < 0.1);
    const boundary = -w[0]! / w[1]!;
    assert.ok(Math.abs(boundary - 0.5) < 0.05, `boundary at ${boundary}`);
  });

  it('should match the rate of positives when a feature carries no information', () => {
    const examples: Example[] = Array.from({ length: 100 }, (_, i) => ({ x: [1, 0.5], y: i < 25 ? 1 : 0 }));
    const w = fitLogistic(examples, { l2: 1 });
    assert.ok(Math.abs(sigmoid(dot(w, [1, 0.5])) - 0.25) < 0.01);
  });

  it('should keep the weights it is not asked to learn, and learn the others against them', () => {
    // Two informative features; the second's weight is learned alone with the first kept at its full-fit value.
    const examples: Example[] = [];
    for (let i = 0; i < 200; i++) {
      const a = (i % 10) / 10;
      const b = (i % 7) / 7;
      examples.push({ x: [1, a, b], y: a + b > 0.9 || i % 13 === 0 ? 1 : 0 });
    }
    const all = fitLogistic(examples, { l2: 1 });
    const start = [all[0]!, all[1]!, 0];
    const second = fitLogistic(examples, { l2: 1, start, free: [2] });
    assert.equal(second[0], all[0]);
    assert.equal(second[1], all[1]);
    // At the joint optimum each weight is optimal given the others, so the lone fit finds the same value.
    assert.ok(Math.abs(second[2]! - all[2]!) < 1e-6, `${second[2]} against ${all[2]}`);
    assert.deepEqual(fitLogistic(examples, { start, free: [] }), start);
  });
});
