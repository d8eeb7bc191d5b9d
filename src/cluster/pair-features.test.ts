import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingestPaths } from '../ingest/batch.js';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { EventProfile } from '../store/store.js';
import type { ArticleFeatures } from './features.js';
import { articleVector, PAIR_FEATURES, type PairFeatureName, pairFeatures, ruledOut } from './pair-features.js';

const stats = { documents: 10, df: new Map<string, number>() };

function features(article: ArticleFeatures, event: EventProfile): Record<PairFeatureName, number> {
  const x = pairFeatures(article, articleVector(article, stats), event, stats);
  return Object.fromEntries(PAIR_FEATURES.map((name, i) => [name, x[i]!])) as Record<PairFeatureName, number>;
}

const article: ArticleFeatures = {
  terms: new Map([['shoot', 2], ['bar', 1]]),
  names: ['l:springfield', 'p:dana reyes'],
  date: '2025-05-02',
  figures: [],
  scene: null,
  earlier: [],
  act: null,
};

describe('pairFeatures', () => {
  it('should weigh an event term or name the stats do not count as one no article has, whatever else they count', () => {
    const event: EventProfile = { terms: { shoot: 1, harbor: 3, ferry: 2 }, names: ['l:springfield', 'p:lee park', 'p:dana reyes'], dates: ['2025-05-02'], size: 2 };
    // The store's stats count the article's own terms and names only; a caller's may count more.
    const own = { documents: 40, df: new Map([['shoot', 5], ['n:p:dana reyes', 2]]) };
    const more = { documents: 40, df: new Map([...own.df, ['drill', 7], ['n:o:coast guard', 3]]) };
    const scored = (s: typeof own) => pairFeatures(article, articleVector(article, s), event, s);
    assert.deepEqual(scored(own), scored(more));
    const counted = { documents: 40, df: new Map([...own.df, ['harbor', 9], ['n:p:lee park', 4]]) };
    assert.notDeepEqual(scored(counted), scored(own));
  });

  it('should score an event made of the same article as a full match on the same day', () => {
    const f = features(article, { terms: { shoot: 2, bar: 1 }, names: ['l:springfield', 'p:dana reyes'], dates: ['2025-05-02'], size: 1 });
    assert.ok(Math.abs(f.terms - 1) < 1e-9);
    assert.ok(Math.abs(f.names - 1) < 1e-9);
    assert.equal(f.sameDay, 1);
    assert.equal(f.placeConflict, 0);
    assert.equal(f.bias, 1);
  });

  it('should mark two different places, and shared people across more than six days', () => {
    const f = features(article, { terms: { shoot: 1 }, names: ['l:shelbyville', 'p:dana reyes'], dates: ['2025-04-01'], size: 3 });
    assert.equal(f.placeConflict, 1);
    assert.equal(f.places, 0);
    assert.equal(f.beyond6Days, 1);
    assert.ok(f.people > 0.99);
    assert.equal(f.peopleLate, f.people);
    assert.ok(Math.abs(f.logSize - Math.log(4)) < 1e-9);
  });

  it('should say when a date is missing rather than guess a gap', () => {
    const f = features({ ...article, date: null }, { terms: {}, names: [], dates: ['2025-05-02'], size: 1 });
    assert.equal(f.noDate, 1);
    assert.equal(f.sameDay + f.within2Days + f.within6Days + f.beyond6Days, 0);
    assert.equal(f.terms, 0);
  });

  it('should mark figures of one kind that disagree, and nothing where a side gives none', () => {
    const quake: ArticleFeatures = { ...article, figures: ['mag:5.6'] };
    const event: EventProfile = { terms: { shoot: 1 }, names: [], dates: ['2025-05-02'], size: 1, figures: ['mag:5.9', 'usd:2.6'] };
    assert.equal(features(quake, event).figureConflict, 1);
    assert.equal(features({ ...article, figures: ['mag:5.8'] }, event).figureConflict, 0);
    assert.equal(features(article, event).figureConflict, 0);
    // A profile stored before figures were kept has none.
    assert.equal(features(quake, { terms: {}, names: [], dates: [], size: 1 }).figureConflict, 0);
  });

  it('should mark a scene far from every scene of the event, and nothing within a city and its suburbs', () => {
    const event: EventProfile = { terms: { shoot: 1 }, names: [], dates: ['2025-05-02'], size: 2, scenes: ['50.0,36.2'] };
    // Odesa against Kharkiv: about 500 km.
    assert.equal(features({ ...article, scene: '46.5,30.7' }, event).sceneConflict, 1);
    assert.equal(features({ ...article, scene: '50.1,36.3' }, event).sceneConflict, 0);
    assert.equal(features({ ...article, scene: '46.5,30.7' }, { ...event, scenes: ['50.0,36.2', '46.4,30.7'] }).sceneConflict, 0);
    assert.equal(features(article, event).sceneConflict, 0);
  });

  it('should not count two reports placed in one town as placed apart when no place name of theirs is shared', () => {
    // A follow-up placed in Springfield by "Springfield police" alone names only the street; the first
    // report named the town and a park. Both are placed at the town's point.
    const followUp: ArticleFeatures = { ...article, names: ['l:elm street', 'p:dana reyes'], scene: '39.8,-89.6' };
    const first: EventProfile = { terms: { shoot: 1 }, names: ['l:springfield', 'l:lincoln park'], dates: ['2025-05-01'], size: 1, scenes: ['39.8,-89.6'] };
    assert.equal(features(followUp, first).placeConflict, 0);
    // Another town's shooting, or a report placed nowhere, still names its places apart.
    assert.equal(features({ ...followUp, scene: '40.1,-88.2' }, first).placeConflict, 1);
    assert.equal(features({ ...followUp, scene: null }, first).placeConflict, 1);
    assert.equal(features(followUp, { ...first, scenes: [] }).placeConflict, 1);
  });

  it('should see no conflict of people where one report gives a name the other gives in a longer form', () => {
    // The first report names the victim as "Ruben Okafor"; the charge two days on, "Ruben Ellis Okafor".
    const charge: ArticleFeatures = { ...article, names: ['l:springfield', 'p:ellis okafor ruben', 'p:keon marsh'], date: '2025-05-04' };
    const first: EventProfile = { terms: { shoot: 2, bar: 1 }, names: ['l:springfield', 'p:okafor ruben'], dates: ['2025-05-02'], size: 1 };
    assert.equal(features(charge, first).people, 0);
    assert.equal(features(charge, first).peopleConflict, 0);
    // Another Okafor is another person.
    assert.equal(features(charge, { ...first, names: ['l:springfield', 'p:okafor tessa'] }).peopleConflict, 1);
    // A first name alone, or a menu's word read as a name, is no person to conflict with.
    assert.equal(features(charge, { ...first, names: ['l:springfield', 'p:philly'] }).peopleConflict, 0);
  });

  it('should tell a son from his father named with other suffixes, though both are filed under the bare name', () => {
    // A son shot in one incident, his father charged in another a month on: "Jr." against "Sr.".
    const son: EventProfile = { terms: { shoot: 2, bar: 1 }, names: ['l:springfield', 'p:corwin jr. tallis', 'p:corwin tallis'], dates: ['2025-05-02'], size: 1 };
    const father: ArticleFeatures = { ...article, names: ['l:springfield', 'p:corwin sr. tallis', 'p:corwin tallis'], date: '2025-05-30' };
    assert.equal(features(father, son).people, 0);
    assert.equal(features(father, son).peopleConflict, 1);
    assert.equal(ruledOut(pairFeatures(father, articleVector(father, stats), son, stats)), true);
    // "II" against "III" alike.
    const third: ArticleFeatures = { ...father, names: ['l:springfield', 'p:corwin iii tallis', 'p:corwin tallis'] };
    assert.equal(features(third, { ...son, names: ['l:springfield', 'p:corwin ii tallis', 'p:corwin tallis'] }).peopleConflict, 1);
    // The father written without a suffix a month on, with nothing else in common: the people rule holds.
    const plain: ArticleFeatures = { ...father, names: ['l:springfield', 'p:corwin tallis'] };
    assert.equal(features(plain, son).people, 0);
    assert.equal(ruledOut(pairFeatures(plain, articleVector(plain, stats), son, stats)), true);
    // The plain name beside another person both name (the victim of a plea months on): one story.
    const plea: ArticleFeatures = { ...father, names: ['l:springfield', 'p:corwin tallis', 'p:maren tallis'] };
    const shooting: EventProfile = { ...son, names: [...son.names, 'p:maren tallis'] };
    assert.ok(features(plea, shooting).people > 0);
    // The son named again with his suffix shares his key as before.
    assert.ok(features({ ...father, names: son.names }, son).people > 0);
  });

  it('should rule out a pair weeks apart whose only person in common is named by one word', () => {
    // Two pages of one station's site, a month apart: a shooting and another shooting in the same city,
    // both carrying the menu's "Philly" read as a person.
    const later: ArticleFeatures = { ...article, names: ['l:springfield', 'p:philly', 'p:jordan vance'], date: '2025-06-10' };
    const earlier: EventProfile = { terms: { shoot: 2, bar: 1 }, names: ['l:springfield', 'p:philly', 'p:maria ocampo'], dates: ['2025-05-02'], size: 2 };
    const x = pairFeatures(later, articleVector(later, stats), earlier, stats);
    assert.equal(x[PAIR_FEATURES.indexOf('lateOneWord')], 1);
    assert.equal(ruledOut(x), true);
    // The suspect's full name ties a charge weeks on to its shooting, whatever one-word names come with it.
    const charged: ArticleFeatures = { ...later, names: ['l:springfield', 'p:philly', 'p:maria ocampo'] };
    const y = pairFeatures(charged, articleVector(charged, stats), earlier, stats);
    assert.equal(y[PAIR_FEATURES.indexOf('lateOneWord')], 0);
    assert.equal(ruledOut(y), false);
    // Within six days a one-word name rules nothing out: the date says enough.
    const near: ArticleFeatures = { ...later, date: '2025-05-04' };
    assert.equal(ruledOut(pairFeatures(near, articleVector(near, stats), earlier, stats)), false);
  });
});

describe('pairFeatures: a report weeks on in one town with a victim of one age', () => {
  // The first bulletin of a shooting in Springfield, and what a report three weeks on reads like when it
  // names nobody: the town and the child's age are all that tie them.
  const first: EventProfile = { terms: { shoot: 2, toddler: 1 }, names: ['l:springfield'], dates: ['2025-05-02'], size: 2, scenes: ['39.8,-89.6'], ages: [2], harms: ['hurt'] };
  const weeksOn: ArticleFeatures = { ...article, terms: new Map([['shoot', 1], ['toddler', 2], ['charge', 1]]), names: ['l:springfield', 'o:springfield police'], date: '2025-05-24', scene: '39.8,-89.6', ages: [2], harm: null };
  const scored = (a: ArticleFeatures, e: EventProfile): number[] => pairFeatures(a, articleVector(a, stats), e, stats);

  it('should leave such a pair to the model rather than rule it out for naming no one in common', () => {
    const x = scored(weeksOn, first);
    assert.equal(x[PAIR_FEATURES.indexOf('beyond6Days')], 1);
    assert.equal(x[PAIR_FEATURES.indexOf('people')], 0);
    assert.equal(x[PAIR_FEATURES.indexOf('lateTownAge')], 1);
    assert.equal(ruledOut(x), false);
    // The same town known by its point alone (no place name in common) is one town too.
    assert.equal(ruledOut(scored({ ...weeksOn, names: ['l:capitol avenue'] }, first)), false);
  });

  it('should keep two shootings on one street weeks apart apart when their victims are of other ages', () => {
    const street: EventProfile = { ...first, names: ['l:springfield', 'l:elm street'], figures: ['blk:1200 elm'], ages: [19] };
    const second: ArticleFeatures = { ...weeksOn, names: ['l:springfield', 'l:elm street'], figures: ['blk:1200 elm'], ages: [24] };
    const x = scored(second, street);
    assert.equal(x[PAIR_FEATURES.indexOf('lateTownAge')], 0);
    assert.equal(ruledOut(x), true);
    // Or on other blocks of it, however alike the ages.
    assert.equal(ruledOut(scored({ ...second, ages: [19], figures: ['blk:3400 elm'] }, street)), true);
    // A victim of 19 and one of 24 where the first shooting's lead gave only the 19-year-old: another shooting.
    assert.equal(ruledOut(scored({ ...second, ages: [19, 24] }, street)), true);
  });

  it("should rule out a report sharing one age with a round-up whose leads give many people's ages", () => {
    // A night's shootings across the city: one teenager's age in common says nothing.
    const roundUp: EventProfile = { ...first, ages: [2, 16, 17, 19, 21, 34] };
    assert.equal(ruledOut(scored(weeksOn, roundUp)), true);
    assert.equal(ruledOut(scored(weeksOn, { ...roundUp, ages: [2, 16, 17, 19] })), false);
  });

  it('should rule out a victim of one age in another town, or one shooting that killed beside one that only wounded', () => {
    assert.equal(ruledOut(scored({ ...weeksOn, names: ['l:shelbyville'], scene: '39.4,-88.8' }, first)), true);
    assert.equal(ruledOut(scored({ ...weeksOn, names: [], scene: null }, first)), true);
    assert.equal(ruledOut(scored({ ...weeksOn, harm: 'dead' }, first)), true);
  });

  it('should rule out a report a month on that dates a shooting of its own, unless it says it looks back', () => {
    // A second teenager of the same age shot in Springfield on a day the report names ("Sunday evening"):
    // the town and the age are all the two have in common, and many shootings share them.
    const another: ArticleFeatures = { ...weeksOn, date: '2025-06-01', datedInText: true, looksBack: null };
    assert.equal(scored(another, first)[PAIR_FEATURES.indexOf('lateTownAge')], 0);
    assert.equal(ruledOut(scored(another, first)), true);
    // The same report saying it follows "last month's shooting" may be the first one's follow-up.
    assert.equal(ruledOut(scored({ ...another, looksBack: 'time' }, first)), false);
    // And one whose only date is its publication day may be a reprint of the first bulletin.
    assert.equal(ruledOut(scored({ ...another, datedInText: false }, first)), false);
  });

  it('should spare a report dated in its text whose lead gives three or more ages, all of the event, at the same town point', () => {
    // A bar's four wounded, reprinted four weeks on with their "Sunday" read in the reprint's own week.
    const bar: EventProfile = { ...first, ages: [17, 23, 25, 34], harms: ['hurt'] };
    const reprint: ArticleFeatures = { ...weeksOn, date: '2025-05-30', datedInText: true, looksBack: null, ages: [17, 23, 25, 34] };
    assert.equal(scored(reprint, bar)[PAIR_FEATURES.indexOf('lateTownAge')], 1);
    assert.equal(ruledOut(scored(reprint, bar)), false);
    assert.equal(ruledOut(scored({ ...reprint, ages: [17, 23, 25] }, bar)), false);
    // One age of the four is what another shooting in the town may share: still ruled out.
    assert.equal(ruledOut(scored({ ...reprint, ages: [17] }, bar)), true);
    // And ages of which one is not the event's are another shooting's victims.
    assert.equal(ruledOut(scored({ ...reprint, ages: [17, 23, 41] }, bar)), true);
  });

  it('should rule out a shooting weeks on in the town whose two victims have the ages of the earlier two', () => {
    // Two men of 19 and 22 wounded on one street, and three weeks on two other men of 19 and 22 wounded on
    // another street of the town, each report dating its shooting in its text: two shootings.
    const pair: EventProfile = { ...first, ages: [19, 22], harms: ['hurt'] };
    const another: ArticleFeatures = { ...weeksOn, date: '2025-05-25', datedInText: true, looksBack: null, ages: [19, 22] };
    assert.equal(scored(another, pair)[PAIR_FEATURES.indexOf('lateTownAge')], 0);
    assert.equal(ruledOut(scored(another, pair)), true);
    // Two teenagers of 16 and 17 shot a month after four of 15 to 18 were shot in a park: two shootings too.
    const park: EventProfile = { ...first, ages: [15, 16, 17, 18], harms: ['hurt'] };
    assert.equal(ruledOut(scored({ ...another, ages: [16, 17] }, park)), true);
  });

  it('should rule out three ages in common where the two share only the state, not the town point', () => {
    const bar: EventProfile = { ...first, names: ['l:illinois', 'l:springfield'], ages: [17, 23, 25], harms: ['hurt'] };
    const elsewhere: ArticleFeatures = { ...weeksOn, names: ['l:illinois', 'l:decatur'], scene: '39.8,-89.0', date: '2025-05-30', datedInText: true, looksBack: null, ages: [17, 23, 25] };
    assert.equal(scored(elsewhere, bar)[PAIR_FEATURES.indexOf('lateTownAge')], 0);
    assert.equal(ruledOut(scored(elsewhere, bar)), true);
  });

  it('should spare a report naming the victim only when it was published a day or more after the event', () => {
    const named: ArticleFeatures = { ...weeksOn, date: '2025-05-24', datedInText: true, looksBack: null, identifiesVictim: true, published: '2025-05-25' };
    assert.equal(ruledOut(scored(named, first)), false);
    // The same headline on the event's own day is the first report of it, not a look back.
    assert.equal(ruledOut(scored({ ...named, published: '2025-05-02' }, first)), true);
    assert.equal(ruledOut(scored({ ...named, published: null }, first)), true);
    assert.equal(ruledOut(scored({ ...named, identifiesVictim: false }, first)), true);
  });

  it('should not mark a pair within six days, which the people rule never touched', () => {
    const x = scored({ ...weeksOn, date: '2025-05-05' }, first);
    assert.equal(x[PAIR_FEATURES.indexOf('lateTownAge')], 0);
    assert.equal(ruledOut(x), false);
  });
});

describe('cluster: follow-ups of a shooting in one town', () => {
  it('should join the report naming the victim days later, and keep a shooting on the same street a month on apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-town-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-sunday.txt'), ['Man shot dead on Alder Street', 'By Dana Whitlock', 'Published: September 15, 2024 10:00 EDT', 'BROOKFIELD, Wis. - A Brookfield man was shot and killed on Alder Street late Saturday, police said.', 'Officers found him on the sidewalk near a corner store with several gunshot wounds; he was dead before an ambulance came. Nobody has been arrested.'].join('\n'));
      // Placed in Brookfield by its police department alone, naming another street of the scene: the
      // two named no place in common and had counted as placed apart (probability 0.19 against the
      // threshold of 0.21; 0.52 now).
      writeFileSync(join(dir, 'b-wednesday.txt'), ['Police name man shot dead in weekend shooting', 'By Marcus Bell', 'Published: September 18, 2024 10:00 EDT', 'The Brookfield Police Department on Tuesday identified the man shot dead in a weekend shooting as Darnell Pryce, 31.', 'Officers found Pryce on the sidewalk near a corner store at Hope Avenue with several gunshot wounds. Nobody has been arrested, and detectives are asking anyone with video to call them.'].join('\n'));
      writeFileSync(join(dir, 'c-october.txt'), ['Man shot dead on Alder Street', 'By Dana Whitlock', 'Published: October 20, 2024 10:00 EDT', 'BROOKFIELD, Wis. - A Brookfield man was shot and killed on Alder Street late Saturday, police said.', 'Officers found him in a parked car near a laundromat with several gunshot wounds; he was dead before an ambulance came. Nobody has been arrested.'].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2024-11-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 3);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => [e.date, e.articles.length]).sort(), [['2024-09-14', 2], ['2024-10-19', 1]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: a victim named in other forms', () => {
  it('should join the arrest told days later with the middle name of the victim, and keep the shooting on the street a week later apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-forms-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-sunday.txt'), ['Man killed in Alder Street shooting', 'By Dana Whitlock', 'Published: September 15, 2024 10:00 EDT', 'BROOKFIELD, Wis. - A Brookfield man was shot and killed on Alder Street late Saturday, police said.', 'Police identified the victim as Darnell Pryce, 31, of Brookfield. He died on the street. Nobody has been arrested.'].join('\n'));
      // The arrest names the suspect, and the victim with his middle name: no name in common with the
      // first report, which had counted as a conflict of people.
      writeFileSync(join(dir, 'b-tuesday.txt'), ['Suspect arrested in Alder Street killing', 'By Marcus Bell', 'Published: September 17, 2024 10:00 EDT', 'BROOKFIELD, Wis. - Police on Monday arrested Keon Marsh, 22, in the killing of Darnell Lamar Pryce on Alder Street late Saturday.', 'Marsh was charged with first-degree intentional homicide, police said. Pryce, 31, was hit several times and died where he fell on Alder Street.'].join('\n'));
      writeFileSync(join(dir, 'c-next-sunday.txt'), ['Man wounded in Alder Street shooting', 'By Dana Whitlock', 'Published: September 22, 2024 10:00 EDT', 'BROOKFIELD, Wis. - A Brookfield man was shot and wounded late Saturday on Alder Street, police said.', 'Police identified the man as Andre Pryce Whitfield, 40, of Brookfield. He is being treated in a hospital for wounds that doctors do not think will kill him.'].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2024-11-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 3);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => [e.date, e.articles.length]).sort(), [['2024-09-14', 2], ['2024-09-21', 1]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: a report weeks after a shooting that names no one', () => {
  it('should join the report of the car found three weeks on, and keep a shooting on the same street a month later apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-town-age-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-first.txt'), ['Toddler wounded when gunfire hits car on Maple Street', 'By Dana Whitlock', 'Published: April 18, 2025 10:00 EDT', 'KENT, Wash. - A 1-year-old boy riding in a car on Maple Street was shot and wounded Thursday night when someone fired several rounds at it, police said.', 'Doctors in Seattle are treating the boy for a bullet wound in his leg. Detectives said a dark sedan fired the shots and drove off toward the highway.'].join('\n'));
      // Three weeks on, the police name nobody: the town, the street and the child's age tie it to the shooting.
      writeFileSync(join(dir, 'b-weeks-on.txt'), ['Police find sedan used in shooting that wounded toddler', 'By Marcus Bell', 'Published: May 9, 2025 10:00 EDT', 'KENT, Wash. - Police said Thursday they have found the dark sedan used in the shooting that wounded a 1-year-old boy in a car on Maple Street.', 'Detectives found the sedan abandoned near the highway and are testing it for evidence. Police have arrested nobody so far.'].join('\n'));
      // Another shooting on the same street a month later, of a man of another age.
      writeFileSync(join(dir, 'c-later.txt'), ['Man wounded when gunfire hits car on Maple Street', 'By Dana Whitlock', 'Published: June 13, 2025 10:00 EDT', 'KENT, Wash. - A 27-year-old man sitting in a car on Maple Street was shot and wounded Thursday night when someone fired several rounds at it, police said.', 'Doctors in Seattle are treating the man for a bullet wound in his leg. Detectives said a dark sedan fired the shots and drove off toward the highway.'].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-07-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 3);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => [e.date, e.articles.length]).sort(), [['2025-04-17', 2], ['2025-06-12', 1]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: late reports of a bar shooting', () => {
  it('should join a reprint weeks on that gives the four victims the same ages, and keep a shooting in the town a week later apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-bar-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-first.txt'), ['Four hurt when gunfire erupts outside Bay City tavern', 'By Dana Whitlock', 'Published: March 3, 2025 10:00 EST', 'BAY CITY, Mich. - Shots fired from a passing car outside the Copper Kettle tavern on Center Avenue early Sunday hit a woman aged 34, a man aged 25, a man aged 23 and a girl aged 17, police said.', 'Dozens of customers ran back inside. Nobody has been arrested.'].join('\n'));
      // The same bulletin run again four weeks on: its "Sunday" is read in its own week, so only the
      // four ages and the town tie it to the shooting.
      writeFileSync(join(dir, 'b-reprint.txt'), ['Four hurt when gunfire erupts outside Bay City tavern', 'By Marcus Bell', 'Published: March 31, 2025 10:00 EDT', 'BAY CITY, Mich. - Two of the four people hit by gunfire outside a Center Avenue tavern remain in hospital. Police got the first call soon after 1 a.m. Sunday. The victims, officers said, were 34 years old, 25 years old, 23 years old and 17 years old.', 'Investigators are asking anyone with video from the street to come forward.'].join('\n'));
      // Another shooting in the town a week after the first, of a man of another age, dated in its text.
      writeFileSync(join(dir, 'c-next-week.txt'), ['Man shot outside Center Avenue gas station in Bay City', 'By Dana Whitlock', 'Published: March 10, 2025 10:00 EDT', 'BAY CITY, Mich. - Police said a man aged 41 standing outside a gas station on Center Avenue was shot and wounded Sunday night.', 'He is in a hospital. Police want to find a man who drove off in a pickup truck.'].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-07-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 3);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => [e.date, e.articles.length]).sort(), [['2025-03-02', 2], ['2025-03-09', 1]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cluster: a victim identified over a week on', () => {
  it('should join the shooting whose victim it names, by the town and the age, though it names a day of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cluster-identified-'));
    const store = new SqliteStore(':memory:');
    try {
      writeFileSync(join(dir, 'a-first.txt'), ['Cookeville man dies after shooting at home', 'By Dana Whitlock', 'Published: December 22, 2024 10:00 EST', 'COOKEVILLE, Tenn. - The Putnam County Sheriff’s Office said a man aged 19 died after being shot inside a Ridge Road home on Saturday night.', 'Deputies believe the gun was fired by accident. His name was not released.'].join('\n'));
      // Twelve days on, the sheriff names him: the day he was named is the only day the report gives.
      writeFileSync(join(dir, 'b-identified.txt'), ['Victim of Ridge Road shooting identified', 'By Marcus Bell', 'Published: January 3, 2025 10:00 EST', 'COOKEVILLE, Tenn. - The Putnam County Sheriff’s Office on Thursday named the man who died at a house on Ridge Road as Ansel Pryce, 19, of Cookeville.', 'Detectives are finishing their inquiry and expect to pass it to the district attorney.'].join('\n'));
      const report = await ingestPaths([dir], createStages(), { store, now: () => '2025-07-01T00:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 2);
      const events = await store.listEvents({ limit: 10, offset: 0 });
      assert.deepEqual(events.map((e) => [e.date, e.articles.length]), [['2024-12-21', 2]]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("pairFeatures: a state's act answering an earlier story", () => {
  const attack: EventProfile = { terms: { hack: 2, water: 1 }, names: ['l:harwick', 'p:nora vale'], dates: ['2025-03-03', '2025-03-04'], size: 2 };
  const answer: ArticleFeatures = { ...article, names: ['l:harwick', 'p:nora vale'], date: '2025-03-17', act: 'sanction:GB' };

  it('should rule out the pair more than six days after the story, whichever side arrived first', () => {
    assert.equal(features(answer, attack).actsApart, 1);
    assert.equal(ruledOut(pairFeatures(answer, articleVector(answer, stats), attack, stats)), true);
    // The story's report read after the sanctions' event was stored.
    const sanctions: EventProfile = { terms: { sanction: 2 }, names: ['p:nora vale'], dates: ['2025-03-17'], size: 1, acts: ['sanction:GB'] };
    assert.equal(features({ ...article, names: ['p:nora vale'], date: '2025-03-04' }, sanctions).actsApart, 1);
  });

  it("should keep a crime story's follow-up led by a statement that names its victim or points back to the crime", () => {
    // A shooting's reports lead with the crime; ten days on, a city's police praise a witness (read as a
    // statement when the lead names a country) and name the victim, or say "charged with killing".
    const shooting: EventProfile = { terms: { shoot: 2 }, names: ['l:riverton', 'p:lane tobias'], dates: ['2025-04-02'], size: 2, acts: ['crime:'], harms: ['dead'] };
    const praise: ArticleFeatures = { ...article, names: ['l:riverton', 'p:lane tobias'], date: '2025-04-12', act: 'statement:US' };
    assert.equal(features(praise, shooting).actsApart, 0);
    assert.equal(features({ ...praise, names: ['l:riverton'], looksBack: 'crime' }, shooting).actsApart, 0);
    assert.equal(features({ ...praise, names: ['l:riverton'], looksBack: 'time' }, shooting).actsApart, 1);
    // Naming neither, it still answers the story as an act of its own.
    assert.equal(features({ ...praise, names: ['l:riverton'] }, shooting).actsApart, 1);
    // A crime that hurt no one (a hack): a shared name is its spokesman's as often as not.
    assert.equal(features(praise, { ...shooting, harms: [] }).actsApart, 1);
    // Read the other way round: the crime's report arriving after the statement's event was stored.
    const praised: EventProfile = { ...shooting, dates: ['2025-04-12'], size: 1, acts: ['statement:US'] };
    assert.equal(features({ ...praise, date: '2025-04-02', act: 'crime:', harm: 'dead' }, praised).actsApart, 0);
  });

  it("should keep the story's follow-up a week on, and a state's act within six days", () => {
    assert.equal(features({ ...answer, act: 'crime:' }, attack).actsApart, 0);
    assert.equal(features({ ...answer, act: null }, attack).actsApart, 0);
    assert.equal(features({ ...answer, date: '2025-03-09' }, attack).actsApart, 0);
  });
});

describe('pairFeatures: an undated pair linked by one place and few words', () => {
  const note = (words: string[], names: string[], date: string | null): ArticleFeatures => ({ terms: new Map(words.map((w) => [w, 1])), names, date, figures: [], scene: null, earlier: [], act: null });
  const tankers: EventProfile = { terms: { tanker: 1, water: 2, reach: 1, township: 1, famil: 1, wait: 1, drink: 1, outbreak: 1 }, names: ['l:mabvuku'], dates: [], size: 1 };

  it('should rule out a dated note that shares only the township and a word or two with an undated one', () => {
    const trained = note(['volunteer', 'train', 'run', 'clinic', 'township', 'fever', 'nurse', 'district'], ['l:mabvuku', 'o:district council'], '2031-06-06');
    const x = pairFeatures(trained, articleVector(trained, stats), tankers, stats);
    assert.equal(ruledOut(x), true);
  });

  it('should leave to the model an undated pair that shares a person, or much of its wording, and a dated pair', () => {
    const named = note(['volunteer', 'train', 'clinic', 'township'], ['l:mabvuku', 'p:rudo marufu'], '2031-06-06');
    assert.equal(ruledOut(pairFeatures(named, articleVector(named, stats), { ...tankers, names: ['l:mabvuku', 'p:rudo marufu'] }, stats)), false);
    const retold = note(['tanker', 'water', 'reach', 'township', 'famil', 'wait', 'drink'], ['l:mabvuku'], '2031-06-06');
    assert.equal(ruledOut(pairFeatures(retold, articleVector(retold, stats), tankers, stats)), false);
    const trained = note(['volunteer', 'train', 'run', 'clinic', 'township', 'fever', 'nurse', 'district'], ['l:mabvuku'], '2031-06-06');
    assert.equal(ruledOut(pairFeatures(trained, articleVector(trained, stats), { ...tankers, dates: ['2031-06-05'] }, stats)), false);
  });
});
