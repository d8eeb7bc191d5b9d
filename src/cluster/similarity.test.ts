import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { articleFeatures, buildProfile } from './features.js';
import { joinThreshold, similarity } from './similarity.js';

const JOIN_THRESHOLD = joinThreshold();

const stats = { documents: 0, df: new Map<string, number>() };

const first = enrichedArticle(
  'A gunman shot two people outside a bar on Main Street in Springfield late on Friday, police said. Officer Dana Reyes said a suspect was arrested at the scene.',
  { title: 'Two shot outside Springfield bar', outlet: 'Springfield Gazette', publishedAt: '2025-05-03T08:00:00Z' },
);
const sameEvent = enrichedArticle(
  'Police arrested a suspect after two people were shot outside a Main Street bar in Springfield on Friday night, Officer Dana Reyes said.',
  { title: 'Suspect held after bar shooting', outlet: 'Valley News', publishedAt: '2025-05-03T11:00:00Z' },
);
const weekLater = enrichedArticle(
  'A gunman shot three people outside a nightclub on Oak Avenue in Springfield late on Friday, police said. Officer Mark Lane said no arrest had been made.',
  { title: 'Three shot outside Springfield nightclub', outlet: 'Springfield Gazette', publishedAt: '2025-05-10T08:00:00Z' },
);

describe('similarity', () => {
  it('should join the same event told differently', () => {
    const score = similarity(articleFeatures(sameEvent), buildProfile([articleFeatures(first)]), stats);
    assert.ok(score.total >= JOIN_THRESHOLD, JSON.stringify(score));
  });

  it('should keep apart two breaches at two carriers in one week that read alike, and an opinion column', () => {
    const seoul = enrichedArticle(
      'SEOUL, Oct. 20 (Yonhap) -- North Korean hackers were behind a breach at budget carrier Hanul Mobile that exposed the personal data of some 2.3 million subscribers, the government said Tuesday. Names, phone numbers, birth dates and addresses of subscribers were stolen, officials said. The carrier apologised and offered free SIM swaps to its subscribers.',
      { title: 'Hackers behind Hanul Mobile breach affecting 2.3 mln subscribers', outlet: 'Yonhap', publishedAt: '2026-10-20T05:00:00Z' },
    );
    // Filed from its own city, as such a report is: the two name places and share none. (Until the
    // "North" of "North Korean" stopped being read as a place, a spurious town kept this pair apart.)
    const manila = enrichedArticle(
      'MANILA - A ransomware attack on the Pasig-based provider Tala Telecom exposed the personal data of about 1.2 million subscribers, the company said on Wednesday. Names, mobile numbers and billing addresses of subscribers were stolen, and the carrier told its subscribers to watch for fraud. The disclosure came a day after South Korean officials linked a breach at Hanul Mobile to North Korean hackers.',
      { title: 'Tala Telecom confirms ransomware attack; data of 1.2M subscribers exposed', outlet: 'Manila Ledger', publishedAt: '2026-10-21T09:00:00Z' },
    );
    const score = similarity(articleFeatures(manila), buildProfile([articleFeatures(seoul)]), stats);
    assert.ok(score.total < JOIN_THRESHOLD, JSON.stringify(score));
  });

  it('should keep apart two similar shootings in one city a week apart', () => {
    const score = similarity(articleFeatures(weekLater), buildProfile([articleFeatures(first)]), stats);
    assert.ok(score.total < JOIN_THRESHOLD, JSON.stringify(score));
  });
});
