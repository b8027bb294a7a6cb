import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_SEEDS } from '../testing/paths.ts';
import { decodeTcvn3, decodeViqr, decodeVni } from './decode.ts';
import { encodeTcvn3Runs, encodeVni } from './encode.ts';

const seeds = readdirSync(SHARED_SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(SHARED_SEEDS, f), 'utf8') }));

/** Superscript footnote digits are formatting in a legacy-font document, and ¹ is a TCVN3 letter code. */
function plainDigits(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d)));
}

describe('decodeTcvn3', () => {
  it('decodes the spec checks', () => {
    expect(decodeTcvn3('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBe(
      'Cộng hoà xã hội chủ nghĩa Việt Nam',
    );
    expect(decodeTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeTcvn3('Uû ban nh©n d©n')).toBe('Uỷ ban nhân dân');
    expect(decodeTcvn3('ngµy 22 th¸ng 11 n¨m 2002')).toBe('ngày 22 tháng 11 năm 2002');
    expect(decodeTcvn3('bé tµi chÝnh', { caps: true })).toBe('BỘ TÀI CHÍNH');
  });

  it('keeps the soft hyphen as the letter ư', () => {
    expect(decodeTcvn3('tr\u00adêng')).toBe('trường');
  });

  it.each(seeds)(
    'round-trips seed $name exactly (runs in normal and capitals fonts)',
    ({ text }) => {
      const source = plainDigits(text).normalize('NFC');
      const runs = encodeTcvn3Runs(source);
      expect(runs.some((r) => r.caps)).toBe(true);
      const decoded = runs.map((r) => decodeTcvn3(r.text, { caps: r.caps })).join('');
      expect(decoded).toBe(source);
    },
  );
});

describe('decodeVni', () => {
  it('decodes the spec checks', () => {
    expect(decodeVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toBe(
      'Cộng hòa xã hội chủ nghĩa Việt Nam',
    );
    expect(decodeVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(decodeVni('UÛY BAN NHAÂN DAÂN')).toBe('ỦY BAN NHÂN DÂN');
    expect(decodeVni('Quyeát ñònh soá 238-QÑ/TW')).toBe('Quyết định số 238-QĐ/TW');
  });

  it('takes the case from the base letter when base and mark differ in case', () => {
    expect(decodeVni('Uûy ban')).toBe('Ủy ban');
    expect(decodeVni('VIEäT')).toBe('VIỆT');
  });

  it.each(seeds)('round-trips seed $name exactly', ({ text }) => {
    const source = text.normalize('NFC');
    expect(decodeVni(encodeVni(source))).toBe(source);
  });
});

describe('decodeViqr', () => {
  it('decodes RFC 1456 letters', () => {
    expect(decodeViqr('Vie^.t Nam')).toBe('Việt Nam');
    expect(decodeViqr("dda^'t nu*o*'c")).toBe('đất nước');
    expect(decodeViqr('Ca^`n Tho*')).toBe('Cần Thơ');
  });
});
