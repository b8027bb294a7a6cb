import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3Runs, encodeVni } from '../legacy/encode.ts';
import { SHARED_SEEDS } from '../testing/paths.ts';
import { extractTxt } from './extract-txt.ts';

const seed = readFileSync(path.join(SHARED_SEEDS, '002_b82a540a281e604c.txt'), 'utf8');

/** Windows-1258 keeps base letters (ê, ơ, ư, ă, đ) and writes tones as combining marks. */
function toCp1258(text: string): Buffer {
  const decomposed = [...text.normalize('NFC')]
    .map((ch) => {
      const parts = ch.normalize('NFD');
      const tones = parts.replace(/[^\u0300\u0301\u0303\u0309\u0323]/gu, '');
      return parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC') + tones;
    })
    .join('');
  return iconv.encode(decomposed, 'windows-1258');
}

const text = (bytes: Buffer) => extractTxt(new Uint8Array(bytes));

describe('extractTxt encodings', () => {
  it('UTF-8 with and without BOM; the stored text is the file text', () => {
    expect(text(Buffer.from(seed, 'utf8')).text).toBe(seed);
    expect(
      text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')])).text,
    ).toBe(seed);
  });

  it('UTF-16 LE and BE, with BOM and without', () => {
    const le = Buffer.from(seed, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(text(Buffer.concat([Buffer.from([0xff, 0xfe]), le])).text).toBe(seed);
    expect(text(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(seed);
    expect(text(le).text).toBe(seed);
    expect(text(be).text).toBe(seed);
  });

  it('Windows-1258 (combining tones) → composed NFC', () => {
    const result = text(toCp1258(seed));
    expect(result.text).toBe(seed);
    expect(result.warnings.join(' ')).toContain('Windows-1258');
  });

  it('TCVN3 and VNI text files are decoded and reported', () => {
    // ¹ is a TCVN3 letter code: a legacy file has plain digits (superscript was formatting).
    const lines = seed
      .split('\n')
      .slice(0, 30)
      .join('\n')
      .replace(/[¹²³]/g, (d) => String(' ¹²³'.indexOf(d)));
    const tcvn3 = iconv.encode(
      encodeTcvn3Runs(lines)
        .map((r) => r.text)
        .join(''),
      'windows-1252',
    );
    const decodedTcvn3 = text(tcvn3);
    expect(decodedTcvn3.text.toLowerCase()).toBe(lines.toLowerCase());
    expect(decodedTcvn3.warnings.join(' ')).toContain('TCVN3');
    const vni = text(iconv.encode(encodeVni(lines), 'windows-1252'));
    expect(vni.text).toBe(lines);
    expect(vni.warnings.join(' ')).toContain('VNI');
  });

  it('CRLF line ends become LF', () => {
    expect(text(Buffer.from('a\r\nb\rc')).text).toBe('a\nb\nc');
  });
});
