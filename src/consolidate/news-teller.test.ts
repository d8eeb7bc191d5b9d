import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedAsTeller } from './news-teller.js';

/** The first mention of `name` in `body`, as an entity span. */
const at = (body: string, name: string) => ({ text: name, start: body.indexOf(name), end: body.indexOf(name) + name.length });
const teller = (body: string, name: string): boolean => namedAsTeller(body, at(body, name));

describe('namedAsTeller', () => {
  it('should read an outlet told, quoted or reporting as the teller', () => {
    assert.equal(teller('A spokesman told the BBC on Monday.', 'BBC'), true);
    assert.equal(teller('The BBC and CNN reported the move.', 'BBC'), true);
    assert.equal(teller('The BBC and CNN reported the move.', 'CNN'), true);
    assert.equal(teller('Ten died, according to the Associated Press.', 'Associated Press'), true);
    assert.equal(teller('Yonhap news agency reported the launch.', 'Yonhap'), true);
    // Newspapers named by a newsroom's word, which the list of known outlets leaves out.
    assert.equal(teller('A spokesman told the Washington Post that the ship was seized.', 'Washington Post'), true);
    assert.equal(teller('The New York Times reported the seizure first.', 'New York Times'), true);
    assert.equal(teller('Hackers on Monday attacked the Jerusalem Post.', 'Jerusalem Post'), false);
  });

  it('should not read an outlet the event happens to, nor a body that is no outlet, as the teller', () => {
    assert.equal(teller('Russia on Friday blocked the BBC.', 'BBC'), false);
    assert.equal(teller('Ten died, according to the Health Ministry.', 'Health Ministry'), false);
    assert.equal(teller('The ministry said in a statement carried by KCNA that it would respond.', 'KCNA'), false);
  });
});
