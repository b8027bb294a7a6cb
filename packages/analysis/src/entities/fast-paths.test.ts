/* eslint-disable no-restricted-imports -- a test may read the seed files; src code stays pure */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseLetters } from './base-letters.ts';
import { collapseWhitespace, entityText } from './text-facts.ts';
import { plainCandidates } from './plain-candidates.ts';
import { collectCandidates, UNIT_FAMILIES } from './units.ts';
import { findAll, REF_PATTERNS } from './unnumbered-refs.ts';

// The entity scanners' fast paths against the plain forms they replace, on the seeds, the variety
// documents and generated text.

const dir = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const texts = (rel: string): string[] =>
  readdirSync(dir(rel))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(`${dir(rel)}${f}`, 'utf8'));
const DOCS = [...texts('../../../../../shared/seeds/'), ...texts('../../test-data/variety/')];

// words and separators the unit patterns are made of, to generate text they match in many ways
const WORDS = [
  ...new Set(
    UNIT_FAMILIES.flatMap(({ re }) =>
      re.source.split(/[|()?:!\\[\]{}`'"<=,;*+^$]+/u).filter((w) => /^[\p{L} ]{1,30}$/u.test(w)),
    ),
  ),
  'Kon Tum',
  "Ia H'Drai",
  'Ngọc Hồi',
  'Việt Nam',
  '12',
  'Phó',
  'UBND',
  'Uỷ',
  'x',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '  ', ', ', ' - ', ' và ', '; '];
const generated = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('unit candidates found from the first words', () => {
  it('every match of a family starts with one of its first words and a space', () => {
    for (const doc of DOCS) {
      const text = entityText(doc.normalize('NFC'));
      for (const { first, re } of UNIT_FAMILIES) {
        const global = new RegExp(re.source, 'gu');
        for (let m = global.exec(text); m; m = global.exec(text)) {
          expect(first.some((w) => m?.[0].startsWith(`${w} `))).toBe(true);
        }
      }
    }
  });

  it('are the candidates of a global scan of every family', () => {
    for (const doc of DOCS) {
      const text = entityText(doc.normalize('NFC'));
      expect(collectCandidates(text)).toEqual(plainCandidates(text));
    }
    fc.assert(
      fc.property(generated, (text) => {
        expect(collectCandidates(text)).toEqual(plainCandidates(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('baseLetters', () => {
  const chain = (s: string): string =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/đ/g, 'd')
      .replace(/[^\p{L}\d ]+/gu, ' ');

  it('is the lower-case, mark-free, punctuation-to-space chain', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(baseLetters(`Xa${ch} ${ch}-`)).toBe(chain(`Xa${ch} ${ch}-`));
    }
    const pieces = [
      'Đ',
      'ủ',
      'Ỷ',
      '\u0301',
      '\u0323',
      ' ',
      '-',
      '–',
      '\n',
      'Σ',
      'İ',
      '𝐀',
      '1',
      'va',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(baseLetters(s)).toBe(chain(s));
      }),
      { numRuns: 3000 },
    );
    for (const doc of DOCS) expect(baseLetters(doc)).toBe(chain(doc));
  });
});

describe('unnumbered references found from their first strings', () => {
  const plain = (text: string): Array<{ start: number; end: number; surface: string }> => {
    const found: Array<{ start: number; end: number; surface: string }> = [];
    for (const { re } of REF_PATTERNS) {
      const global = new RegExp(re.source, 'gu');
      for (let m = global.exec(text); m; m = global.exec(text)) {
        found.push({ start: m.index, end: m.index + m[0].length, surface: m[0] });
      }
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  };
  const sorted = (found: Array<{ start: number; end: number; surface: string }>) =>
    [...found].sort((a, b) => a.start - b.start || b.end - a.end);

  it('no first string starts another, and every match starts with one of its own', () => {
    const all = REF_PATTERNS.flatMap(({ first }) => first);
    for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a)).toBe(false);
    for (const doc of DOCS) {
      const text = entityText(doc.normalize('NFC'));
      for (const { first, re } of REF_PATTERNS) {
        const global = new RegExp(re.source, 'gu');
        for (let m = global.exec(text); m; m = global.exec(text)) {
          expect(first.some((w) => m?.[0].startsWith(w))).toBe(true);
        }
      }
    }
  });

  it('are the matches of a global scan of every pattern', () => {
    const words = [
      ...new Set(
        REF_PATTERNS.flatMap(({ first, re }) => [
          ...first,
          ...re.source
            .split(/[|()?:!\\[\]{}`'"<=,;*+^$]+/u)
            .filter((w) => /^[\p{L} ]{1,30}$/u.test(w)),
        ]),
      ),
      '2020',
      '–',
      'XIII',
      '“Tên”',
      'số 12',
      'x',
    ];
    const refText = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ' ', '', ', ', ' - ')), {
        maxLength: 30,
      })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    for (const doc of DOCS) {
      const text = entityText(doc.normalize('NFC'));
      expect(sorted(findAll(text))).toEqual(plain(text));
    }
    fc.assert(
      fc.property(refText, (text) => {
        expect(sorted(findAll(text))).toEqual(plain(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('collapseWhitespace', () => {
  const plain = (s: string): string => s.replace(/\s{2,}|[^\S ]/g, ' ');

  it('is `\\s{2,}|[^\\S ]` → one space, for every whitespace character', () => {
    const spaces: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/.test(ch)) spaces.push(ch);
      expect(collapseWhitespace(`a${ch}b${ch}${ch}c ${ch}`)).toBe(
        plain(`a${ch}b${ch}${ch}c ${ch}`),
      );
    }
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...spaces, 'a', 'ư', '-', ' ', ' '), { maxLength: 20 }),
        (parts) => {
          const s = parts.join('');
          expect(collapseWhitespace(s)).toBe(plain(s));
        },
      ),
      { numRuns: 3000 },
    );
    for (const doc of DOCS) expect(collapseWhitespace(doc)).toBe(plain(doc));
  });
});
