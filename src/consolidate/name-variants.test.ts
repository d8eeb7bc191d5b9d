import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disagreeingNames, sameNameWritten } from './name-variants.js';

describe('sameNameWritten', () => {
  it('should take a middle name or initial written or left out, capitals, accents and a nickname as one name', () => {
    assert.ok(sameNameWritten('Frederick C. LaRue', 'Frederick Cheney LaRue'));
    assert.ok(sameNameWritten('Frederick Cheney LaRue', 'Frederick LaRue'));
    assert.ok(sameNameWritten('Betty Mae Page', 'Betty Page'));
    assert.ok(sameNameWritten('Gary Ross', 'GARY ROSS'));
    assert.ok(sameNameWritten('Bob Haldane', 'Robert J. Haldane'), 'a common short form of the given name');
    assert.ok(!sameNameWritten('Mo Haldane', 'Maurice Haldane'), 'not a rare one');
    assert.ok(sameNameWritten('Olivia de Berardinis', 'Olivia De Berardinis'));
    assert.ok(sameNameWritten('Kimani Gray', "Kimani 'Kiki' Gray"));
    assert.ok(sameNameWritten('José Magalhães', 'Jose Magalhaes'));
    assert.ok(sameNameWritten('Kim Jong Un', 'Kim Jong-un'));
    assert.ok(sameNameWritten('Yoon Suk Yeol', 'Yoon Suk-yeol'));
    assert.ok(sameNameWritten('Florian Weiß', 'Florian Weiss'), 'ß written ss, as a keyboard without it does');
    assert.ok(sameNameWritten('Mette Sørensen', 'Mette Sorensen'));
  });

  it('should take the surname alone, or one part of a double surname, as the name', () => {
    assert.ok(sameNameWritten('Herman Van Rompuy', 'Van Rompuy'));
    assert.ok(sameNameWritten('Maurice Jones-Drew', 'Maurice Drew'));
  });

  it('should take a Spanish or Portuguese name with its second family name left out as the name, for such a country', () => {
    assert.ok(sameNameWritten('Tomás Berrocal Quintero', 'Tomas Berrocal', true));
    assert.ok(sameNameWritten('Berrocal', 'Tomás Berrocal Quintero', true));
    assert.ok(sameNameWritten('Inês Cardim Teles', 'Inês Cardim', true));
    // Elsewhere the dropped last word is the surname: "Betty Mae" is no writing of Betty Mae Page.
    assert.ok(!sameNameWritten('Tomás Berrocal Quintero', 'Tomás Berrocal'));
    assert.ok(!sameNameWritten('Betty Mae Page', 'Betty Mae'));
    // Another first family name is another name, and the given name alone is none.
    assert.ok(!sameNameWritten('Tomás Berrocal Quintero', 'Tomás Berrocai', true));
    assert.ok(!sameNameWritten('Tomás Berrocal Quintero', 'Tomás', true));
  });

  it('should tell another spelling of a part, or another first name, apart', () => {
    assert.ok(!sameNameWritten('Hugh Hefner', 'Hugh Heffner'));
    assert.ok(!sameNameWritten('Yiannis Panagopoulos', 'Giannis Panagopoulos'));
    assert.ok(!sameNameWritten('Anna Kowalski', 'Maria Kowalski'));
    assert.ok(!sameNameWritten('Lee Jun-il', 'Lee Jun-ho'));
    assert.ok(!sameNameWritten('Florian Weiß', 'Florian Weis'), 'ß is two letters, not one');
    // The order tells which is the given name: listed.
    assert.ok(!sameNameWritten('Kumagai Naoki', 'Naoki Kumagai'));
  });
});

describe('disagreeingNames', () => {
  it('should fold the writings of one name together with their sources, and keep the ones that disagree', () => {
    assert.deepEqual(disagreeingNames([{ value: 'Anthony Phillip LaSalle', sources: ['a', 'b'] }, { value: 'Anthony LaSalle', sources: ['c'] }, { value: 'Anthony Phillip Lasalle', sources: ['d'] }]), [{ value: 'Anthony Phillip LaSalle', sources: ['a', 'b', 'c', 'd'] }]);
    assert.deepEqual(disagreeingNames([{ value: 'Hugh Hefner', sources: ['a'] }, { value: 'Hugh M. Hefner', sources: ['b'] }, { value: 'Hugh Heffner', sources: ['c'] }]), [
      { value: 'Hugh Hefner', sources: ['a', 'b'] },
      { value: 'Hugh Heffner', sources: ['c'] },
    ]);
  });

  it('should fold a name written with its first family name alone into the full one only for a two-family-name country', () => {
    const names = [{ value: 'Tomás Berrocal Quintero', sources: ['a'] }, { value: 'Tomás Berrocal', sources: ['b'] }];
    assert.deepEqual(disagreeingNames(names, true), [{ value: 'Tomás Berrocal Quintero', sources: ['a', 'b'] }]);
    assert.equal(disagreeingNames(names).length, 2);
  });
});
