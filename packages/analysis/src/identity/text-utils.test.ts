import { describe, expect, it } from 'vitest';
import { TextLines } from './lines.ts';
import {
  bodySpelling,
  cleanNearlyPlain,
  cleanText,
  countWord,
  isNearlyPlain,
  isPlain,
  isSpaceUnit,
  PLAIN_RANGES,
  plainBodySpelling,
  plainness,
  SAME_LENGTH_CLEAN,
} from './text-utils.ts';

describe('plain texts (read as they are, without cleaning)', () => {
  it('every plain code unit is an NFC-stable starter with a one-unit lower case', () => {
    // the second parts of canonical compositions (their presence can change an NFC text)
    const seconds = new Set<number>();
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const parts = [...String.fromCodePoint(cp).normalize('NFD')];
      for (const p of parts.slice(1)) seconds.add(p.codePointAt(0) ?? 0);
    }
    const bad: string[] = [];
    const units = [
      ...PLAIN_RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)),
      ...[...SAME_LENGTH_CLEAN].map((ch) => ch.charCodeAt(0)),
    ];
    for (const c of units) {
      const ch = String.fromCharCode(c);
      const ok =
        ch.normalize('NFC') === ch &&
        !/\p{M}/u.test(ch) &&
        !seconds.has(c) &&
        ch.toLowerCase().length === 1 &&
        c !== 0x3a3;
      if (!ok) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('a plain text is its own cleaned copy; a nearly plain one keeps its length', () => {
    const sample = 'ỦY BAN NHÂN DÂN\nHUYỆN NGỌC HỒI   Số: 12/KH-UBND “trích” – 2023¹ • ▪';
    expect(isPlain(sample)).toBe(true);
    expect(cleanText(sample)).toBe(sample);
    for (const odd of ['\t', '\r\n', '\u00A0', '\u200B', 'e\u0301', '\u2126', 'İ', 'Σ', '😀']) {
      expect(isPlain(`${sample}${odd}`)).toBe(false);
    }
    const nearly = `Kon\u00A0Tum,\u2009ngày 1 tháng 2 năm 2023 \u00D0ảng`;
    expect(isPlain(nearly)).toBe(false);
    expect(isNearlyPlain(nearly)).toBe(true);
    expect(cleanText(nearly)).toHaveLength(nearly.length);
    expect(isPlain(cleanText(nearly))).toBe(true);
    expect(cleanNearlyPlain(nearly)).toBe(cleanText(nearly));
    expect(isNearlyPlain(`${nearly}\t`)).toBe(false);
  });

  it('plainness is isPlain, then isNearlyPlain, in one pass', () => {
    const nearly = 'Kon\u00A0Tum, \u00D0ảng';
    const cases = [
      '',
      'a',
      '\u00A0',
      '\t',
      'ab\u00A0c\td',
      `${nearly}\u00A0`,
      nearly,
      `${nearly}\r\n`,
    ];
    for (const text of cases) {
      const want = isPlain(text) ? 'plain' : isNearlyPlain(text) ? 'nearly' : null;
      expect(plainness(text)).toBe(want);
    }
    expect(plainness('')).toBe('plain');
    expect(plainness('ab\u00A0c')).toBe('nearly');
    expect(plainness('ab\u00A0c\t')).toBeNull();
    expect(plainness('ab\tc\u00A0')).toBeNull();
  });

  it('plainness and cleanNearlyPlain (code-unit loops) agree with the regexes they replace', () => {
    const hex4 = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;
    const cls = PLAIN_RANGES.map(([a, b]) => (a === b ? hex4(a) : `${hex4(a)}-${hex4(b)}`)).join(
      '',
    );
    const plainRe = new RegExp(`^[${cls}]*$`);
    const nearlyRe = new RegExp(`^[${cls}${SAME_LENGTH_CLEAN}]*$`);
    const clean = /\r\n?|[\t\u00A0\u202F\u2007\u2009\u200A\u200B\uFEFF\u00AD\u00D0\u00F0]/g;
    const cleanOne = (m: string): string =>
      m.startsWith('\r')
        ? '\n'
        : m === '\t'
          ? '   '
          : '\u200B\uFEFF\u00AD'.includes(m)
            ? ''
            : m === '\u00D0'
              ? 'Đ'
              : m === '\u00F0'
                ? 'đ'
                : ' ';
    // every range boundary and its neighbours, the cleaned code units, surrogates, CR/LF
    const pool = new Set<number>([
      0x0d, 0x0a, 0x09, 0xd83d, 0xde00, 0xdfff, 0xffff, 0x0130, 0x03a3,
    ]);
    for (const [a, b] of PLAIN_RANGES) for (const c of [a - 1, a, b, b + 1]) pool.add(c);
    for (const ch of `${SAME_LENGTH_CLEAN}\u200B\uFEFF\u00AD`) pool.add(ch.charCodeAt(0));
    const units = [...pool].filter((c) => c >= 0 && c <= 0xffff);
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const texts = ['', '\r', '\r\n', '\r\r\n', 'a\r', '\n\r', 'ab\u00A0c', 'Ð\t\r\nð'];
    for (let k = 0; k < 3000; k++) {
      let t = '';
      const len = rand(12);
      for (let j = 0; j < len; j++) {
        // mostly plain letters, so that plain and nearly plain texts are frequent
        t +=
          rand(3) === 0
            ? String.fromCharCode(units[rand(units.length)] ?? 0x41)
            : 'aĐ ệ\n'.charAt(rand(5));
      }
      texts.push(t);
    }
    for (const text of texts) {
      const want = plainRe.test(text) ? 'plain' : nearlyRe.test(text) ? 'nearly' : null;
      expect(plainness(text)).toBe(want);
      expect(isPlain(text)).toBe(want === 'plain');
      expect(isNearlyPlain(text)).toBe(want !== null);
      expect(cleanNearlyPlain(text)).toBe(text.replace(clean, cleanOne));
    }
  });

  it('isSpaceUnit is a regex \\s (and what trim removes)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(isSpaceUnit(c)).toBe(/\s/u.test(ch));
      expect(isSpaceUnit(c)).toBe(ch.trim().length === 0);
    }
    expect(isSpaceUnit(Number.NaN)).toBe(false);
  });

  it('plainBodySpelling finds what bodySpelling finds on the lower-case copy', () => {
    const texts = [
      'ỦY BAN NHÂN DÂN HUYỆN\nỦy ban nhân dân huyện Ngọc Hồi ban hành; Ủy ban nhân dân huyện Ngọc Hồi.',
      'xỦy ban nhân dân huyện ngọc hồi; ủy ban nhân dân huyện ngọc hồiA, Ủy Ban Nhân Dân Huyện Ngọc Hồi',
      'Ǆ ǅ ǆ DŽAC ǅac ǆac ı I i',
      '',
    ];
    const candidates = [
      'Ủy ban nhân dân huyện Ngọc Hồi',
      'ỦY BAN NHÂN DÂN HUYỆN',
      'ǆac',
      'i',
      'ı',
      'Ⱥ',
      '',
    ];
    for (const text of texts) {
      for (const c of candidates) {
        expect(plainBodySpelling(text, c)).toBe(bodySpelling(text, text.toLowerCase(), c));
      }
    }
  });

  it('plainBodySpelling (anchored search) agrees with bodySpelling on generated texts', () => {
    const pieces = [
      'Ủy ban',
      'ủy BAN',
      'ỦY BAN',
      'xỦy ban',
      ' ',
      '  ',
      '\n',
      'nhân dân',
      'NHÂN dân',
      'Ban',
      'an',
      'ǅ',
      'ǆac',
      'Ǆ',
      '1',
      'ủ',
      'y',
    ];
    const candidates = [
      'Ủy ban nhân dân',
      'ủy ban',
      'Ban',
      'an',
      'ǆac',
      'y',
      ' ',
      'Ủy  ban',
      'ban nhân',
    ];
    let seed = 17;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const len = rand(10);
      for (let j = 0; j < len; j++) text += pieces[rand(pieces.length)] ?? '';
      if (!isPlain(text)) continue;
      for (const c of candidates) {
        expect(plainBodySpelling(text, c)).toBe(bodySpelling(text, text.toLowerCase(), c));
      }
    }
  });

  it('countWord counts whole words as the lookaround regex does', () => {
    const text =
      'Huyện huyện chuyện HUYỆN xhuyện huyệnx huyện1 (huyện) Tỉnh tỉnh 𝐀tỉnh tỉnh𝐀 ỉnh\nhuyện';
    const count = (re: RegExp): number => [...text.matchAll(re)].length;
    expect(countWord(text, 'huyện', 2)).toBe(count(/(?<!\p{L})[Hh]uyện(?!\p{L})/gu));
    expect(countWord(text, 'tỉnh', 1)).toBe(count(/(?<!\p{L})[Tt]ỉnh(?!\p{L})/gu));
  });
});

describe('TextLines', () => {
  it('reads the lines of text.split', () => {
    for (const text of ['', '\n', 'a', 'a\nb', 'a\n\nb\n', '\n\nx']) {
      const lines = new TextLines(text);
      const split = text.split('\n');
      expect(lines.length).toBe(split.length);
      expect(lines.slice(0, lines.length)).toEqual(split);
      expect(lines.at(-1)).toBeUndefined();
      expect(lines.at(lines.length)).toBeUndefined();
    }
  });
});
