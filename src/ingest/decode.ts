/**
 * Bytes to text. Order of evidence: a byte-order mark, UTF-16's pattern of zero bytes, a charset the page declares, strict UTF-8, then
 * statistical detection (chardet) for pages saved in legacy encodings (windows-1252, EUC-KR, Shift_JIS,
 * GB18030). Binary files are refused rather than decoded into garbage.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';
import { sniffUtf16 } from './utf16-sniff.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the text was not valid UTF-8 and another encoding was guessed. */
  guessed: boolean;
}

const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.1;
}

export function decodeBytes(bytes: Uint8Array, input: string, isHtml: boolean): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictUtf8(bytes.subarray(3), input);
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding), encoding, guessed: false };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16, guessed: true };
  if (looksBinary(bytes)) throw new InputError(input, 'binary file (not text or HTML); skipped');

  if (isHtml) {
    const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
    const declared = DECLARED_CHARSET.exec(head)?.[1]?.toLowerCase();
    if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared)) {
      return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared, guessed: false };
    }
  }
  try {
    return strictUtf8(bytes, input);
  } catch {
    const detected = chardet.detect(bytes);
    const encoding = detected && detected.toLowerCase() !== 'utf-8' && iconv.encodingExists(detected) ? detected : 'windows-1252';
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding: encoding.toLowerCase(), guessed: true };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array, input: string): Decoded {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', guessed: false };
  } catch {
    throw new InputError(input, 'invalid UTF-8');
  }
}
