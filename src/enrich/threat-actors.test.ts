import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findThreatActors } from './threat-actors.js';

function actors(text: string): [string, string, string | null][] {
  return findThreatActors(text).map((a) => [a.name, a.canonical, a.country]);
}

describe('findThreatActors', () => {
  it('should find named groups and codes, with spacing variants, and keep MITRE groups apart', () => {
    assert.deepEqual(actors('Investigators tied the heist to the Lazarus Group and to APT 38, while Kimsuky and Andariel ran phishing.'), [
      ['Lazarus Group', 'Lazarus Group', 'KP'],
      ['APT 38', 'APT38', 'KP'],
      ['Kimsuky', 'Kimsuky', 'KP'],
      ['Andariel', 'Andariel', 'KP'],
    ]);
  });

  it('should find the ransomware crews news names, a crew named by a word only beside a cyber word', () => {
    assert.deepEqual(actors('The Qilin ransomware gang claimed the attack; an affiliate of LockBit was charged, and the Clop group exploited MOVEit.').map(([, canonical]) => canonical), ['Qilin', 'LockBit', 'Clop']);
    assert.deepEqual(actors('The horses went clop clop down the lane. Clop is the sound they make.'), []);
  });

  it("should not read a capital that is one word of an actor's aliases as the actor, even in a hacking story", () => {
    assert.deepEqual(actors('BEIJING (Harbor Wire) - China rejected claims that its hackers breached a defence network. Beijing said it opposed cyberattacks.'), []);
  });

  it('should find a name of several words written run together', () => {
    assert.deepEqual(actors('The Treasury sanctioned members of the CyberAv3ngers hacking group.'), [['CyberAv3ngers', 'Cyber Av3ngers', 'IR']]);
  });

  it("should take an alias that needs a cyber word when the actor's other name came before", () => {
    const far = ' The minister spoke at length about the water supply, the pumps and the households affected.'.repeat(5);
    assert.deepEqual(actors(`APT28 was blamed for the cyberattack.${far} "It matches APT28, also known as Fancy Bear," he said.`).map((a) => a[0]), ['APT28', 'APT28', 'Fancy Bear']);
    assert.deepEqual(actors(`The team played well.${far} Fans of Fancy Bear cheered.`), []);
  });

  it('should map an alias to its canonical actor and give offsets into the text', () => {
    const text = 'Microsoft said Forest Blizzard, also known as Fancy Bear, hacked the ministry.';
    const found = findThreatActors(text);
    assert.deepEqual(found.map((a) => a.canonical), ['APT28', 'APT28']);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), 'Forest Blizzard');
  });

  it('should accept "the Lazarus group" but not the name in lower case', () => {
    assert.deepEqual(actors('Hackers from the Lazarus group stole the funds.').map((a) => a[1]), ['Lazarus Group']);
    assert.deepEqual(actors('the lazarus group of hackers and apt38 were mentioned.'), []);
  });

  it('should not take a one-word name without a cyber word nearby', () => {
    assert.deepEqual(actors('In the gospel story, Jesus raised Lazarus from the dead at Bethany.'), []);
    assert.deepEqual(actors('The North Korean hackers known as Lazarus stole crypto.').map((a) => a[1]), ['Lazarus Group']);
  });

  it('should not take a one-word name that begins a person’s name', () => {
    assert.deepEqual(actors('Akira Tanaka, a security researcher, described the malware.'), []);
    assert.deepEqual(actors('The Akira ransomware gang hit the hospital.').map((a) => a[1]), ['Akira']);
  });

  it('should take a crew the gazetteer does not know as the text introduces it, and its later mentions', () => {
    assert.deepEqual(actors('A ransomware group calling itself Brinehold claimed responsibility on Monday. Brinehold, which researchers believe operates from Russian-speaking countries, set a deadline.'), [
      ['Brinehold', 'Brinehold', null],
      ['Brinehold', 'Brinehold', null],
    ]);
    assert.deepEqual(actors("The Brinehold ransomware gang has taken credit. Brinehold's leak site lists 41 victims."), [
      ['Brinehold', 'Brinehold', null],
      ['Brinehold', 'Brinehold', null],
    ]);
    assert.deepEqual(actors('On Monday, a ransomware group posted the files. The Russian hacking group struck again.'), []);
    // A group of no stated kind calling itself something, in a story about an attack on computers only.
    assert.deepEqual(actors('Its servers were encrypted. A group calling itself Obsidian Moth listed LuzTel on its leak site.'), [['Obsidian Moth', 'Obsidian Moth', null]]);
    assert.deepEqual(actors('A rebel group calling itself Free Valley seized the town.'), []);
  });

  it('should leave out a crew named as gone ("the defunct LockBit operation")', () => {
    assert.deepEqual(actors('Brinehold, a ransomware gang, appears to have absorbed affiliates from the defunct LockBit operation.').map(([, canonical]) => canonical), ['Brinehold']);
  });

  it('should not take ordinary words that are aliases elsewhere', () => {
    assert.deepEqual(actors('Zinc and copper prices rose after the cyber attack on the smelter; Mercury is a planet.'), []);
    assert.deepEqual(actors('A fancy bear costume won the contest.'), []);
  });

  it('should take "the <Name> group" a ransomware story has paid or has demand or leak, not a company\'s group', () => {
    assert.deepEqual(actors('The ransomware attack shut the council for weeks. The council refused to pay the Grey Finch group, its leader said.'), [['Grey Finch', 'Grey Finch', null]]);
    assert.deepEqual(actors('The ransomware attack hit the ports of the Marlow group, which said its terminals were working again.'), []);
    assert.deepEqual(actors('Investors have paid the Marlow group a premium for its shares.'), []);
  });
});
