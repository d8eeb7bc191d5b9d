import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inLabelledTeaser } from './teaser-dateline.js';

const teaser = (body: string, word: string, from = 0): boolean => inLabelledTeaser(body, body.indexOf(word, from));

describe('inLabelledTeaser', () => {
  it("should read a paragraph opening with a label and another story's dateline as that story's teaser", () => {
    const body = 'A girl was honoured at her school on Friday.\n\nPHOTOS: DAYTON, OH (WXYZ) - It was the biggest storm in Dayton history.\n\nThe sheriff said a girl, 7, was wounded in Gaston on Saturday.';
    assert.ok(teaser(body, 'Dayton history'));
    assert.ok(teaser(body, 'DAYTON'));
    assert.ok(!teaser(body, 'Gaston'));
    assert.ok(!teaser(body, 'school'));
    assert.ok(teaser('Two men were hurt.\nVIDEO: AUSTIN, Texas (AP) — Floods closed roads in Austin.', 'Austin.'));
  });

  it("should leave the text's own opening, a paragraph without a label, and a label before no dateline", () => {
    assert.ok(!teaser('VIDEO: DAYTON, OH (WXYZ) - A man was shot in Dayton on Friday.', 'Dayton on'));
    assert.ok(!teaser('Posted Friday.\n\nDAYTON, OH (WXYZ) - A man was shot in Dayton on Friday.', 'Dayton on'));
    assert.ok(!teaser('Posted Friday.\n\nUPDATE: Police said the man shot in Dayton has died.', 'Dayton'));
  });
});
