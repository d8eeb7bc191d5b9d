import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { tellerOfFigure } from './toll-tellers.js';

const report = (body: string, outlet: string, publishedAt: string, title: string) => enrichedArticle(body, { title, outlet, publishedAt });

describe('withTollTellers (through buildEvent)', () => {
  // An earthquake on the Iran-Iraq border told on its first day by three reports, each with one body's count.
  const baghdad = report('BAGHDAD — A strong earthquake struck the mountains on the Iran-Iraq border on Monday night. Iraq\'s health ministry said 318 people had been killed on the Iraqi side.', 'Tigris Herald', '2025-11-18T09:00:00Z', 'Border earthquake kills hundreds');
  const tehran = report('TEHRAN — The Iranian Red Crescent Society said 341 people were killed in Monday\'s earthquake on the border with Iraq.', 'Caspian Daily', '2025-11-18T10:00:00Z', 'Quake toll at 341');
  const halabja = report('HALABJA — At least 360 people were killed in Monday\'s earthquake on both sides of the border, according to the UN humanitarian office OCHA.', 'Kurdistan Voice', '2025-11-18T12:00:00Z', 'Quake killed 360, UN says');

  it('should list who gives each of one day\'s tolls beside its figure and its report', async () => {
    const event = await buildEvent('evt_0000000000007201', [baghdad, tehran, halabja], null, '2025-11-19T00:00:00Z');
    const killed = event.discrepancies.find((d) => d.about === 'killed');
    assert.deepEqual(
      killed?.variants.map((v) => [v.value, v.sources, v.claimedBy ?? null]),
      [
        ['318', [baghdad.id], ["Iraq's health ministry"]],
        ['341', [tehran.id], ['Iranian Red Crescent Society']],
        ['360', [halabja.id], ['UN humanitarian office OCHA']],
      ],
      JSON.stringify(killed),
    );
  });

  it('should leave the figures bare where fewer than two reports name a teller', async () => {
    const plain = report('BAGHDAD — A strong earthquake struck the Iran-Iraq border on Monday night, killing 318 people.', 'Tigris Herald', '2025-11-18T09:00:00Z', 'Border earthquake kills hundreds');
    const event = await buildEvent('evt_0000000000007202', [plain, tehran], null, '2025-11-19T00:00:00Z');
    const killed = event.discrepancies.find((d) => d.about === 'killed');
    assert.deepEqual(killed?.variants.map((v) => v.claimedBy ?? null), [null, null], JSON.stringify(killed));
  });
});

describe('tellerOfFigure', () => {
  it('should not take the clause after a comma for a teller where no one is said to tell the figure', () => {
    const a = report('Two people were killed in the collapse, including a child.', 'Tigris Herald', '2025-11-18T09:00:00Z', 'Collapse kills two');
    assert.equal(tellerOfFigure(a, 'killed', '2'), null);
  });
});
