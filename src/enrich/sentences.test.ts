import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';

function sentences(body: string): string[] {
  return splitSentences(body).map((s) => body.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('should keep a clock time with the day or words that follow it, and end a sentence at a clock time before a new one', () => {
    assert.deepEqual(sentences('At about 2:15 p.m. Sept. 1 at 16th Street SE, police found two males. They were taken to a hospital.'), [
      'At about 2:15 p.m. Sept. 1 at 16th Street SE, police found two males.',
      'They were taken to a hospital.',
    ]);
    assert.deepEqual(sentences('The shooting happened around 10 p.m. Saturday near the park.'), ['The shooting happened around 10 p.m. Saturday near the park.']);
    assert.deepEqual(sentences('The shooting happened at 5 p.m. Police said two men fled.'), ['The shooting happened at 5 p.m.', 'Police said two men fled.']);
  });

  it('should keep an initialism with the name after it, and end a sentence at one before a new sentence', () => {
    assert.deepEqual(sentences('WASHINGTON (Global Dispatch) - The U.S. Treasury Department on Wednesday imposed sanctions. The State Department agreed.'), [
      'WASHINGTON (Global Dispatch) - The U.S. Treasury Department on Wednesday imposed sanctions.',
      'The State Department agreed.',
    ]);
    assert.deepEqual(sentences('Officials said the U.S. Treasury acted after a request from the F.B.I. on Monday.'), ['Officials said the U.S. Treasury acted after a request from the F.B.I. on Monday.']);
    assert.deepEqual(sentences('He moved to the U.S. The next year he died.'), ['He moved to the U.S.', 'The next year he died.']);
    assert.deepEqual(sentences('He works in the U.S. "It is good," he said.'), ['He works in the U.S.', '"It is good," he said.']);
  });

  it('should keep a short title that sbd does not know with the name after it', () => {
    assert.deepEqual(sentences('The ministry named Brig. Gen. Tomas Oduya and Col. Ines Marrow as commanders. Both denied it.'), [
      'The ministry named Brig. Gen. Tomas Oduya and Col. Ines Marrow as commanders.',
      'Both denied it.',
    ]);
    assert.deepEqual(sentences('The fleet was led by Adm. Ruth Keane. She retired in June.'), ['The fleet was led by Adm. Ruth Keane.', 'She retired in June.']);
  });

  it('should keep a month in capitals or after a hyphen with its day', () => {
    assert.deepEqual(sentences('THE SHOOTING HAPPENED ON SEPT. 14 AT NIGHT. POLICE CAME.'), ['THE SHOOTING HAPPENED ON SEPT. 14 AT NIGHT.', 'POLICE CAME.']);
    assert.deepEqual(sentences('The fair ran Nov. 30-Dec. 2 in town. It was fun.'), ['The fair ran Nov. 30-Dec. 2 in town.', 'It was fun.']);
  });

  it('should split a paragraph of a megabyte into its sentences, cutting it only where a sentence ends', () => {
    const two = 'Dr. Ann Lee met the U.S. envoy in Leeds at 2 p.m. Monday to discuss the budget. The talks went well, she said. ';
    const body = two.repeat(10_000).trim();
    const found = sentences(body);
    assert.equal(found.length, 20_000);
    assert.deepEqual(new Set(found), new Set(['Dr. Ann Lee met the U.S. envoy in Leeds at 2 p.m. Monday to discuss the budget.', 'The talks went well, she said.']));
  });

  it('should never join sentences across a paragraph break', () => {
    assert.deepEqual(sentences('It ended at 5 p.m.\nSaturday was quiet.'), ['It ended at 5 p.m.', 'Saturday was quiet.']);
  });
});
