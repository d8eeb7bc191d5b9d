import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bodyTellsAnotherStory } from './another-story.js';

describe('bodyTellsAnotherStory', () => {
  it('should find a teaser box where the story was', () => {
    const teaser = 'Best Burgers In RiversideRiverside is known for its parks, and these diners serve the thickest patties in the county, open late on weekends.';
    assert.equal(bodyTellsAnotherStory('3 Hurt In Shooting At Graduation Party In Lynwood', teaser), true);
  });

  it('should keep a text that repeats one of the headline words', () => {
    const story = 'Three people were hurt when gunfire broke out at a graduation party on Elm Street late Saturday, deputies said.';
    assert.equal(bodyTellsAnotherStory('3 Hurt In Shooting At Graduation Party In Lynwood', story), false);
  });

  it('should keep a text that tells of the shooting in other words', () => {
    assert.equal(bodyTellsAnotherStory('3 Hurt In Shooting At Graduation Party In Lynwood', 'Three people were wounded late Saturday when gunfire broke out near Elm Street, deputies said.'), false);
  });

  it('should read words alike by their first letters', () => {
    assert.equal(bodyTellsAnotherStory('Graduations Parties Turn Violent', 'The graduation party ended when shots rang out.'), false);
  });

  it('should not judge a headline of words every crime report shares', () => {
    assert.equal(bodyTellsAnotherStory('Man shot, killed in Lynwood', 'Best Burgers In RiversideRiverside is known for its parks.'), false);
  });
});
