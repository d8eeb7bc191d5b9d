/**
 * The enrich stage: sentences, entities, people with roles, dates resolved against the publication
 * time, the event's own date and place, earlier events referred to, and themes. Order matters: people
 * need entities; the event date needs dates; earlier events need the event date; the place and the
 * people of this event are those outside the sentences about earlier events.
 */
import type { NewsDocument } from '../model/document.js';
import { recognizeEntities } from './entities/recognize.js';
import { findCasualties } from './casualties.js';
import { chooseEventDate } from './event-date.js';
import { resolvePeople } from './people.js';
import { choosePlace } from './place.js';
import { findRelated } from './related.js';
import { splitSentences } from './sentences.js';
import { detectThemes } from './themes.js';
import { findTimexes, referenceFrom } from './timex.js';

export function createEnrich() {
  return function enrich(doc: NewsDocument): void {
    const a = doc.article;
    a.sentences = splitSentences(a.body);
    const recognition = recognizeEntities(a.body, a.sentences);
    a.entities = recognition.entities;
    a.people = resolvePeople(a.body, a.sentences, recognition, a.authors);
    const reference = referenceFrom(a.publishedAt);
    if (!reference && a.body) doc.message('enrich', 'no-reference-time', 'no publication date: relative dates ("on Friday") are left unresolved');
    a.timexes = findTimexes(a.body, a.sentences, reference);
    a.eventDate = chooseEventDate(a.body, a.sentences, a.timexes, reference);
    a.related = findRelated(a.body, a.sentences, a.timexes, a.eventDate?.value ?? null, a.entities);
    const aboutEarlierEvent = (offset: number): boolean => a.related.some((r) => r.start <= offset && offset < r.end);
    for (const person of a.people) {
      person.inEvent = !person.byline && person.mentions.some((m) => !aboutEarlierEvent(m.start));
    }
    a.place = choosePlace(a.body, a.entities, aboutEarlierEvent);
    a.casualties = findCasualties(a.body);
    a.themes = detectThemes(a.headline ?? '', a.body);
  };
}
