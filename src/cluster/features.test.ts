import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures, buildProfile, extendProfile } from './features.js';

describe('articleFeatures', () => {
  it('should keep a short form of a name its own key beside the full name\'s, as the join model was fitted with', () => {
    const article = enrichedArticle('Police arrested Dorian Maxwell Pruitt, 24, on Sunday after a shooting in Springfield. A judge set bail for Dorian Pruitt at $50,000.', { title: 'Man held after shooting', publishedAt: '2025-05-03T08:00:00Z' });
    assert.equal(article.people.filter((p) => p.name.includes('Pruitt')).length, 1);
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:dorian maxwell pruitt', 'p:dorian pruitt']);
  });

  it('should file a man named with "Jr." under his name without it too, so a report that leaves it out finds him', () => {
    const article = enrichedArticle('Corwin Tallis Jr., 41, of Wexcombe appeared in court on Monday on a charge of burglary at a hardware store.', { title: 'Man in court over hardware store burglary', publishedAt: '2025-09-02T08:00:00Z' });
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.ok(people.includes('p:corwin tallis'), people.join(', '));
  });

  it("should count a force's spokesman and officers as names, not as the event's people", () => {
    const article = enrichedArticle(
      'Dana Reyes, 24, was shot outside a bar on Main Street in Springfield on Friday, said Officer Mark Lane, a police spokesman. ' +
        'Springfield Police Chief Ann Porter said a suspect was arrested.',
      { title: 'Woman shot outside Springfield bar', publishedAt: '2025-05-03T08:00:00Z' },
    );
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:dana reyes', 'q:ann porter', 'q:lane mark']);
  });

  it('should count an officer quoted by an abbreviated rank or who identifies the dead among the sources', () => {
    const article = enrichedArticle(
      'Two men were shot and killed outside a store on Oak Street in Columbus on Sunday. ' +
        'Sgt. Ray Kimball identified the men as Tom Reed, 31, and Sam Reed, 29. ' +
        '"We need witnesses to come forward," said Columbus Police Capt. Lou Varga.',
      { title: 'Two men killed outside Columbus store', publishedAt: '2025-05-05T08:00:00Z' },
    );
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:reed sam', 'p:reed tom', 'q:kimball ray', 'q:lou varga']);
  });

  it("should count the page's photographers and reporters among the sources, not the event's people", () => {
    const article = enrichedArticle(
      'Dana Reyes, 24, was shot outside a bar on Main Street in Springfield on Friday. Photo: Lena Brooks, Staff\n\n' + "Channel 7's Ivy Tran has the details.",
      { title: 'Woman shot outside Springfield bar', publishedAt: '2025-05-03T08:00:00Z' },
    );
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:dana reyes', 'q:brooks lena', 'q:ivy tran']);
  });

  it("should keep an officer who was shot, or charged, and an officer's mother, among the event's people", () => {
    const article = enrichedArticle(
      'Police Officer Rosalind Amberly, 48, was shot and killed in the Bronx on Wednesday. ' +
        'Former Chicago police officer Declan Verhoeven was charged with murder on Friday. ' +
        'Maria Lopez, the mother of a Chicago police officer, died from a stray bullet on Sunday.',
      { title: 'Officer killed', publishedAt: '2025-05-03T08:00:00Z' },
    );
    const people = articleFeatures(article).names.filter((n) => /^[pq]:/.test(n));
    assert.deepEqual(people, ['p:amberly rosalind', 'p:declan verhoeven', 'p:lopez maria']);
  });

  it("should count a mayor who comments on a crime among its sources, and a mayor in other news among its people", () => {
    const shooting = enrichedArticle(
      'A shooting Saturday night in East Baltimore left three people dead, police said. ' +
        'Officers found five people with gunshot wounds, and detectives are looking for two suspects. ' +
        'Mayor Brandon Scott called the gunmen cowards and asked witnesses to come forward.',
      { title: 'Three dead after shooting in East Baltimore', publishedAt: '2024-07-07T09:00:00Z' },
    );
    assert.deepEqual(articleFeatures(shooting).names.filter((n) => /^[pq]:/.test(n)), ['q:brandon scott']);
    const budget = enrichedArticle('Mayor Brandon Scott said on Monday that he would veto the council budget, which cuts library hours.', { title: 'Mayor vows budget veto', publishedAt: '2024-07-08T09:00:00Z' });
    assert.deepEqual(articleFeatures(budget).names.filter((n) => /^[pq]:/.test(n)), ['p:brandon scott']);
  });

  it('should count a schools superintendent who comments on a shooting among its sources', () => {
    const shooting = enrichedArticle(
      'A 15-year-old student was shot and wounded near his school in Riverside on Tuesday, police said. ' +
        '"No child should fear walking home," said Riverside Public Schools Superintendent Nora Quist.',
      { title: 'Student shot near Riverside school', publishedAt: '2024-09-11T09:00:00Z' },
    );
    assert.deepEqual(articleFeatures(shooting).names.filter((n) => /^[pq]:/.test(n)), ['q:nora quist']);
  });

  it('should count a minister who comments on a theft, and a press secretary anywhere, among the sources', () => {
    const theft = enrichedArticle(
      'North Korean hackers are suspected of stealing $235 million from KoinVault, a cryptocurrency exchange in Singapore, on Thursday. ' +
        "South Korea's Foreign Minister Cho Tae-yul said the theft showed why last month's US sanctions were needed.",
      { title: 'North Korea suspected in crypto heist', publishedAt: '2024-07-20T02:00:00Z' },
    );
    assert.ok(articleFeatures(theft).names.includes('q:cho tae yul'), JSON.stringify(articleFeatures(theft).names));
    const briefing = enrichedArticle('White House press secretary Karine Jean-Pierre said on Monday that the president would sign the bill.', { title: 'President to sign bill', publishedAt: '2024-07-08T09:00:00Z' });
    assert.ok(articleFeatures(briefing).names.some((n) => n === 'q:jean karine pierre'), JSON.stringify(articleFeatures(briefing).names));
  });
});

describe('extendProfile', () => {
  it('should sum one profile and an article as it sums several', () => {
    const features = ['A crane fell on a harbour berth in Cork on Monday.', 'Harbour workers left the crane berth in Cork after the fall.', 'Cork port reopened the berth on Tuesday.'].map((text, i) =>
      articleFeatures(enrichedArticle(text, { title: `Crane report ${i}`, publishedAt: '2025-05-05T08:00:00Z' })),
    );
    const stored = buildProfile(features.slice(0, 2));
    const empty = buildProfile([]);
    assert.deepEqual(extendProfile([stored], features[2]!), extendProfile([stored, empty], features[2]!));
    assert.deepEqual(Object.keys(extendProfile([stored], features[2]!).terms), Object.keys(extendProfile([stored, empty], features[2]!).terms));
  });

  it('should keep the terms heaviest first, then by term, and write them as an ordinary object would be written', () => {
    const features = ['A crane fell on a harbour berth in Cork on Monday.', 'Harbour workers left the crane berth in Cork after the fall.'].map((text, i) =>
      articleFeatures(enrichedArticle(text, { title: `Crane report ${i}`, publishedAt: '2025-05-05T08:00:00Z' })),
    );
    const profile = buildProfile(features);
    const entries = Object.entries(profile.terms);
    assert.ok(entries.length > 5);
    assert.deepEqual(entries, [...entries].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    // The terms object has no prototype (features.ts, termsObject): its JSON, what the store keeps, is the same.
    assert.equal(JSON.stringify(profile), JSON.stringify({ ...profile, terms: Object.fromEntries(entries) }));
    assert.equal(Object.hasOwn(profile.terms, 'crane'), true);
    assert.equal(profile.terms['toString'], undefined);
  });
});
