import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { isAccountHandle } from './account-handle.js';

function at(body: string, text: string, type: Entity['type']): Pick<Entity, 'start' | 'type' | 'text'> {
  return { start: body.indexOf(text), type, text };
}

describe('an account handle read as a name', () => {
  it('should be no name after "@", in a post or in an address', () => {
    const body = 'Two hurt near the park. — Dana Reyes (@DanaReyesTV) May 2, 2016. Write to dreyes@courier.com.';
    assert.equal(isAccountHandle(body, at(body, 'DanaReyesTV', 'person')), true);
    assert.equal(isAccountHandle(body, at(body, 'courier', 'organization')), true);
  });

  it('should be no person or body after "#", but a hashtag of a place still names it', () => {
    const body = 'Watch #KXTV at six. Prayers for #Fresno tonight.';
    assert.equal(isAccountHandle(body, at(body, 'KXTV', 'organization')), true);
    assert.equal(isAccountHandle(body, at(body, 'Fresno', 'location')), false);
  });

  it('should be no name where only the sign is left', () => {
    const body = 'Follow @CourierDesk for updates.';
    assert.equal(isAccountHandle(body, at(body, '@', 'organization')), true);
  });

  it('should keep the name the post is signed with', () => {
    const body = '— Dana Reyes (@DanaReyesTV) May 2, 2016';
    assert.equal(isAccountHandle(body, at(body, 'Dana Reyes', 'person')), false);
  });
});
