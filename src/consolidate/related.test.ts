import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle } from '../store/contract.js';
import { answerWords, commonWords, consolidateRelated, mentionScore, outranks, rankCandidate } from './related.js';
import { contentWords } from './facts.js';

const words = (text: string): string[] => [...contentWords(text)];

describe('answerWords', () => {
  const fact = (text: string) => ({ text, sources: ['art_1'], corroboration: 1 });

  it('should give the event nouns of the facts and themes, and the nouns of acts told by verb', () => {
    const facts = [fact('A grand jury indictment was unsealed in Los Angeles.'), fact('The exchange was hacked in 2024.')];
    assert.equal(answerWords({ facts, themes: ['crime', 'sanctions'] }), 'hack indictment sanctions');
  });

  it('should leave out nouns that tell no kind of event and words that are no event nouns', () => {
    const facts = [fact('The gunman opened fire in what police called an isolated incident.'), fact('Officers launched an operation on Elm Street.')];
    assert.equal(answerWords({ facts, themes: ['crime'] }), '');
  });

  it('should read a record again when its themes or its list of facts are other than when it was last read', () => {
    const facts = [fact('The exchange was hacked on Monday.')];
    assert.equal(answerWords({ facts, themes: ['crime'] }), 'hack');
    // The same list of facts with other themes, then with a fact added to it.
    assert.equal(answerWords({ facts, themes: ['crime', 'sanctions'] }), 'hack sanctions');
    facts.push(fact('Two men were indicted in Ohio.'));
    assert.equal(answerWords({ facts, themes: ['crime'] }), 'hack indictment');
  });

  it("should give the participants' surnames in every spelling, so that a mention naming the person finds the event", () => {
    const facts = [fact('Border guards detained the photographer at the airport.')];
    const participants = [{ name: 'Dmitri Volkonsky', aliases: ['Dmitry Volkonski'], role: 'photographer', organization: null, country: 'RU', sources: ['art_1'] }];
    const answers = answerWords({ facts, themes: [], participants });
    assert.ok(answers.includes('volkonsky') && answers.includes('volkonski'));
    // "Dmitry Volkonski, who was arrested on May 4": the act and the surname single out the event whose summary names neither.
    const text = `Border guards detain photographer at airport Border guards detained the photographer at the airport. arrest ${answers}`;
    assert.ok(mentionScore(text, words('Arrest'), ['dmitry', 'volkonski'], '2027-05-04') > 0);
    assert.equal(mentionScore(`Border guards detain photographer at airport arrest ${answerWords({ facts, themes: [] })}`, words('Arrest'), ['dmitry', 'volkonski'], '2027-05-04'), 0);
  });
});

describe('mentionScore', () => {
  const theft = 'Hackers stole $142 million from the Meridex exchange in Singapore';

  it('should take two words of the description, or one with a name of the sentence', () => {
    assert.ok(mentionScore(theft, words('the theft from the exchange'), [], '2025-06') === 0, 'theft is not stole');
    assert.ok(mentionScore(theft, words('the hack of the exchange'), words('Meridex'), '2025-06') > 0);
    assert.ok(mentionScore(theft, words('the exchange hack'), [], '2025-06') === 0);
    assert.ok(mentionScore(theft, words('the million stolen from the exchange'), [], '2025-06') > 0);
  });

  it('should give a word most of the store uses no weight', () => {
    const shooting = 'Gunfire in Fort Myers on Sunday wounded two men';
    assert.ok(mentionScore(shooting, words('the shooting in Fort Myers'), [], '2015-08') > 0);
    const common = new Set(words('shooting'));
    assert.equal(mentionScore(shooting, words('the shooting'), words('Myers'), '2015-08', common), 0);
    assert.ok(mentionScore(shooting, words('the shooting in Fort Myers'), [], '2015-08', common) > 0);
  });

  it('should want three words or names for a mention dated only by its year', () => {
    const text = 'A gunman wounded five people at the Envy nightclub in Palm Springs';
    assert.equal(mentionScore(text, words('the nightclub shooting'), words('Springs'), '2013'), 0);
    assert.ok(mentionScore(text, words('the nightclub shooting'), words('Springs'), '2013-09') > 0);
    assert.ok(mentionScore(text, words('the Envy nightclub shooting'), words('Palm Springs'), '2013') > 0);
  });
});

describe('outranks', () => {
  const mention = words('Mayoral run-off');
  const count = rankCandidate('evt_b', 'Count gives Ortega lead in mayoral run-off', 'Count gives Ortega lead in mayoral run-off. Ortega led with 52 percent.', mention, []);
  const reaction = rankCandidate('evt_a', 'Rivals cry foul over count', 'Rivals cry foul over count. The rivals said the mayoral run-off was rigged.', mention, []);

  it('should prefer, among equal scores, the event whose title holds the words of the mention', () => {
    assert.equal(count.score, reaction.score);
    assert.ok(outranks(count, reaction));
    assert.ok(!outranks(reaction, count));
  });

  it('should order equals by id, so that the choice does not depend on which came first', () => {
    const twin = { ...count, id: 'evt_c' };
    assert.ok(outranks(count, twin));
    assert.ok(!outranks(twin, count));
  });
});

describe('commonWords', () => {
  it('should call a word common when more than a tenth of a store of a hundred articles or more uses it', () => {
    const df = new Map([['shoot', 80], ['myer', 3]]);
    assert.deepEqual([...commonWords({ documents: 200, df })], ['shoot']);
    assert.deepEqual([...commonWords({ documents: 90, df })], [], 'a small store has none');
  });
});

describe('consolidateRelated', () => {
  it('should ask for no earlier event dated after the report or after the event itself', async () => {
    const article = {
      ...sampleArticle(1, { publishedAt: '2025-07-20T09:00:00Z' }),
      related: [{ description: 'the crane collapse at Manila port', date: '2025-07', sentence: 'It follows the crane collapse at Manila port in July.', start: 0, end: 10 }],
    };
    const bounds: (string | undefined)[] = [];
    const lookup = async (_prefix: string, _words: readonly string[], _names?: readonly string[], notAfter?: string) => {
      bounds.push(notAfter);
      return 'evt_0000000000000001';
    };
    await consolidateRelated([article], 'evt_0000000000000002', lookup);
    await consolidateRelated([article], 'evt_0000000000000002', lookup, '2025-07-15');
    await consolidateRelated([article], 'evt_0000000000000002', lookup, '2025-07');
    // A mention of the event's own month happened before the event's day: the day before it bounds it.
    assert.deepEqual(bounds, ['2025-07-20', '2025-07-14', '2025-07-20']);
    bounds.length = 0;
    await consolidateRelated([{ ...article, related: [{ ...article.related[0]!, date: '2025-06-30' }] }], 'evt_0000000000000002', lookup, '2025-07-15');
    assert.deepEqual(bounds, ['2025-07-15'], 'a day of another month is bounded by the event day as before');
  });

  it('should list two unlike descriptions linked to one stored event once', async () => {
    const first = { ...sampleArticle(1), related: [{ description: 'the ceasefire in Jeddah', date: '2025-05', sentence: 'It follows last month\'s ceasefire in Jeddah.', start: 0, end: 10 }] };
    const second = { ...sampleArticle(2), related: [{ description: 'the truce the two sides signed', date: '2025-05-20', sentence: 'The truce the two sides signed on May 20 held.', start: 0, end: 10 }] };
    const related = await consolidateRelated([first, second], 'evt_0000000000000009', async () => 'evt_0000000000000001');
    assert.equal(related.length, 1);
    assert.deepEqual(related[0]!.sources, [first.id, second.id]);
    assert.equal(related[0]!.date, '2025-05-20');
    const unlinked = await consolidateRelated([first, second], 'evt_0000000000000009', async () => null);
    assert.equal(unlinked.length, 2, 'not linked, they stay apart');
  });

  it('should keep a mention of a day near the event only where it links to another stored event', async () => {
    const mention = { description: 'Raid on Harlow depot', date: '2026-06-02', sentence: 'Police raided Harlow depot on June 2.', start: 0, end: 10, near: true as const };
    const article = { ...sampleArticle(1, { publishedAt: '2026-06-10T09:00:00Z' }), related: [mention] };
    const linked = await consolidateRelated([article], 'evt_0000000000000009', async () => 'evt_0000000000000001', '2026-06-09');
    assert.deepEqual(linked.map((r) => [r.date, r.eventId]), [['2026-06-02', 'evt_0000000000000001']]);
    assert.deepEqual(await consolidateRelated([article], 'evt_0000000000000009', async () => null, '2026-06-09'), [], 'unlinked, it may be the event itself on a misread day');
    assert.deepEqual(await consolidateRelated([article], 'evt_0000000000000009', async () => 'evt_0000000000000009', '2026-06-09'), [], 'the event itself is no earlier event');
    // Dated far enough from its own event by another report, it is an earlier event linked or not.
    const far = { ...sampleArticle(2, { publishedAt: '2026-06-30T09:00:00Z' }), related: [{ ...mention, near: undefined }] };
    const kept = await consolidateRelated([article, far], 'evt_0000000000000009', async () => null, '2026-06-09');
    assert.deepEqual(kept.map((r) => r.sources.length), [2]);
  });
});

describe('consolidateRelated: mentions of incidents days apart', () => {
  const mention = (description: string, date: string, sentence: string) => ({ description, date, sentence, start: 0, end: sentence.length });
  const none = async () => null;

  it('should keep two incidents of one month more than a day apart as two earlier events, though one sentence tells both', async () => {
    const sentence = 'The envoy told the council about the seizure of a trawler in the Bay of Biscay on March 2 and the missile strike near the bay on March 18.';
    const article = { ...sampleArticle(1, { publishedAt: '2031-04-05T09:00:00Z' }), related: [mention('Seizure in Bay of Biscay', '2031-03-02', sentence), mention('Strike near Bay of Biscay', '2031-03-18', sentence)] };
    const found = await consolidateRelated([article], 'evt_0000000000000002', none);
    assert.deepEqual(found.map((r) => [r.date, r.description]), [['2031-03-02', 'Seizure in Bay of Biscay'], ['2031-03-18', 'Strike near Bay of Biscay']]);
  });

  it("should keep a week's mention and a day's of one sentence apart, each linked to its own event", async () => {
    const sentence = "Ministers met in Graz on Tuesday after last week's damage to the Vela Link cable and Saturday's blackout near Linz.";
    const week = { ...mention('Damage to Vela Link', '2031-03', sentence), span: { from: '2031-03-03', to: '2031-03-09' } };
    const article = { ...sampleArticle(1, { publishedAt: '2031-03-11T09:00:00Z' }), related: [week, { ...mention('Blackout', '2031-03-08', sentence), near: true as const }] };
    const lookup = async (date: string, words: readonly string[]) => (words.includes('blackout') && date === '2031-03-08' ? 'evt_0000000000000003' : words.includes('vela') && date === '2031-03' ? 'evt_0000000000000001' : null);
    const found = await consolidateRelated([article], 'evt_0000000000000002', lookup, '2031-03-11');
    assert.deepEqual(found.map((r) => [r.date, r.description, r.eventId]), [['2031-03', 'Damage to Vela Link', 'evt_0000000000000001'], ['2031-03-08', 'Blackout', 'evt_0000000000000003']]);
  });

  it('should take "the March 2 incident" of one report as the seizure another report names on that day', async () => {
    const first = { ...sampleArticle(1, { publishedAt: '2031-04-05T09:00:00Z' }), related: [mention('Incident', '2031-03-02', 'The minister said no sailor died in the March 2 incident.')] };
    const second = { ...sampleArticle(2, { publishedAt: '2031-04-05T10:00:00Z' }), related: [mention('Seizure', '2031-03-02', 'The crew have been held since the March 2 seizure of their trawler.')] };
    const found = await consolidateRelated([first, second], 'evt_0000000000000002', none);
    assert.deepEqual(found.map((r) => [r.date, r.description, r.sources.length]), [['2031-03-02', 'Seizure', 2]]);
  });
});

describe('answerWords: the title and the place of the event', () => {
  const fact = (text: string) => ({ text, sources: ['art_1'], corroboration: 1 });

  it("should answer with the acts the title tells by verb and the name of the event's town", () => {
    const event = { facts: [fact('The crew were taken to the naval base.')], themes: [], title: 'Coast guard rammed and seized a trawler', location: { name: 'Brest', country: 'FR', lat: 48.4, lon: -4.5 } };
    assert.equal(answerWords(event), 'ramming seizure brest');
  });

  it("should leave out an outlet's home city, which only guesses the place", () => {
    const event = { facts: [fact('The talks ended without a deal.')], themes: [], location: { name: 'Lyon', country: 'FR', lat: 45.8, lon: 4.8, inferred: true as const } };
    assert.equal(answerWords(event), 'deal talks');
  });
});

describe("mentionScore: a mention of a day named by the stored event's title noun", () => {
  const title = 'Health ministry declares dengue outbreak in Piura';
  const text = `${title}. The ministry said 40 people were in hospital.`;

  it('should answer a mention of that day by the noun the title names the event by', () => {
    assert.ok(mentionScore(text, words('the outbreak'), [], '2031-03-04', new Set(), title) > 0);
  });

  it('should ask for more where the mention gives only a month, the noun is common, or the title lacks it', () => {
    assert.equal(mentionScore(text, words('the outbreak'), [], '2031-03', new Set(), title), 0);
    assert.equal(mentionScore(text, words('the outbreak'), [], '2031-03-04', new Set(['outbreak']), title), 0);
    assert.equal(mentionScore(text, words('the outbreak'), [], '2031-03-04'), 0, 'no title given: two words, as before');
    assert.equal(mentionScore('Ministry counts new cases. The outbreak spread to Tumbes.', words('the outbreak'), [], '2031-03-04', new Set(), 'Ministry counts new cases'), 0);
  });
});

describe('answerWords: a public body\'s act told by its verb in the title', () => {
  it('should answer a closure, a reopening and a declaration by their nouns', () => {
    const answers = (title: string): string[] => answerWords({ facts: [], themes: [], title }).split(' ');
    assert.ok(answers('Chile closes Colchane border post over fuel dispute').includes('closure'));
    assert.ok(answers('Argentina reopened the Jama pass on Friday').includes('reopening'));
    assert.ok(answers('Peru declares state of emergency in Piura').includes('declaration'));
  });
});

describe('consolidateRelated: acts of policy told by a participle', () => {
  const mention = (description: string, date: string, sentence: string) => ({ description, date, sentence, start: 0, end: sentence.length });

  it('should drop a mention of the event\'s own day that the event itself answers', async () => {
    const later = { ...sampleArticle(1, { publishedAt: '2031-05-20T09:00:00Z' }), related: [mention('Appeal filed', '2031-05-02', 'The lawyers said the appeal filed on May 2 was still unheard.')] };
    const self = 'evt_0000000000000004';
    assert.deepEqual(await consolidateRelated([later], self, async () => self, '2031-05-02'), []);
  });

  it('should keep two acts of one month apart when their descriptions share only the participle', async () => {
    const sentence = 'Growers said the quotas announced last month hurt them.';
    const article = { ...sampleArticle(1, { publishedAt: '2031-04-05T09:00:00Z' }), related: [mention('Quotas announced', '2031-03', sentence), mention('Levies announced', '2031-03-09', 'Officials defended the levies announced on March 9.')] };
    const found = await consolidateRelated([article], 'evt_0000000000000002', async () => null);
    assert.deepEqual(found.map((r) => r.description).sort(), ['Levies announced', 'Quotas announced']);
  });
});

describe('answerWords: everyday uses of act verbs are no act (review68)', () => {
  const factWords = (text: string): string[] => answerWords({ facts: [{ text, sources: [], corroboration: 1 }], themes: [] }).split(' ').filter(Boolean);
  it('should read no theft in water that could not drain and no closure or declaration in a road closed or a man declared dead', () => {
    assert.deepEqual(factWords('The gutters could not drain after the storm, and the driver was declared dead once officers closed the road.'), []);
  });
  it('should still read a sum drained as a theft and a border post closed as a closure', () => {
    assert.deepEqual(factWords('Thieves drained $9 million from the bridge before Lanovia closed its Redgate border post.').sort(), ['closure', 'theft']);
  });
});

describe('consolidateRelated: a mention dated by a span of days', () => {
  const sentence = 'Auditors said thieves took $5 million from the Kestrel broker last weekend.';
  const spanMention = (span: { from: string; to: string } | undefined) => ({ description: 'Theft from Kestrel', date: '2031-05', sentence, start: 0, end: sentence.length, near: true as const, ...(span ? { span } : {}) });

  it('should look the mention up only among events of the days it names', async () => {
    const article = { ...sampleArticle(1, { publishedAt: '2031-05-15T09:00:00Z' }), related: [spanMention({ from: '2031-05-10', to: '2031-05-11' })] };
    const asked: (string | undefined)[][] = [];
    const found = await consolidateRelated([article], 'evt_0000000000000009', async (prefix, _words, _names, notAfter, notBefore) => {
      asked.push([prefix, notAfter, notBefore]);
      return 'evt_000000000000000a';
    }, '2031-05-15');
    assert.deepEqual(asked, [['2031-05', '2031-05-11', '2031-05-10']]);
    assert.equal(found[0]?.eventId, 'evt_000000000000000a');
  });

  it('should drop the bound where another report dates the same event by its month alone', async () => {
    const first = { ...sampleArticle(1, { publishedAt: '2031-05-15T09:00:00Z' }), related: [spanMention({ from: '2031-05-10', to: '2031-05-11' })] };
    const second = { ...sampleArticle(2, { publishedAt: '2031-05-16T09:00:00Z' }), related: [{ ...spanMention(undefined), near: undefined }] };
    const asked: (string | undefined)[] = [];
    await consolidateRelated([first, second], 'evt_0000000000000009', async (_prefix, _words, _names, _notAfter, notBefore) => {
      asked.push(notBefore);
      return null;
    }, '2031-05-16');
    assert.deepEqual(asked, [undefined]);
  });
});

describe('consolidateRelated: names of a court case told across its reports', () => {
  const person = (text: string) => ({ text, type: 'person' as const, start: 0, end: text.length });
  const askedNames = async (articles: Parameters<typeof consolidateRelated>[0]): Promise<string[]> => {
    let asked: readonly string[] = [];
    await consolidateRelated(articles, 'evt_0000000000000009', async (_prefix, _words, names = []) => {
      asked = names;
      return null;
    }, '2026-06-10');
    return [...asked].sort();
  };
  const arrest = { description: 'Arrest', date: '2024', sentence: 'Lindqvist has been held since his arrest in 2024.', start: 0, end: 10 };

  it("should read a sentence's first word as a name where it is a person's, with the whole name the article gives", async () => {
    const article = { ...sampleArticle(1, { publishedAt: '2026-06-10T18:00:00Z' }), entities: [person('Oskar Lindqvist')], related: [arrest] };
    assert.deepEqual(await askedNames([article]), words('Lindqvist Oskar').sort());
  });

  it('should read no name from a first word that is no person of the article', async () => {
    const article = { ...sampleArticle(1, { publishedAt: '2026-06-10T18:00:00Z' }), entities: [person('Oskar Lindqvist')], related: [{ ...arrest, sentence: 'Police have held him since his arrest in 2024.' }] };
    assert.deepEqual(await askedNames([article]), []);
  });

  it('should gather the names of every report merged into the mention', async () => {
    const first = { ...sampleArticle(1, { publishedAt: '2026-06-10T18:00:00Z' }), related: [{ ...arrest, sentence: 'He has been held since his arrest in 2024.' }] };
    const second = { ...sampleArticle(2, { publishedAt: '2026-06-11T08:00:00Z' }), related: [{ ...arrest, sentence: 'He was jailed after his arrest in Trondheim in 2024.' }] };
    assert.deepEqual(await askedNames([first, second]), words('Trondheim'));
  });
});

describe('mentionScore: a mention dated by its year that names a person', () => {
  it("should link the stored arrest of the person the report names, by given name and surname", () => {
    const wanted = words('Arrest');
    const names = words('Lindqvist Oskar');
    assert.ok(mentionScore('Police arrested Oskar Lindqvist in Trondheim arrest', wanted, names, '2024') > 0);
  });

  it('should not link an arrest of that year of another person, nor one of a namesake', () => {
    const wanted = words('Arrest');
    const names = words('Lindqvist Oskar');
    assert.equal(mentionScore('Police arrested Maria Holm in Bergen arrest', wanted, names, '2024'), 0);
    assert.equal(mentionScore('Police arrested Erik Lindqvist in Bergen arrest', wanted, names, '2024'), 0);
  });
});

describe('answerWords: a verdict told by its verb', () => {
  const fact = (text: string) => ({ text, sources: ['art_1'], corroboration: 1 });

  it('should answer "verdict" for a jury that found someone guilty or convicted them', () => {
    assert.equal(answerWords({ facts: [fact('A jury in Trondheim on Thursday found Oskar Lindqvist guilty of embezzlement.')], themes: [] }), 'verdict');
    assert.equal(answerWords({ facts: [fact('A federal jury convicted the former mayor of bribery.')], themes: [] }), 'verdict');
  });

  it('should not answer "verdict" for a plea of guilty or a conviction only spoken of', () => {
    assert.equal(answerWords({ facts: [fact('Lindqvist pleaded guilty to embezzlement on Monday.')], themes: [] }), '');
    assert.equal(answerWords({ facts: [fact('He was sentenced after being convicted of fraud.')], themes: [] }), '');
  });
});

describe('consolidateRelated: a mention of a span that takes in the event\'s own day', () => {
  const sentence = 'He had been questioned after last week\'s raid on the Steppe Courier\'s offices.';
  const mention = { description: 'Raid on Steppe Courier', date: '2031-05', sentence, start: 0, end: sentence.length, span: { from: '2031-05-12', to: '2031-05-18' } };
  const raid = sampleArticle(1, { headline: 'Police raid Steppe Courier newsroom, detain two editors', publishedAt: '2031-05-16T18:00:00Z' });
  const later = { ...sampleArticle(2, { headline: 'Police search home of former writer', publishedAt: '2031-05-20T16:00:00Z' }), related: [mention] };
  const none = async (): Promise<string | null> => null;

  it('should not list as an earlier event the event itself, told by the headline of another of its reports', async () => {
    assert.deepEqual(await consolidateRelated([raid, later], 'evt_0000000000000001', none, '2031-05-16'), []);
  });
  it('should keep it where the event\'s day lies outside the span, or where no other report\'s headline tells it', async () => {
    assert.equal((await consolidateRelated([raid, later], 'evt_0000000000000001', none, '2031-05-20')).length, 1);
    assert.equal((await consolidateRelated([later], 'evt_0000000000000002', none, '2031-05-16')).length, 1);
  });
});

describe('answerWords: a detention or an arrest told by its verb in the title', () => {
  const answers = (title: string, facts: string[] = []): string[] => answerWords({ facts: facts.map((text) => ({ text, sources: ['art_1'], corroboration: 1 })), themes: [], title }).split(' ');
  it('should answer a mention of an arrest by the title\'s verb', () => {
    assert.ok(answers('Security service detains Kazan editor on espionage charge').includes('arrest'));
    assert.ok(answers('Steppe Courier owner arrested in Almaty').includes('arrest'));
  });
  it('should not read an arrest in the facts alone, which a crime\'s reports tell beside the crime', () => {
    assert.ok(!answers('Two hurt in warehouse fire', ['Police arrested a man at the scene.']).includes('arrest'));
  });
});
