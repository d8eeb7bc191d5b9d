import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeSnippet, QueryMatcher, SNIPPET_PREFIX, type Snippet } from './snippet.js';

const marked = (s: Snippet): string[] => s.highlights.map(([a, b]) => s.text.slice(a, b));

describe('makeSnippet', () => {
  it('should mark the words the index matches: any case, accents folded, other endings of the stem', () => {
    const s = makeSnippet(['Two SHOOTINGS in Medellín; police said the shooter fled.'], new QueryMatcher(['shooting', 'Medellin']), 24);
    assert.equal(s.text, 'Two SHOOTINGS in Medellín; police said the shooter fled.');
    assert.deepEqual(marked(s), ['SHOOTINGS', 'Medellín']);
  });

  it('should choose the window with the most different query words, with a few words before it', () => {
    const body = 'Police went to a house on Elm Street. Neighbours said the police stayed all night. ' +
      'Much later a spokesman for the Lazarus Group denied any part in the hack of the exchange.';
    const s = makeSnippet(['Morning news', body], new QueryMatcher(['police', 'Lazarus', 'hack']), 12);
    assert.equal(s.text, '…a spokesman for the Lazarus Group denied any part in the hack…');
    assert.deepEqual(marked(s), ['Lazarus', 'hack']);
  });

  it('should join matches one space apart into one range and collapse line breaks', () => {
    const s = makeSnippet(['Headline', 'the\n\n  Lazarus Group\nsaid'], new QueryMatcher(['Lazarus', 'Group']), 24);
    assert.equal(s.text, 'the Lazarus Group said');
    assert.deepEqual(marked(s), ['Lazarus Group']);
  });

  it('should prefer the earlier column on a tie and give the start of the text when nothing matches', () => {
    assert.equal(makeSnippet(['Crane falls', 'A crane fell'], new QueryMatcher(['crane']), 24).text, 'Crane falls');
    const none = makeSnippet(['', 'one two three four five'], new QueryMatcher(['ministry']), 3);
    assert.equal(none.text, 'one two three…');
    assert.deepEqual(none.highlights, []);
    assert.deepEqual(makeSnippet(['', ''], new QueryMatcher(['x']), 3), { text: '', highlights: [] });
  });

  it('should read a later column only when the earlier ones lack a window with every query word', () => {
    const reads: number[] = [];
    const texts = ['Crane falls on Harbour Road', 'A crane fell near the harbour; the harbour was shut.', 'Harbour crane crane harbour'];
    const lazy = { length: texts.length, get: (i: number) => (reads.push(i), texts[i]!) };
    assert.equal(makeSnippet(lazy, new QueryMatcher(['crane', 'harbour']), 24).text, 'Crane falls on Harbour Road');
    assert.deepEqual(reads, [0]);
    reads.length = 0;
    // One word in the first column, both in the second: the second wins, the third is never read.
    const s = makeSnippet({ ...lazy, get: (i: number) => (reads.push(i), ['Crane falls', texts[1]!, texts[2]!][i]!) }, new QueryMatcher(['crane', 'harbour']), 24);
    assert.deepEqual(marked(s), ['crane', 'harbour', 'harbour']);
    assert.deepEqual(reads, [0, 1]);
  });

  it('should not mark a word that only shares the first letters of a stem', () => {
    assert.deepEqual(marked(makeSnippet(['The policy of the police'], new QueryMatcher(['police']), 24)), ['police']);
  });
});

describe('makeSnippet on a long text', () => {
  it('should start a few whole words before the match when it lies far into the text', () => {
    const filler = 'Rain fell on the quiet harbour town all week and the river rose slowly. '.repeat(40);
    const s = makeSnippet([`${filler}Officers arrested Kumagai on Friday.`], new QueryMatcher(['Kumagai']), 6);
    assert.equal(s.text, '…rose slowly. Officers arrested Kumagai on…');
    const t = makeSnippet([`${filler}Officers arrested Kumagai on Friday.`], new QueryMatcher(['Kumagai']), 10);
    assert.equal(t.text, '…rose slowly. Officers arrested Kumagai on Friday.');
    assert.deepEqual(marked(t), ['Kumagai']);
  });
});

describe('makeSnippet at the edges', () => {
  it('should keep whole a word outside the basic plane that the window starts inside', () => {
    const text = `Suspect 𠮷田 ${'q'.repeat(156)} shooting`;
    assert.equal(makeSnippet([text], new QueryMatcher(['shooting']), 10).text, `…𠮷田 ${'q'.repeat(156)} shooting`);
  });

  it('should end on a query with an empty word', () => {
    assert.deepEqual(marked(makeSnippet(['hello world, said the world'], new QueryMatcher(['', 'world']), 24)), ['world', 'world']);
  });
});

describe('QueryMatcher', () => {
  it('should find the words of short stems whose y Porter writes i ("say", "key")', () => {
    const s = makeSnippet(['Title', 'Witnesses say the key was left in the door, and the keys were found later.'], new QueryMatcher(['says', 'key']), 24);
    assert.deepEqual(marked(s), ['say', 'key', 'keys']);
  });

  it('should take any query word, letters outside the basic plane and regular-expression characters alike', () => {
    const s = makeSnippet(['Title', 'The 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 banner ran all day.'], new QueryMatcher(['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠', 'a+b', '(x']), 24);
    assert.deepEqual(marked(s), ['𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠']);
  });

  it('should keep Greek and Cyrillic accents as the index does, and fold Latin ones', () => {
    const s = makeSnippet(['Title', 'Talks in Αθήνα and Київ, then São Paulo.'], new QueryMatcher(['Αθήνα', 'Київ', 'Sao']), 24);
    assert.deepEqual(marked(s), ['Αθήνα', 'Київ', 'São']);
  });

  it('should find the same words whether a text is plain ASCII or holds letters that fold to the query\'s', () => {
    const query = new QueryMatcher(['kelvin', 'cafe', 'Zoe']);
    assert.deepEqual(marked(makeSnippet(['Title', 'Kelvin met Zoe at the CAFE, then left the cafes.'], query, 24)), ['Kelvin', 'Zoe', 'CAFE', 'cafes']);
    assert.deepEqual(marked(makeSnippet(['Title', 'Kelvin met Zoë at the CAFÉ, then left the cafés.'], query, 24)), ['Kelvin', 'Zoë', 'CAFÉ', 'cafés']);
    // The Kelvin sign (U+212A) folds to k, as in the index; curly quotes alone change nothing.
    assert.deepEqual(marked(makeSnippet(['Title', '\u212Aelvin said \u201Ccafe\u201D twice.'], query, 24)), ['\u212Aelvin', 'cafe']);
  });

  it('should read a long column whole when its first part, as a lazy reader gives it, has no match early enough', () => {
    const body = `${'Filler words here. '.repeat(732)}Police at the scene near the harbour said the crane fell. ${'More words. '.repeat(2000)}`;
    assert.ok(body.indexOf('harbour') > 13_900 && body.indexOf('harbour') < SNIPPET_PREFIX);
    const asked: boolean[] = [];
    const lazy = { length: 2, get: (i: number, whole = false) => (i === 0 ? 'Title' : (asked.push(whole), whole ? body : body.slice(0, SNIPPET_PREFIX))) };
    const s = makeSnippet(lazy, new QueryMatcher(['harbour']), 6);
    assert.deepEqual(asked, [false, true]);
    assert.deepEqual(s, makeSnippet(['Title', body], new QueryMatcher(['harbour']), 6));
    assert.equal(s.text, '…the scene near the harbour said…');
  });

  it('should take the next column when the reader shows a long column holds no query word', () => {
    const facts = 'Filler words here. '.repeat(800);
    const asked: boolean[] = [];
    const columns = ['Title', facts.slice(0, SNIPPET_PREFIX), 'Edward Tillingdale, suspect'];
    const lazy = { length: 3, get: (i: number, whole = false) => (asked.push(whole), whole ? null : columns[i]!) };
    const s = makeSnippet(lazy, new QueryMatcher(['Tillingdale']), 6);
    assert.deepEqual(asked, [false, false, true, false]);
    assert.deepEqual(marked(s), ['Tillingdale']);
  });

  it('should mark a matching word of the window that lies past the part searched', () => {
    // 'harbour' ends just before the 12,000th character, 'crane' starts after it.
    const filler = 'Filler words here. '.repeat(631);
    const body = `${filler}Hx harbour crane fell today.`;
    assert.ok(body.indexOf('harbour') < 12_000 && body.indexOf('crane') >= 12_000);
    const s = makeSnippet(['Title', body], new QueryMatcher(['harbour', 'crane']), 8);
    assert.deepEqual(marked(s), ['harbour crane']);
  });

  it('should give a window of as many words as asked, however many', () => {
    const body = `The crane ${'one two three. '.repeat(400)}`;
    const s = makeSnippet(['Title', body], new QueryMatcher(['crane']), 600);
    assert.equal(s.text.split(' ').length, 600);
    assert.ok(s.text.startsWith('The crane one two three.') && s.text.endsWith('…'));
  });

  it('should look past the first part of a long text when nothing matches there', () => {
    const s = makeSnippet(['Title', `${'Filler words here. '.repeat(1000)}Kumagai spoke last.`], new QueryMatcher(['Kumagai']), 6);
    assert.deepEqual(marked(s), ['Kumagai']);
  });

  it('should mark an id whose parts are joined by hyphens as one match', () => {
    const s = makeSnippet(['Title', 'The update also fixed CVE-2025-0283, a lesser bug.'], new QueryMatcher(['CVE', '2025', '0283']), 24);
    assert.deepEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['CVE-2025-0283']);
  });
});
