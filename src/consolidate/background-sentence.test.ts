import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBackground } from './background-sentence.js';

describe('isBackground', () => {
  it("should read a country's record, rank or last year as background, and the event's own sentence not", () => {
    assert.equal(isBackground('Lakeland was among the countries that jailed the most reporters in the region last year.'), true);
    assert.equal(isBackground('The country ranks 140th of 180 in a press freedom index.'), true);
    assert.equal(isBackground('Two radio reporters held for three weeks were freed on bail in Kisumu on Monday, their lawyer said.'), false);
  });

  it("should read where an earlier case still stands as background, and the act that began it not", () => {
    assert.equal(isBackground("Harbour police have said the freighter's captain, Oskar Lind, remains barred from leaving Norway while inquiries go on."), true);
    assert.equal(isBackground('The two crew members are still in custody in Bergen, prosecutors said.'), true);
    assert.equal(isBackground("Harbour police barred the freighter's captain, Oskar Lind, from leaving Norway on Tuesday."), false);
  });
});
