import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../enrich/sentences.js';
import { coveredByReports, heldShares, reportShareDiscrepancies } from './share-holders.js';

const people = [
  { name: 'Tomas Lindqvist', aliases: ['Tomas Lindkvist'] },
  { name: 'Greta Aalto' },
];

describe('heldShares', () => {
  it('should give the turnout its share however the sentence words it', () => {
    assert.deepEqual(heldShares('Turnout was 61.2 percent of the registered voters.', []), [{ holder: 'turnout', value: '61.2' }]);
    assert.deepEqual(heldShares('The electoral board put turnout at 60.8 percent.', []), [{ holder: 'turnout', value: '60.8' }]);
    assert.deepEqual(heldShares('Officials reported a 59% turnout across the valley.', []), [{ holder: 'turnout', value: '59' }]);
  });

  it('should give a share to the name written right before it, or right after it with "for"', () => {
    assert.deepEqual(heldShares('The board says Lindqvist has 52.4 percent and Aalto 44.9 percent with 95 percent of ballots counted.', people), [
      { holder: 'Tomas Lindqvist', value: '52.4' },
      { holder: 'Greta Aalto', value: '44.9' },
    ]);
    assert.deepEqual(heldShares('The count gave Tomas Lindkvist 52.1 percent of the vote to 45.2 percent for Greta Aalto.', people), [
      { holder: 'Tomas Lindqvist', value: '52.1' },
      { holder: 'Greta Aalto', value: '45.2' },
    ]);
  });

  it('should leave shares unread where the sentence names more or fewer people than it gives shares', () => {
    assert.deepEqual(heldShares('Lindqvist beat Aalto with 52.4 percent of the vote.', people), []);
    assert.deepEqual(heldShares('Nordland province gave 70 percent of its vote to one candidate.', people), []);
  });

  it('should pair by the grammar, not by order, where a sentence names the candidates in another order than its figures', () => {
    assert.deepEqual(heldShares('Aalto trailed with 44.9 percent behind Lindqvist\'s 52.4 percent.', people), [
      { holder: 'Greta Aalto', value: '44.9' },
      { holder: 'Tomas Lindqvist', value: '52.4' },
    ]);
    // Named Aalto first, Lindqvist's figure first: by order Aalto had been given 52.4.
    assert.deepEqual(heldShares('Aalto conceded after the board gave Lindqvist 52.4 percent to her 44.9 percent.', people), [
      { holder: 'Tomas Lindqvist', value: '52.4' },
      { holder: 'Greta Aalto', value: '44.9' },
    ]);
    assert.deepEqual(heldShares('Lindqvist thanked Aalto, who took 44.9 percent, for a fair race that gave him 52.4 percent.', people), []);
  });

  it('should leave unread the shares whose holder the grammar does not tell', () => {
    // The object of "beat" before a bare figure, figures after a comma, one figure after "with" and a
    // person who is no subject of the contest's verb: which is whose is not told.
    assert.deepEqual(heldShares('Lindqvist beat Aalto 52.4 percent to 44.9 percent.', people), []);
    assert.deepEqual(heldShares('Aalto trailed Lindqvist, 44.9 percent to 52.4 percent.', people), []);
    assert.deepEqual(heldShares('Lindqvist beat Aalto with 52.4 percent.', people), []);
    assert.deepEqual(heldShares('Aalto said Lindqvist, who beat her with 52.4 percent against 44.9 percent, had cheated.', people), []);
  });

  it("should give a contest's two figures after \"with\" to its subject and its object in turn", () => {
    assert.deepEqual(heldShares('Tomas Lindqvist led Greta Aalto in the runoff with 52.4 percent of the vote against 44.9 percent.', people), [
      { holder: 'Tomas Lindqvist', value: '52.4' },
      { holder: 'Greta Aalto', value: '44.9' },
    ]);
    assert.deepEqual(heldShares('Aalto trailed Lindqvist with 44.9 percent to 52.4 percent.', people), [
      { holder: 'Greta Aalto', value: '44.9' },
      { holder: 'Tomas Lindqvist', value: '52.4' },
    ]);
  });

  it('should give the one share left to the one person left', () => {
    assert.deepEqual(heldShares('The board declared Tomas Lindqvist the winner of the runoff with 52.4 percent of the vote.', people), [{ holder: 'Tomas Lindqvist', value: '52.4' }]);
    assert.deepEqual(heldShares('The board confirmed that Lindqvist had won, giving him 52.1 percent of the vote to 45.2 percent for Greta Aalto.', people), [
      { holder: 'Tomas Lindqvist', value: '52.1' },
      { holder: 'Greta Aalto', value: '45.2' },
    ]);
  });
});

describe('reportShareDiscrepancies', () => {
  const report = (id: string, body: string) => ({ id, body, sentences: splitSentences(body) });

  it('should list the figures reports give a candidate and the turnout in sentences too unlike to be one fact', () => {
    const first = report('a', 'The board declared Tomas Lindqvist the winner with 52.4 percent of the vote, according to the final count. Turnout was 61.2 percent.');
    const second = report('b', 'Lindqvist thanked his voters after the count gave him 52.1 percent. The board said turnout was 60.7 percent.');
    const same = report('c', 'Tomas Lindkvist won with 52.4 percent.');
    const found = reportShareDiscrepancies([first, second, same], people).map((d) => [d.about, d.variants.map((v) => [v.value, v.sources])]);
    assert.deepEqual(found, [
      ['share of Tomas Lindqvist', [['52.4%', ['a', 'c']], ['52.1%', ['b']]]],
      ['turnout', [['61.2%', ['a']], ['60.7%', ['b']]]],
    ]);
    // The facts' own listing of the same holder gives way to the reports'.
    assert.equal(coveredByReports({ about: 'turnout (Turnout was 61.2 percent.)', variants: [] }, reportShareDiscrepancies([first, second], people)), true);
  });

  it('should leave out a report that gives one holder two figures, a first count and the final one', () => {
    const both = report('a', 'Lindqvist had 53.0 percent in the first count. The final count gave Lindqvist 52.4 percent.');
    const other = report('b', 'Lindqvist won 52.1 percent.');
    assert.deepEqual(reportShareDiscrepancies([both, other], people), []);
  });
});

describe('heldShares outside a vote', () => {
  const officials = [{ name: 'Marta Kowalczyk' }, { name: 'Delmar Shipping' }];

  it('should give no one a rate or a market move in a sentence that names one person or firm', () => {
    assert.deepEqual(heldShares('The central bank kept its deposit rate at 3.25% on Wednesday, with Governor Marta Kowalczyk warning that prices were still rising.', officials), []);
    assert.deepEqual(heldShares('Delmar Shipping stock dropped 6.5% in early trading.', officials), []);
    assert.deepEqual(heldShares('The zloty, Marta Kowalczyk said, has slipped 3.1% against the euro this quarter.', officials), []);
  });

  it('should still give the one share left to the one person left where the sentence tells a vote', () => {
    assert.deepEqual(heldShares('Officials named Marta Kowalczyk the winner with 54.2 percent after the count.', officials), [{ holder: 'Marta Kowalczyk', value: '54.2' }]);
  });
});
