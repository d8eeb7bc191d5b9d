import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedAfterFirstWord } from './named-after.js';

describe('namedAfterFirstWord', () => {
  it("should read a group of a firm's creditors, victims or staff as a body of its own", () => {
    for (const name of ['Corvel Creditors Alliance', "Corvel Victims' Group", 'Corvel Workers Union', 'Corvel Foundation', 'Corvel Investors Committee']) {
      assert.equal(namedAfterFirstWord(name.split(' ')), true, name);
    }
  });

  it("should read a firm's own longer name as the firm", () => {
    for (const name of ['Corvel Capital', 'Corvel Group', 'Corvel Inc.', 'Corvel Exchange', 'Corvel Sachs']) {
      assert.equal(namedAfterFirstWord(name.split(' ')), false, name);
    }
  });
});
