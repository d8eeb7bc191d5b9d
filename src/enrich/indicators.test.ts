import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findIndicators, hostOf, refang } from './indicators.js';
import { NO_INDICATORS } from './indicators-none.fixture.js';

const values = (text: string, ownHosts: string[] = []): string[] => findIndicators(text, { ownHosts }).map((i) => `${i.type} ${i.value}`);

describe('findIndicators', () => {
  it('should read hashes of exactly their length where the text names them as hashes', () => {
    const text = [
      'Hashes of the dropper we recovered',
      'SHA-256: 7d1c0e59a4b2f83e6c9a1d04b7e25f3c8a6d9e12b4f07c35a8e1d26f9b3c4a07',
      'SHA1: 5e8a1f03c2d94b7a6e0f1c28d3b54a9e7f6c0d12',
      'MD5 of the config: 0b9e4d2f7a1c83e65d4b0a9f2e7c1d38',
    ].join('\n\n');
    assert.deepEqual(values(text), [
      'sha256 7d1c0e59a4b2f83e6c9a1d04b7e25f3c8a6d9e12b4f07c35a8e1d26f9b3c4a07',
      'sha1 5e8a1f03c2d94b7a6e0f1c28d3b54a9e7f6c0d12',
      'md5 0b9e4d2f7a1c83e65d4b0a9f2e7c1d38',
    ]);
  });

  it('should refang defanged domains, addresses and web addresses', () => {
    const text = 'The implant called back to update-relay[.]net, cdn.fastpatch(.)org and 203.0.113[.]77, and fetched hxxps://drop.fastpatch[.]org/s2.bin.';
    assert.deepEqual(values(text), ['domain update-relay.net', 'domain cdn.fastpatch.org', 'ipv4 203.0.113.77', 'url https://drop.fastpatch.org/s2.bin']);
  });

  it('should read undefanged network indicators only beside a word of their kind or under a heading of indicators', () => {
    assert.deepEqual(values('Command-and-control servers: 198.51.100.23 and relay-sync.io'), ['ipv4 198.51.100.23', 'domain relay-sync.io']);
    assert.deepEqual(values('Indicators of compromise\n\n198.51.100.23\n\nrelay-sync.io\n\n2001:db8:85a3::8a2e:370:7334'), ['ipv4 198.51.100.23', 'domain relay-sync.io', 'ipv6 2001:db8:85a3::8a2e:370:7334']);
    assert.deepEqual(values('The charity moved its office to 198.51.100.23 Main Street, it said on relay-sync.io.'), []);
  });

  it('should give each indicator once, with its offsets in the text as written', () => {
    const text = 'Block evil-mirror[.]com now. The C2 domain evil-mirror[.]com served the payload.';
    const found = findIndicators(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0]!.start, found[0]!.end), 'evil-mirror[.]com');
    assert.equal(found[0]!.text, 'evil-mirror[.]com');
  });

  it('should not take the host inside a web address for a domain of its own', () => {
    assert.deepEqual(values('Malicious link: hxxp://login-portal-check[.]com/verify'), ['url http://login-portal-check.com/verify']);
  });

  it('should find no indicator in any passage of the list of traps', () => {
    for (const text of NO_INDICATORS) assert.deepEqual(values(text, ['harborwire.example.com']), [], text);
  });
});

describe('refang and hostOf', () => {
  it('should make a defanged text plain and give a web address its host', () => {
    assert.equal(refang('hxxps://a[.]b(.)c[dot]com'), 'https://a.b.c.com');
    assert.equal(hostOf('https://www.Example.org/x?y=1'), 'example.org');
    assert.equal(hostOf('not an address'), null);
  });
});
