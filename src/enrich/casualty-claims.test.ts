import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

const claimsOf = (body: string) => enrichedArticle(body, { title: 'Clash at the frontier', outlet: 'Northern Herald', publishedAt: '2026-03-11T09:00:00Z' }).casualtyClaims ?? [];
const brief = (body: string) => claimsOf(body).map((c) => `${c.kind} ${c.moreThan ? '>' : ''}${c.value} by ${c.by}`).sort();

describe('findCasualtyClaims', () => {
  it('should read a denial as a claim of no dead, beside the other side\'s figures', () => {
    const body = 'Border guards of the two states exchanged fire at the Varna crossing on Tuesday.\n\nThe Estonian interior ministry says three of its guards were killed and four wounded. The Latvian defence ministry says nobody died and that two guards were slightly injured.';
    assert.deepEqual(brief(body), ['injured 2 by Latvian defence ministry', 'injured 4 by Estonian interior ministry', 'killed 0 by Latvian defence ministry', 'killed 3 by Estonian interior ministry']);
  });

  it('should read a figure set against another ("not five as X claims") and credit each side', () => {
    const body = 'Shelling hit a hilltop outpost near Dorva on Tuesday.\n\n"Our gunners fired only at military targets," spokesman Colonel Idris Halloran said. He said three soldiers had died, not five as Kestrel Command claims.';
    const found = brief(body);
    assert.ok(found.includes('killed 5 by Kestrel Command'), found.join(' | '));
    assert.ok(found.includes('killed 3 by Idris Halloran'), found.join(' | '));
  });

  it('should read a bound in quotes as "more than" and credit it to the person named in the speaker\'s words', () => {
    const body = 'A militia calling itself the Red Ridge Brigade said on Wednesday it had attacked an army camp near Dorva on Tuesday.\n\nIn an audio message, a man who gave his name as Tomas Virku said "more than twenty" soldiers had been killed. The Georgian army says six soldiers were killed. The Armenian defence ministry says nine soldiers died.';
    const found = brief(body);
    assert.ok(found.includes('killed >20 by Tomas Virku'), found.join(' | '));
    assert.ok(found.includes('killed 6 by Georgian army'), found.join(' | '));
    assert.ok(found.includes('killed 9 by Armenian defence ministry'), found.join(' | '));
  });

  it('should not take two counts from speakers of no known side for a dispute', () => {
    const body = 'A gunman opened fire at a warehouse in Millbrook on Tuesday.\n\nThe sheriff said four workers were wounded. A hospital spokeswoman, Dana Ortiz, said three patients were being treated for wounds.';
    assert.deepEqual(claimsOf(body), []);
  });

  it('should take a figure the speaker denies as the other side\'s, and "all are alive" as a claim of none', () => {
    const body = 'A ferry was stopped by a patrol boat near Oslin island on Tuesday.\n\nPort spokeswoman Hanna Mairet said the passengers would be sent home. She denied Danish reports that two passengers had died, saying all the passengers were alive.';
    assert.deepEqual(brief(body), ['killed 0 by Hanna Mairet', 'killed 2 by Danish reports']);
  });

  it('should give no claims where only one figure is told, whoever tells it', () => {
    assert.deepEqual(claimsOf('Two men were shot outside a bar on Elm Street on Tuesday night, police said. Both were taken to hospital, officers said.'), []);
    assert.deepEqual(claimsOf('The ministry says four soldiers were killed in the ambush on Tuesday. Officials said the convoy had been carrying food.'), []);
  });

  it('should not read a denial about an incident of another day as a claim of this one', () => {
    const body = 'Ministers of the two states met in Geneva on Friday, March 20, to discuss the border.\n\nThe envoy repeated that no soldier had died in the March 3 incident. The envoy said talks would resume next week.';
    const article = enrichedArticle(body, { title: 'Border talks in Geneva', outlet: 'Northern Herald', publishedAt: '2026-03-21T09:00:00Z' });
    assert.equal(article.casualtyClaims, undefined);
  });
});
