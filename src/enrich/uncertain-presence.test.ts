import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { consolidateParticipants } from '../consolidate/participants.js';
import { isUncertainPresence } from './uncertain-presence.js';

function uncertain(body: string, name: string): boolean {
  const start = body.indexOf(name);
  return isUncertainPresence(body, { start, end: start + name.length });
}

describe('isUncertainPresence', () => {
  it('should read a name in a clause that leaves its presence unknown as no presence', () => {
    assert.equal(uncertain('State television did not say whether Park Jae-sun attended the test.', 'Park Jae-sun'), true);
    assert.equal(uncertain('It was unclear if President Lena Voss was present.', 'Lena Voss'), true);
    assert.equal(uncertain("There was no sign of leader Omar Dalif at the parade.", 'Omar Dalif'), true);
    assert.equal(uncertain("The agency didn't immediately say whether Tomas Ruiz had watched the launch.", 'Tomas Ruiz'), true);
  });

  it('should keep a name whose unknown is not its presence, or whose presence is told', () => {
    assert.equal(uncertain('Police did not say whether Dale Ward was armed.', 'Dale Ward'), false);
    assert.equal(uncertain('Park Jae-sun attended the test, state television said.', 'Park Jae-sun'), false);
    assert.equal(uncertain('It was not clear why the launch failed, and Lena Voss attended the briefing.', 'Lena Voss'), false);
  });

  it('should keep a person a search found no trace or sign of in the event, as missing', () => {
    assert.equal(uncertain('Divers searching the hull off Rhodes on Sunday found no trace of Stavros Kallis.', 'Stavros Kallis'), false);
    assert.equal(uncertain('Rescuers dug through the rubble all night, but there was no sign of Mira Soto.', 'Mira Soto'), false);
    const a = enrichedArticle('RHODES (Aegean Wire) - Divers searching the hull of a capsized trawler off Rhodes on Sunday found no trace of Stavros Kallis. The trawler sank on Saturday.', { title: 'Trawler sinks off Rhodes', outlet: 'Aegean Wire', publishedAt: '2026-03-02T12:00:00Z' });
    assert.deepEqual(a.people.map((p) => [p.name, p.inEvent, p.eventRole ?? null]), [['Stavros Kallis', true, 'missing']]);
  });

  it('should leave a person named only so out of the event and its participants', () => {
    const a = enrichedArticle('SEOUL (Harbor Wire) - The army fired two rockets into the sea on Monday, General Choi Dong-hwan said. State radio did not say whether Marshal Ri Song-gun attended.', { title: 'Rockets fired', outlet: 'Harbor Wire', publishedAt: '2026-03-02T12:00:00Z' });
    assert.deepEqual(a.people.map((p) => [p.name, p.inEvent]), [['Choi Dong-hwan', true], ['Ri Song-gun', false]]);
    assert.deepEqual(consolidateParticipants([a]).participants.map((p) => p.name), ['Choi Dong-hwan']);
  });
});
