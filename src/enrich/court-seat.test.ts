import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { appealsCourtSeat } from './court-seat.js';

describe('appealsCourtSeat', () => {
  it('should give the seat of a federal appeals court named by its circuit, however written', () => {
    assert.equal(appealsCourtSeat('Second Circuit appeals court'), 'New York City');
    assert.equal(appealsCourtSeat('Seventh Circuit Court of Appeals'), 'Chicago');
    assert.equal(appealsCourtSeat('9th U.S. Circuit Court of Appeals'), 'San Francisco');
    assert.equal(appealsCourtSeat('Court of Appeal of Dubai'), null);
  });
});

describe('place: an appeal filed with a federal circuit court', () => {
  it('should place the appeal where the court sits, not in the town where the appellant is held', () => {
    const article = enrichedArticle('Lawyers for Mr. Jasper Quill filed a notice of appeal on Tuesday with the United States Court of Appeals for the Seventh Circuit, challenging his conviction on nine counts.\n\nMr. Quill remains in custody at the Metropolitan Correctional Center in Milwaukee.', { title: 'Broker appeals fraud conviction', outlet: 'Courtside Notes', publishedAt: '2032-03-04T10:00:00Z' });
    assert.equal(article.place?.name, 'Chicago');
  });
});

describe('place: an appeal in New York by a man held in one of its boroughs', () => {
  it('should keep the city where the court sits, not the borough of the jail', () => {
    const article = enrichedArticle('Lawyers for Mr. Jasper Quill filed a notice of appeal on Tuesday with the Second Circuit appeals court, challenging his conviction on nine counts.\n\nMr. Quill remains in custody at the Metropolitan Detention Center in Brooklyn.', { title: 'Broker appeals fraud conviction', outlet: 'Courtside Notes', publishedAt: '2032-03-04T10:00:00Z' });
    assert.equal(article.place?.name, 'New York City');
  });
});
