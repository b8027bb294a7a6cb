/**
 * Bytes of a plain-text file → string: UTF-8 (BOM or not), UTF-16 LE/BE (BOM or NUL pattern),
 * otherwise the 8-bit code page that reads as the most valid Vietnamese (Windows-1258, or
 * Windows-1252 carrying TCVN3/VNI bytes, which the legacy repair then decodes).
 */
import iconv from 'iconv-lite';
import { repairLegacyText } from '../legacy/repair.ts';
import { scoreSyllables } from '../text/syllable.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const half = sample.length / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return null;
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = utf16Guess(buffer);
  if (utf16 !== null) return { text: iconv.decode(buffer, utf16), encoding: utf16 };
  const utf8 = validUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const cp1258 = iconv.decode(buffer, 'windows-1258').normalize('NFC');
  const cp1252 = iconv.decode(buffer, 'windows-1252');
  const score1258 = scoreSyllables(cp1258).share;
  const score1252 = scoreSyllables(repairLegacyText(cp1252).text).share;
  return score1252 > score1258
    ? { text: cp1252, encoding: 'windows-1252' }
    : { text: cp1258, encoding: 'windows-1258' };
}
