import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_SEEDS } from '../testing/paths.ts';
import { detectLegacyEncoding } from './detect.ts';
import { encodeTcvn3Runs, encodeVni } from './encode.ts';
import { encodingFromFontName } from './font-encoding.ts';
import { repairLegacyText } from './repair.ts';

const seed = readFileSync(path.join(SHARED_SEEDS, '001_e44d68029944b139.txt'), 'utf8');

describe('encodingFromFontName', () => {
  it('reads TCVN3, TCVN3 capitals and VNI font names, with PDF subset prefixes', () => {
    expect(encodingFromFontName('.VnTime')).toBe('tcvn3');
    expect(encodingFromFontName('.VnTimeH')).toBe('tcvn3-caps');
    expect(encodingFromFontName('ABCDEF+.VnArial')).toBe('tcvn3');
    expect(encodingFromFontName('VNI-Times')).toBe('vni');
    expect(encodingFromFontName('Times New Roman')).toBeNull();
    expect(encodingFromFontName(null)).toBeNull();
  });
});

describe('detectLegacyEncoding', () => {
  it('never calls genuine Unicode Vietnamese legacy', () => {
    for (const line of seed.split('\n'))
      expect(detectLegacyEncoding(line)).not.toMatch(/tcvn3|vni/);
  });

  it('recognises TCVN3 and VNI lines', () => {
    expect(detectLegacyEncoding('Thùc hiÖn KÕ ho¹ch sè 3006/KH-UBND cña UBND tØnh')).toBe('tcvn3');
    expect(detectLegacyEncoding('Thöïc hieän Keá hoaïch soá 3006/KH-UBND cuûa UBND tænh')).toBe(
      'vni',
    );
    expect(detectLegacyEncoding('Viá»‡t Nam')).toBe('utf8-mojibake');
    expect(detectLegacyEncoding('Plain ASCII line 102-KH/TU')).toBe('unicode');
  });
});

describe('repairLegacyText', () => {
  it('decodes a TCVN3 document and reports it, leaving Unicode lines alone', () => {
    const body = seed.split('\n').slice(0, 12).join('\n');
    const legacy = encodeTcvn3Runs(body)
      .map((r) => r.text)
      .join('');
    const mixed = `Dòng Unicode: Ủy ban nhân dân huyện\n${legacy}`;
    const repaired = repairLegacyText(mixed);
    expect(repaired.text.split('\n')[0]).toBe('Dòng Unicode: Ủy ban nhân dân huyện');
    expect(repaired.decoded.get('tcvn3')).toBeGreaterThan(0);
    expect(repaired.text.toLowerCase()).toBe(
      `Dòng Unicode: Ủy ban nhân dân huyện\n${body}`.toLowerCase(),
    );
  });

  it('decodes a VNI document exactly', () => {
    const body = seed.split('\n').slice(0, 20).join('\n');
    const repaired = repairLegacyText(encodeVni(body));
    expect(repaired.text).toBe(body);
    expect(repaired.decoded.get('vni')).toBeGreaterThan(0);
  });
});
