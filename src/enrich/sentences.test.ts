import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.js';

function sentences(body: string): string[] {
  return splitSentences(body).map((s) => body.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('should keep a clock time with the day or words that follow it, and end a sentence at a clock time before a new one', () => {
    assert.deepEqual(sentences('Near 3:40 p.m. Sept. 1 on Ninth Avenue NE, police found two young men. An ambulance took them away.'), [
      'Near 3:40 p.m. Sept. 1 on Ninth Avenue NE, police found two young men.',
      'An ambulance took them away.',
    ]);
    assert.deepEqual(sentences('Shots rang out near 10 p.m. Saturday by the pond.'), ['Shots rang out near 10 p.m. Saturday by the pond.']);
    assert.deepEqual(sentences('The shooting happened at 5 p.m. Police said two men fled.'), ['The shooting happened at 5 p.m.', 'Police said two men fled.']);
  });

  it('should keep an initialism with the name after it, and end a sentence at one before a new sentence', () => {
    assert.deepEqual(sentences('WASHINGTON (Global Dispatch) - The U.S. Treasury Department on Wednesday imposed sanctions. The State Department agreed.'), [
      'WASHINGTON (Global Dispatch) - The U.S. Treasury Department on Wednesday imposed sanctions.',
      'The State Department agreed.',
    ]);
    assert.deepEqual(sentences('Officials said the U.S. Treasury acted after a request from the F.B.I. on Monday.'), ['Officials said the U.S. Treasury acted after a request from the F.B.I. on Monday.']);
    assert.deepEqual(sentences('He moved to the U.S. The next year he died.'), ['He moved to the U.S.', 'The next year he died.']);
    assert.deepEqual(sentences('She studies in the U.S. "I like it," she said.'), ['She studies in the U.S.', '"I like it," she said.']);
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

  it('should keep a quote closed after its stop with the speaker named after it in lower case', () => {
    assert.deepEqual(sentences('"The bridge will reopen in May." said Mayor Ruth Orban. Crews began work on Monday.'), [
      '"The bridge will reopen in May." said Mayor Ruth Orban.',
      'Crews began work on Monday.',
    ]);
    assert.deepEqual(sentences('“The water came up so fast.” she told reporters at the farm.'), ['“The water came up so fast.” she told reporters at the farm.']);
  });

  it('should keep a quote with a capitalised speaker and verb that close the sentence', () => {
    assert.deepEqual(sentences('"We heard three loud bangs." Okafor said. The lane was closed.'), ['"We heard three loud bangs." Okafor said.', 'The lane was closed.']);
  });

  it('should keep a quoted short name or initialism with the words and the day after it', () => {
    assert.deepEqual(sentences('The girl, named in the filing only as "K.L.M.," was struck by a stray round.'), [
      'The girl, named in the filing only as "K.L.M.," was struck by a stray round.',
    ]);
    assert.deepEqual(sentences('The clerk, called "A.J." Tuesday night, opened the safe.'), ['The clerk, called "A.J." Tuesday night, opened the safe.']);
    // sbd cuts this one a word late, after "on", so the day would open the next piece.
    const late = 'The hurt girl, named in the filing as "K.L.M.," was shot by her sister, "R.T.B." on Sunday inside the garage on Elm Street.';
    assert.deepEqual(sentences(late), [late]);
  });

  it('should still end a sentence at a closed quote before a new sentence', () => {
    assert.deepEqual(sentences('She said "Not today." Then she hung up.'), ['She said "Not today."', 'Then she hung up.']);
    assert.deepEqual(sentences('The sign read "Closed." Police said the owner had left town.'), ['The sign read "Closed."', 'Police said the owner had left town.']);
    assert.deepEqual(sentences('He called it "a disgrace." He added, "We will appeal the ruling."'), ['He called it "a disgrace."', 'He added, "We will appeal the ruling."']);
  });

  it('should never join sentences across a paragraph break', () => {
    assert.deepEqual(sentences('It ended at 5 p.m.\nSaturday was quiet.'), ['It ended at 5 p.m.', 'Saturday was quiet.']);
  });
});

describe('splitSentences, a word that opens with a dot', () => {
  it('should end sentences where they end after a file extension or a .45-calibre gun', () => {
    const body = 'The malware renames files with the .qrx extension; it then deletes backups. Victims found notes on desktops. Police said a .45-calibre handgun was found at the scene. Nobody was hurt.';
    const got = splitSentences(body).map((s) => body.slice(s.start, s.end));
    assert.deepEqual(got, [
      'The malware renames files with the .qrx extension; it then deletes backups.',
      'Victims found notes on desktops.',
      'Police said a .45-calibre handgun was found at the scene.',
      'Nobody was hurt.',
    ]);
  });
});
