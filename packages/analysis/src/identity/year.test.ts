import { describe, expect, it } from 'vitest';
import { isYearIso, yearMatches } from './year.ts';

describe('year matches', () => {
  it('with a year filter, yearMatches finds the unfiltered matches the filter keeps', () => {
    const pieces = [
      'năm ',
      'Năm  ',
      'NĂM',
      '2019',
      '2020',
      '1999',
      '2023',
      ' ',
      '-',
      ' – ',
      '/',
      '.',
      '13/11/',
      'ngày 3 tháng 5 ',
      'đến năm ',
      'a',
      '1',
      '\n',
    ];
    let seed = 3;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = [
      'năm 20192020',
      '2019-2020 năm 2021',
      'năm năm 2020',
      'Năm 2022 và các năm 2023',
    ];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const len = rand(12);
      for (let j = 0; j < len; j++) t += pieces[rand(pieces.length)] ?? '';
      texts.push(t);
    }
    const ranges: Array<[number, number]> = [
      [2019, 2022],
      [2020, 2023],
      [1999, 2002],
      [2030, 2033],
    ];
    const summary = (ms: RegExpExecArray[]): string[] =>
      ms.map((m) => `${m.index}:${m[0]}:${m[1] ?? ''}:${m[2] ?? ''}`);
    for (const text of texts) {
      const all = yearMatches(text);
      for (const [lo, hi] of ranges) {
        const keep = (y: number): boolean => y >= lo && y <= hi;
        expect(summary(yearMatches(text, keep))).toEqual(
          summary(all.filter((m) => keep(Number(m[2])))),
        );
      }
    }
  });

  it('isYearIso is /^\\d{4}-/', () => {
    for (const iso of [
      '2023-05-01',
      '--04-30',
      '2023',
      '202-',
      '20230',
      '٢٠٢٣-01',
      '2o23-01',
      '',
    ]) {
      expect(isYearIso(iso)).toBe(/^\d{4}-/u.test(iso));
    }
  });
});
