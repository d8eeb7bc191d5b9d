import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isShareBar } from './share-bar.js';

describe('isShareBar', () => {
  it('takes buttons separated by bars or by spaces only', () => {
    assert.ok(isShareBar('Share | Tweet | Email'));
    assert.ok(isShareBar('Share  Tweet  Save'));
    assert.ok(isShareBar('Facebook WhatsApp Copy link Print'));
    assert.ok(isShareBar('Share this article  LinkedIn  Email'));
  });
  it('leaves a line with any word that is no button', () => {
    assert.ok(!isShareBar('Save the Children warns of famine'));
    assert.ok(!isShareBar('Print shops shut in Dorvale'));
    assert.ok(!isShareBar('Share prices tumble'));
    assert.ok(!isShareBar('Email from mayor leaked'));
  });
});
