import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stillInHospitalCounts, withoutHospitalSubsets } from './still-in-hospital.js';

describe('stillInHospitalCounts', () => {
  it('should read the counts of people still in hospital, in words or digits', () => {
    assert.deepEqual([...stillInHospitalCounts('Nine people remain in hospital, two of them critical. 4 are still in hospital in Leeds.')].sort(), [4, 9]);
  });

  it('should not read a count of the hurt as one still in hospital', () => {
    assert.equal(stillInHospitalCounts('Nine people were injured and taken to hospital.').size, 0);
  });
});

describe('withoutHospitalSubsets', () => {
  const report = (injured: number, body: string) => ({ casualties: { killed: 2, injured }, body });

  it('should leave out a wounded count that is only those still in hospital when another report counts more hurt', () => {
    const out = withoutHospitalSubsets([report(17, 'Seventeen people were hurt in the fire.'), report(6, 'Six people remain in hospital.')]);
    assert.deepEqual(out.map((r) => r.casualties), [{ killed: 2, injured: 17 }, { killed: 2, injured: null }]);
  });

  it('should keep such a count where no report counts more hurt', () => {
    const reports = [report(6, 'Six people remain in hospital.'), report(6, 'Six were injured.')];
    assert.deepEqual(withoutHospitalSubsets(reports), reports);
  });
});
