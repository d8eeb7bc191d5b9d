import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';

describe('decodeBytes', () => {
  it('should read UTF-8 with or without a byte-order mark', () => {
    assert.equal(decodeBytes(Buffer.from('\ufeffNorth Korea’s', 'utf8'), 'a.txt', false).text, 'North Korea’s');
    assert.equal(decodeBytes(Buffer.from('plain', 'utf8'), 'a.txt', false).guessed, false);
  });

  it('should use the charset an HTML page declares (EUC-KR)', () => {
    const html = iconv.encode('<html><head><meta charset="euc-kr"></head><body><p>북한 사이버 위협</p></body></html>', 'euc-kr');
    const decoded = decodeBytes(html, 'ko.html', true);
    assert.equal(decoded.encoding, 'euc-kr');
    assert.match(decoded.text, /북한 사이버 위협/);
  });

  it('should guess a legacy encoding for text that is not valid UTF-8, and say so', () => {
    const decoded = decodeBytes(Buffer.from('The port\x92s director said repairs would take several weeks to finish.', 'latin1'), 'a.txt', false);
    assert.equal(decoded.guessed, true);
    assert.match(decoded.text, /port’s/);
  });

  it('should read UTF-16 without a byte-order mark, big-endian as well as little-endian, and say it was a guess', () => {
    const text = 'Café owners in the old town reopened on Monday.';
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      const decoded = decodeBytes(bytes, 'notes.txt', false);
      assert.equal(decoded.text, text);
      assert.equal(decoded.guessed, true);
    }
  });

  it('should refuse binary data, naming the input', () => {
    assert.throws(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.txt', false), /photo\.txt: binary file/);
  });
});

describe('decodeBytes without a declared charset', () => {
  const samples: [string, string][] = [
    ['euc-kr', '북한의 사이버 위협에 대응하기 위한 한미일 실무그룹 회의가 워싱턴에서 열렸다. 세 나라 대표들은 정보기술 인력 문제와 불법 수익에 대해 논의했다고 외교부가 밝혔다.'],
    ['shift_jis', '日米韓の外務当局者はワシントンで会合を開き、北朝鮮のサイバー脅威への対応について協議した。三か国の代表は民間企業との協力強化で一致したと外務省は発表した。'],
    ['gb18030', '韩美日三国外交官员在华盛顿举行会议，讨论应对朝鲜网络威胁的合作。三方代表同意加强与私营企业的合作，并提高国际网络安全能力。'],
  ];
  for (const [encoding, text] of samples) {
    it(`should detect ${encoding} in an undeclared page`, () => {
      const bytes = iconv.encode(`<html><body><p>${text}</p></body></html>`, encoding);
      const decoded = decodeBytes(bytes, `page-${encoding}.html`, true);
      assert.equal(decoded.guessed, true);
      assert.ok(decoded.text.includes(text), `${encoding} read as ${decoded.encoding}`);
    });
  }

  it('should honour a charset given by http-equiv', () => {
    const html = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>北朝鮮のサイバー脅威</p></body></html>', 'shift_jis');
    assert.match(decodeBytes(html, 'ja.html', true).text, /北朝鮮のサイバー脅威/);
  });
});
