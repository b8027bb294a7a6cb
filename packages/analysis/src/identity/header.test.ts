/* eslint-disable no-restricted-imports -- a test may read the seed files; src code stays pure */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';
import { columnSegments } from './signature.ts';
import { cleanText } from './text-utils.ts';

// lines whose only whitespace is the space: header and signature lines with column gaps of every
// width, as PDF extraction lays them out
const WORDS = [
  'ỦY BAN NHÂN DÂN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'HUYỆN NGỌC HỒI',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-UBND',
  'Ngọc Hồi, ngày 3 tháng 5 năm 2023',
  'V/v triển khai',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  '- Như trên;',
  'Nơi nhận:',
  '*',
  '**BÁO CÁO**',
  '-----',
  'Nguyễn Văn An',
  'NAM',
  'ĐẢNG CỘNG SẢN VIỆT',
];

function spacedLines(n: number, seed0: number): string[] {
  let seed = seed0;
  const rand = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let line = ' '.repeat(rand(3));
    const parts = 1 + rand(4);
    for (let j = 0; j < parts; j++) {
      line += WORDS[rand(WORDS.length)] ?? '';
      line += ' '.repeat(rand(7));
    }
    out.push(line);
  }
  return out;
}

describe('right-column strings', () => {
  it('the motto is removed in any case', () => {
    for (const motto of [
      'Độc lập - Tự do - Hạnh phúc',
      'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
      'độc lập – tự do – hạnh phúc',
    ]) {
      const zone = ['ỦY BAN NHÂN DÂN', `HUYỆN NGỌC HỒI   ${motto}`];
      expect(parseHeader(zone).issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN NGỌC HỒI']);
      expect(parseHeader(zone, zone.join('\n'), true).issuerLines).toEqual([
        'ỦY BAN NHÂN DÂN',
        'HUYỆN NGỌC HỒI',
      ]);
    }
  });
});

describe('lines whose only whitespace is the space (spacesOnly)', () => {
  it('columnSegments splits them as the regex split does', () => {
    for (const line of spacedLines(3000, 5)) {
      expect(columnSegments(line, true)).toEqual(columnSegments(line));
    }
  });

  it('parseHeader reads them as with the regex split', () => {
    // the seed headers (shared/ is the sibling of the repository root), cleaned as identity reads them
    const seeds = new URL('../../../../../shared/seeds/', import.meta.url);
    const zones = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .map((f) =>
        cleanText(readFileSync(new URL(f, seeds), 'utf8'))
          .split('\n')
          .slice(0, 15),
      );
    expect(zones.length).toBeGreaterThan(0);
    for (let k = 0; k < 300; k++) zones.push(spacedLines(8, 100 + k));
    for (const zone of zones) {
      // (the cleaned seed texts are plain: their only whitespace is the space and the line feed)
      expect(zone.every((line) => !/[^\S ]/u.test(line))).toBe(true);
      expect(parseHeader(zone, zone.join('\n'), true)).toEqual(parseHeader(zone));
    }
  });
});
