import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reportsAtActSeat } from './act-seat.js';

interface Fake {
  id: string;
  body: string;
  sentences: { start: number; end: number }[];
  place: { inferred?: boolean } | null;
  datelined: boolean;
}

function report(id: string, lead: string, datelined: boolean): Fake {
  const body = `${lead} More lines follow here.`;
  return { id, body, sentences: [{ start: 0, end: lead.length }], place: {}, datelined };
}

const ids = (list: readonly Fake[]): string[] => list.map((a) => a.id);

describe('reportsAtActSeat', () => {
  it('should let the datelined release of a sanctioning government decide over the targets\' city', () => {
    const release = report('release', 'OTTAWA - The foreign ministry today sanctioned three brokers and a shipping firm.', true);
    const wire = report('wire', 'Canada sanctioned three brokers working from the port of Mersin on Tuesday.', false);
    const paper = report('paper', 'Three Mersin brokers were sanctioned by Ottawa over fuel deliveries.', false);
    assert.deepEqual(ids(reportsAtActSeat([wire, paper, release], (a) => a.datelined)), ['release']);
  });

  it('should treat an indictment and a designation as such acts too', () => {
    const court = report('court', 'DENVER - A grand jury indicted two contractors for faking payroll records.', true);
    const other = report('other', 'Two contractors from Leeds were indicted over payroll records.', false);
    assert.deepEqual(ids(reportsAtActSeat([other, court], (a) => a.datelined)), ['court']);
    const listed = report('listed', 'ROME - The ministry designated a charity as a front for smugglers.', true);
    const told = report('told', 'A charity in Bari was designated a front for smugglers.', false);
    assert.deepEqual(ids(reportsAtActSeat([told, listed], (a) => a.datelined)), ['listed']);
  });

  it('should leave every report to vote on an event that is no government act', () => {
    const a = report('a', 'MILAN - Two people were hurt when a crane fell on a parked van.', true);
    const b = report('b', 'A crane fell on a van in Monza, hurting two people.', false);
    assert.deepEqual(ids(reportsAtActSeat([a, b], (x) => x.datelined)), ['a', 'b']);
  });

  it('should leave every report to vote where most leads tell another story', () => {
    const a = report('a', 'LIMA - The ministry sanctioned a mining firm after the spill.', true);
    const b = report('b', 'Oil spilled into a river near Iquitos on Friday.', false);
    const c = report('c', 'Fishermen near Iquitos found the river black with oil.', false);
    assert.deepEqual(ids(reportsAtActSeat([a, b, c], (x) => x.datelined)), ['a', 'b', 'c']);
  });

  it('should leave every report to vote where no report telling the act is datelined', () => {
    const a = report('a', 'Japan sanctioned a trader based in Vladivostok.', false);
    const b = report('b', 'A Vladivostok trader was sanctioned by Tokyo.', false);
    assert.deepEqual(ids(reportsAtActSeat([a, b], (x) => x.datelined)), ['a', 'b']);
  });
});
