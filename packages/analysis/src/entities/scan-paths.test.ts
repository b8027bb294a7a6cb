import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_RANGES, SAME_LENGTH_CLEAN, plainness } from '../identity/text-utils.ts';
import { lineEndsAt, NAME, NAME2, nameMayFollow, PLACE_COMMITTEES } from './localities.ts';
import { collapseWhitespace, entityText, NEARLY_PLAIN_SPACES } from './text-facts.ts';
import { findAll, findUnnumberedRefs, FIRST_ANCHORS, REF_PATTERNS } from './unnumbered-refs.ts';

// The entity scanners' string searches against the regex scans they replace, on inputs made to trip
// them: line breaks, `đ`/`Đ`, combining marks, word boundaries, capitals.

type Found = Array<{ start: number; end: number; surface: string }>;

/** Every pattern's global scan, as `findAll` must find it. */
function plainRefs(text: string): Found {
  const found: Found = [];
  for (const { re } of REF_PATTERNS) {
    const global = new RegExp(re.source, 'gu');
    for (let m = global.exec(text); m; m = global.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, surface: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const sorted = (found: Found): Found =>
  [...found].sort((a, b) => a.start - b.start || b.end - a.end);

describe('findAll (unnumbered references found from anchors)', () => {
  it('every first string contains an anchor', () => {
    for (const { first } of REF_PATTERNS) {
      for (const w of first) expect(FIRST_ANCHORS.some((a) => w.includes(a))).toBe(true);
    }
  });

  it('finds what the global scans find on tricky inputs', () => {
    const inputs = [
      'Luật An ninh mạng',
      'Bộ luật Dân sự năm 2015 và Luật Đất đai',
      'xBộ luật Dân sự; Luật\nĐất đai; Luật Đất đai số 31/2024/QH15',
      'Nghị quyết Đại hội XIII của Đảng; Văn kiện đại hội đại biểu toàn quốc lần thứ XIII',
      'Nghị quyết Đại hội Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI',
      'NGHỊ QUYẾT ĐẠI HỘI; nghị quyết đại hội; Nghị quyết đại hội',
      'Nghi\u0323 quyết Đại hội (combining dot below: not NFC, not the same word)',
      'điều lệ Đảng, Điều lệ Đảng Cộng sản Việt Nam, Điều lệ Đảngx',
      'Cương lĩnh chính trị; cương lĩnh chính trị; Cương lĩnh chính trịnh',
      'Chiến lược phát triển kinh tế - xã hội 10 năm 2021 – 2030; chiến lược phát triển kinh tế–xã hội',
      'Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII',
      'Chương trình hành động của Chính phủ số 12',
      'Chuyên đề toàn khóa năm 2023 “Học tập và làm theo”; Chuyên đề\nnăm 2023',
      'Đề cương tuyên truyền kỷ niệm Đại hội; Đề cương  Đại hội',
      'Hiến pháp năm 2013, Hiến phápx, aHiến pháp',
      'Hiến pháp',
      'ại hội ợc phá ĩnh ch Luật ',
      '',
    ];
    for (const text of inputs) expect(sorted(findAll(text))).toEqual(plainRefs(text));
  });

  it('finds what the global scans find on generated text', () => {
    const words = [
      ...REF_PATTERNS.flatMap(({ first }) => first),
      ...FIRST_ANCHORS,
      'Đại hội',
      'đại hội',
      'Đảng',
      'XIII',
      '2020 – 2025',
      'năm 2023',
      'của',
      'số 12',
      'x',
      'Đ',
      '\u0301',
    ];
    fc.assert(
      fc.property(
        fc
          .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '', '\n', ', ')), {
            maxLength: 25,
          })
          .map((parts) => parts.map(([w, sep]) => w + sep).join('')),
        (text) => {
          expect(sorted(findAll(text))).toEqual(plainRefs(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('nameMayFollow', () => {
  // the committee pattern of localities.ts, anchored
  const committee = new RegExp(
    String.raw`(?:${PLACE_COMMITTEES.join('|')})(?:[ ]{1,2}(?:${NAME})|\s{1,6}(?:${NAME2}))`,
    'uy',
  );

  it('is true wherever the committee pattern matches', () => {
    const pieces = [
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '\u2009',
      'Ngọc',
      'Hồi',
      'ngọc',
      'Đắk',
      'đắk',
      '12',
      'Ủy',
      'IA',
      "H'Drai",
      'x',
      ',',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACE_COMMITTEES),
        fc.array(fc.constantFrom(...pieces), { maxLength: 8 }),
        (word, parts) => {
          const text = word + parts.join('');
          committee.lastIndex = 0;
          if (committee.test(text)) expect(nameMayFollow(text, word.length)).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
    expect(nameMayFollow('Huyện ủy về việc', 8)).toBe(false);
    expect(nameMayFollow('Huyện ủy\n\nNgọc Hồi', 8)).toBe(true);
    expect(nameMayFollow('Huyện ủy', 8)).toBe(false);
  });
});

describe('lineEndsAt', () => {
  const plain = (text: string, at: number): boolean => /^[ \t]*\r?\n/u.test(text.slice(at, at + 8));

  it('is the regex test on the next 8 code units', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\t', '\r', '\n', 'a', 'Đ', '\u00a0'), { maxLength: 14 }),
        fc.nat(16),
        (parts, at) => {
          const text = parts.join('');
          expect(lineEndsAt(text, at)).toBe(plain(text, at));
        },
      ),
      { numRuns: 5000 },
    );
    expect(lineEndsAt(`Kon Tum${' '.repeat(8)}\n`, 7)).toBe(false); // the break is 8 code units away
    expect(lineEndsAt(`Kon Tum${' '.repeat(6)}\r\n`, 7)).toBe(true);
  });
});

describe('entityText with what the caller knows of the text', () => {
  const LIST = /\n[ \t]*[-–•+][ \t]/g;
  const reference = (nfc: string): string => collapseWhitespace(nfc.replace(LIST, ' ; '));
  const spacesOf = (units: number[]): string[] =>
    units.map((c) => String.fromCharCode(c)).filter((ch) => /\s/u.test(ch));
  const plainUnits = PLAIN_RANGES.flatMap(([a, b]) =>
    Array.from({ length: b - a + 1 }, (_, k) => a + k),
  );

  it('knows every whitespace code unit a plain or nearly plain text may hold', () => {
    expect(spacesOf(plainUnits).sort()).toEqual(['\n', ' ']);
    const nearly = [...plainUnits, ...[...SAME_LENGTH_CLEAN].map((ch) => ch.charCodeAt(0))];
    expect(spacesOf(nearly).sort()).toEqual([' ', ...NEARLY_PLAIN_SPACES].sort());
  });

  it('is the list-item and whitespace-run rewrite of any plain or nearly plain text', () => {
    const pieces = [
      ' ',
      ' ',
      '\n',
      '\n\n',
      '- ',
      '– ',
      '• ',
      '+ ',
      '-',
      'a',
      'Đ',
      'ư',
      ...SAME_LENGTH_CLEAN,
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        const kind = plainness(text);
        expect(entityText(text, kind)).toBe(reference(text));
        if (kind === 'plain') expect(entityText(text, true)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['HUYỆN KON PLÔNG\u00a0\u00a0\n\n- Xã Hiếu\u202f', '\u2009\n- a\n\u2007b']) {
      expect(plainness(text)).toBe('nearly');
      expect(entityText(text, 'nearly')).toBe(reference(text));
    }
  });
});

describe('findUnnumberedRefs (surfaces remembered per spelling)', () => {
  it('gives the same references on repeated and interleaved calls, past the bound', () => {
    const texts = [
      'Căn cứ Luật An ninh mạng và Nghị quyết Đại hội XIII của Đảng; Luật An ninh mạng.',
      'thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Điều lệ Đảng',
      'Chuyên đề toàn khóa năm 2021 “Học tập và làm theo” và cương lĩnh chính trị',
      'Luật Giao dịch điện tử số 20/2023/QH15; Bộ luật Dân sự; Hiến pháp năm 2013',
    ];
    const want = texts.map((t) => findUnnumberedRefs(t));
    expect(want[0]).toEqual(['Luật An ninh mạng', 'Nghị quyết Đại hội XIII của Đảng']);
    for (let round = 0; round < 3; round++) {
      expect(texts.map((t) => findUnnumberedRefs(t))).toEqual(want);
      // more distinct surfaces than the map holds
      for (let k = 0; k < 5000; k++) {
        const word = `q${String(k).replace(/\d/g, (d) => 'abcdefghij'.charAt(Number(d)))}`;
        expect(findUnnumberedRefs(`theo Luật Mẫu ${word} mới`)).toEqual([`Luật Mẫu ${word} mới`]);
      }
    }
  });
});
