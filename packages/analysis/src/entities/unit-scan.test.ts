/* eslint-disable no-restricted-imports -- a test may read the seed files; src code stays pure */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords, foldWordsPlain } from './base-letters.ts';
import { entityText } from './text-facts.ts';
import { latin1FirstClasses, loopedGroups } from './unit-classes.ts';
import { plainCandidates } from './plain-candidates.ts';
import { collectCandidates, UNIT_FAMILIES } from './units.ts';

// The units scanner's shortcuts against the plain forms they stand for: the first words and the
// character after them, and the grouping key written in one pass.

const dir = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const texts = (rel: string): string[] =>
  readdirSync(dir(rel))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${dir(rel)}${f}`, 'utf8'));
const DOCS = [...texts('../../../../../shared/seeds/'), ...texts('../../test-data/variety/')];

// pieces of unit names and the characters that make scanning hard: line breaks, đ/Đ, combining
// marks, both tone spellings of `ủy`, a first word glued to the word before or after it, astral
// capitals, digits
const PIECES = [
  ...new Set(
    UNIT_FAMILIES.flatMap(({ re, first }) => [
      ...first,
      ...re.source.split(/[|()?:!\\[\]{}`'"<=,;*+^$]+/u).filter((w) => /^[\p{L} ]{1,30}$/u.test(w)),
    ]),
  ),
  'Ủy',
  'Uỷ',
  'ủy',
  'uỷ',
  'Đ',
  'đ',
  'U\u0309y',
  '\u0301',
  '𝐀',
  'Kon Tum',
  "Ia H'Drai",
  'xã Đăk Tô',
  '12',
  'x',
  'Phó',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '  ', ', ', ' - ', ' và ', '; ', '\n\n'];
const generated = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('unit families: what may follow a first word', () => {
  it('every match starts with a first word, a space and a character of its class', () => {
    const check = (text: string): void => {
      for (const { after, re } of UNIT_FAMILIES) {
        const global = new RegExp(re.source, 'gu');
        for (let m = global.exec(text); m; m = global.exec(text)) {
          const found = m[0];
          const word = Object.keys(after).find((w) => found.startsWith(`${w} `));
          expect(word, found).toBeDefined();
          const next = String.fromCodePoint(found.codePointAt((word ?? '').length + 1) ?? 0);
          expect(new RegExp(`^[${after[word ?? ''] ?? ''}]$`, 'u').test(next), found).toBe(true);
        }
      }
    };
    for (const doc of DOCS) check(entityText(doc.normalize('NFC')));
    fc.assert(
      fc.property(generated, (text) => check(entityText(text))),
      { numRuns: 1500 },
    );
  });

  it('the candidates are those of a global scan of every family, on hard text too', () => {
    for (const doc of DOCS) {
      const text = entityText(doc.normalize('NFC'));
      expect(collectCandidates(text)).toEqual(plainCandidates(text));
    }
    for (const text of [
      'xUBND huyện Ban Quản lý dự án đầu tư xây dựng huyện',
      'Tỉnh ủy\nKon Tum, Huyện uỷ Ngọc Hồi và Đảng ủy xã Đăk Tô',
      'Uỷ ban nhân dân tỉnh Kon Tum; Ủy ban Kiểm tra Huyện ủy',
      'Sở 𝐀bc và Đài phát thanh truyền hình huyện',
      'Báo 12 Ban Chỉ đạo 35 tỉnh Bộ Chính trị',
      'Ban ',
      'Sở',
    ]) {
      expect(collectCandidates(text)).toEqual(plainCandidates(text));
    }
    fc.assert(
      fc.property(generated, (text) => {
        expect(collectCandidates(text)).toEqual(plainCandidates(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldWords', () => {
  it('is baseLetters without the word `va`, each space run one space, trimmed', () => {
    const pieces = [
      'va',
      'và',
      'Và',
      'VA',
      'v',
      'a',
      ' ',
      '  ',
      '\n',
      '2',
      'Đ',
      'đ',
      'ủy',
      'Uỷ',
      '\u0301',
      '𝐀',
      '\ud835',
      '-',
      '–',
      '\u00a0',
      'Σ',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        expect(foldWords(s)).toBe(foldWordsPlain(s));
      }),
      { numRuns: 20000 },
    );
    // the buffer of a longer call never leaks into a shorter one
    expect(foldWords('Sở Văn hóa')).toBe('so van hoa');
    expect(foldWords('v')).toBe('v');
    expect(foldWords('Văn')).toBe('van');
    expect(foldWords(' va ')).toBe('');
    // longer than the buffer
    const long = 'Ủy ban nhân dân và '.repeat(200);
    expect(foldWords(long)).toBe(foldWordsPlain(long));
    for (let c = 0; c < 0x10000; c++) {
      const s = `Xa${String.fromCharCode(c)} va${String.fromCharCode(c)}-`;
      expect(foldWords(s)).toBe(foldWordsPlain(s));
    }
    for (const doc of DOCS.slice(0, 20)) {
      for (const line of doc.split('\n')) expect(foldWords(line)).toBe(foldWordsPlain(line));
    }
  });
});

describe('latin1FirstClasses', () => {
  const classes = [
    String.raw`\p{L}`,
    String.raw`\p{Lu}`,
    String.raw`\p{Ll}`,
    String.raw`[\p{L}\d]`,
    String.raw`[\p{L}'’]`,
    String.raw`[x\]\p{Ll}-]`,
  ];

  it('matches each code point as the class does, forwards and in a lookbehind', () => {
    for (const cls of classes) {
      const fast = latin1FirstClasses(cls);
      expect(fast).not.toBe(cls);
      const [a, b] = [new RegExp(`^${cls}$`, 'u'), new RegExp(`^${fast}$`, 'u')];
      const [c, d] = [new RegExp(`(?<=^${cls})$`, 'u'), new RegExp(`(?<=^${fast})$`, 'u')];
      const points = [...Array.from({ length: 0x10000 }, (_, i) => i), 0x1d400, 0x1d41a, 0x1f600];
      const differ = points.filter((p) => {
        const ch = String.fromCodePoint(p);
        return b.test(ch) !== a.test(ch) || d.test(ch) !== c.test(ch);
      });
      expect(differ, cls).toEqual([]);
    }
  });

  it('leaves other tokens alone', () => {
    const source = String.raw`a\\p{L}[^\p{L}]\[\p{L}\]\d[ab]`;
    expect(latin1FirstClasses(source)).toBe(
      source.replace(
        String.raw`\[\p{L}\]`,
        String.raw`\[${latin1FirstClasses(String.raw`\p{L}`)}\]`,
      ),
    );
  });

  it('the unit families find what their plain patterns find', () => {
    const scan = (re: RegExp, text: string): string[] => {
      const global = new RegExp(re.source, 'gu');
      return [...text.matchAll(global)].map((m) => `${m.index}:${m[0]}`);
    };
    const check = (text: string): void => {
      for (const { re, plain } of UNIT_FAMILIES) expect(scan(re, text)).toEqual(scan(plain, text));
    };
    for (const doc of DOCS) check(entityText(doc.normalize('NFC')));
    fc.assert(
      fc.property(generated, (text) => check(text)),
      { numRuns: 1500 },
    );
  });
});

describe('loopedGroups', () => {
  it('makes the repeated non-capturing groups capturing, and nothing else', () => {
    const source = String.raw`(?:a[(?:x)]){0,3}(?:b)?(?:c)+(?=(?:d){2})\(?:e){3}(?:f){0,1}((?:g){1,2})(?:h)*`;
    expect(loopedGroups(source)).toBe(
      String.raw`(a[(?:x)]){0,3}(?:b)?(c)+(?=(d){2})\(?:e){3}(?:f){0,1}((g){1,2})(h)*`,
    );
  });

  it('changes nothing in what a pattern matches', () => {
    const source = String.raw`(?:[ ](?:\p{Lu}\p{Ll}{0,3})){1,3}(?:,[ ]x|y){0,2}z?`;
    const [plain, looped] = [new RegExp(source, 'gu'), new RegExp(loopedGroups(source), 'gu')];
    const pieces = [' ', ' Ab', ' Xyzw', ',', ', x', 'y', 'z', 'Đ', 'ủ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = (re: RegExp): string[] =>
          [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
        expect(found(looped)).toEqual(found(plain));
      }),
      { numRuns: 3000 },
    );
  });
});
