import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isKnownHead, knownBodyOf, knownParentOf, sameKnownBody, spelledOutNames } from './bodies-in-languages.js';

describe('bodies-in-languages', () => {
  it('should take a body\'s names in two languages, with or without accents and "the", for one body', () => {
    assert.ok(sameKnownBody('Doctors Without Borders', 'Medecins sans frontieres'));
    assert.ok(sameKnownBody('the World Health Organization', 'OMS'));
    assert.ok(sameKnownBody('CICR', 'International Committee of the Red Cross'));
    assert.ok(sameKnownBody("UN Children's Fund", 'UNICEF'));
  });

  it('should keep two listed bodies apart, and leave unlisted names alone', () => {
    assert.ok(!sameKnownBody('ICRC', 'IFRC'));
    assert.ok(!sameKnownBody('Red Cross', 'ICRC'), 'a bare Red Cross may be a national society');
    assert.equal(knownBodyOf('RSF'), null, 'initials shared with an armed group are not listed');
    assert.equal(knownBodyOf('Harbour Board'), null);
  });

  it('should name the body an organ belongs to, and only the organ', () => {
    assert.equal(knownParentOf('the Dispute Settlement Body'), 'World Trade Organization');
    assert.equal(knownParentOf('WTO'), null);
  });

  it('should give the English name as the head, and no bare initials to the tagger', () => {
    assert.ok(isKnownHead('World Health Organization'));
    assert.ok(!isKnownHead('OMS'));
    assert.ok(spelledOutNames().includes('Doctors Without Borders'));
    assert.ok(!spelledOutNames().includes('MSF'));
  });
});

describe('bodies-in-languages: initials keep their case', () => {
  it('should not take a band or a word-like name for a body whose initials it spells', () => {
    assert.equal(knownBodyOf('The Who'), null, 'the rock band is not the health agency');
    assert.ok(!sameKnownBody('The Who', 'WHO'));
    assert.equal(knownBodyOf('Fmi'), null);
    assert.equal(knownBodyOf('Iom'), null);
    assert.equal(knownBodyOf('who'), null);
  });

  it('should still join initials in capitals, with full stops or "the", to the spelled-out names', () => {
    assert.equal(knownBodyOf('the WHO'), 'World Health Organization');
    assert.equal(knownBodyOf('W.H.O.'), 'World Health Organization');
    assert.ok(sameKnownBody('OMS', 'world health organization'));
    assert.ok(sameKnownBody('FMI', 'International Monetary Fund'));
  });

  it('should read a long set of initials written in title case as the initials', () => {
    assert.equal(knownBodyOf('Nato'), 'North Atlantic Treaty Organization');
    assert.equal(knownBodyOf('Unicef'), 'UNICEF');
    assert.equal(knownBodyOf('weltgesundheitsorganisation'), 'World Health Organization');
    assert.equal(knownBodyOf('Weltgesundheitsorganisation'), 'World Health Organization');
  });
});

describe('bodies-in-languages: air accident investigators and the air-safety regulator', () => {
  it('should take an investigator\'s initials, home-language and English names for one body', () => {
    assert.ok(sameKnownBody('GPIAAF', 'Gabinete de Prevenção e Investigação de Acidentes com Aeronaves e de Acidentes Ferroviários'));
    assert.ok(sameKnownBody('the Office for the Prevention and Investigation of Aircraft and Railway Accidents', 'GPIAAF'));
    assert.ok(sameKnownBody("Bureau d'Enquetes et d'Analyses", "Bureau d'Enquêtes et d'Analyses pour la sécurité de l'aviation civile"));
    assert.ok(sameKnownBody('EASA', 'Europäische Agentur für Flugsicherheit'));
    assert.ok(sameKnownBody("Agence de l'Union européenne pour la sécurité aérienne", 'European Union Aviation Safety Agency'));
  });

  it('should not list initials another body shares, nor join two of these bodies', () => {
    assert.equal(knownBodyOf('BEA'), null, "the United States' Bureau of Economic Analysis is BEA too");
    assert.equal(knownBodyOf('Bureau of Economic Analysis'), null);
    assert.ok(!sameKnownBody('EASA', "Bureau d'Enquêtes et d'Analyses"));
    assert.ok(!sameKnownBody('GPIAAF', 'Accident Investigation Office'), 'a bare description is no one body');
  });
});

describe('bodies-in-languages: national police forces', () => {
  it('should take a force named by its country, in any case or with "the", and by its own name for one body', () => {
    assert.ok(sameKnownBody('Czech police', 'Policie ČR'));
    assert.ok(sameKnownBody('the Czech Police', 'Policie CR'));
    assert.ok(sameKnownBody('Police of the Czech Republic', 'Czech Police'));
    assert.equal(knownBodyOf('Polizia di Stato'), 'Italian State Police');
    assert.ok(isKnownHead('Czech police'));
  });
  it('should not take two countries\' forces, a town\'s or a bare "police" for one', () => {
    assert.ok(!sameKnownBody('Czech Police', 'Slovak Police'));
    assert.equal(knownBodyOf('Prague police'), null);
    assert.equal(knownBodyOf('police'), null);
    assert.equal(knownBodyOf('Czech Republic'), null);
    assert.equal(knownBodyOf('National Police'), null);
  });
});
