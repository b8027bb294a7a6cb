import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.ts';
import { LineBreaks, mayStartCue, relationFromClause } from './relation.ts';
import type { Relation } from '../types.ts';

/**
 * The forward scan relationFromClause replaced (the last governing cue of the clause, found by a
 * global regex from the start): the reference for the backward search.
 */
const CUE_FORWARD =
  /(?:(căn cứ)|(theo tinh thần|bám sát|ban hành|tuyên truyền|phổ biến|quán triệt|gọi tắt|viết tắt|thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|sửa đổi|bổ sung)|(thực hiện|triển khai|cụ thể hóa|cụ thể hoá|thi hành)|(theo)|(sơ kết|tổng kết))(?![\p{L}])/giu;
const REPORT =
  /(?:kết quả|sơ kết|tổng kết|đánh giá|kiểm điểm|báo cáo (?:tình hình|việc))(?![\p{L}])/giu;
const IMPLEMENT_BEFORE = /(?:thực hiện|triển khai|tổ chức)\s$/iu;

function letterBefore(s: string, i: number): boolean {
  return i > 0 && /\p{L}$/u.test(s.slice(Math.max(0, i - 2), i));
}

function referenceRelation(clause: string): Relation {
  if (clause === '(') return 'mentions';
  const re = CUE_FORWARD;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
    if (letterBefore(clause, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 8);
    const r = after.replace(/^\s?(?:các\s)?/u, '');
    if ((m[4] !== undefined || m[5] !== undefined) && !(r === '' || r.startsWith('\u0001')))
      continue;
    if (
      m[4] !== undefined &&
      IMPLEMENT_BEFORE.test(clause.slice(Math.max(0, m.index - 16), m.index))
    )
      continue;
    last = m;
  }
  if (!last) return 'mentions';
  if (last[4] !== undefined) return 'mentions';
  if (last[5] !== undefined) return 'reports_on';
  if (last[1] !== undefined) return 'basis';
  if (last[2] !== undefined) return 'mentions';
  const window = clause.slice(Math.max(0, last.index - 60), last.index);
  const before = window.slice(window.lastIndexOf('\u0001') + 1);
  const rr = REPORT;
  rr.lastIndex = 0;
  for (let m = rr.exec(before); m !== null; m = rr.exec(before)) {
    if (!letterBefore(before, m.index)) return 'reports_on';
    rr.lastIndex = m.index + 1;
  }
  return 'implements';
}

describe('relationFromClause (backward search for the last cue)', () => {
  it('mayStartCue admits every code unit a cue can start with (iu folding included)', () => {
    const first = /[ctbpqgvhs]/iu;
    for (let c = 0; c < 0x10000; c++) {
      if (first.test(String.fromCharCode(c)) !== mayStartCue(c)) expect(c.toString(16)).toBe('');
    }
  });

  it.each([
    'Căn cứ Luật Tổ chức chính quyền địa phương; ',
    'Kết quả thực hiện ',
    'làm theo tư tưởng, đạo đức; thực hiện theo ',
    'Sơ kết 5 năm thực hiện ',
    'sơ kết \u0001; ',
    'Theo ',
    'theo các ',
    'tổ chức thực hiện theo ',
    'THỰC HIỆN ',
    'CĂN CỨ ',
    'báo cáo tình hình thực hiện ',
    'đánh giá \u0001 và thực hiện ',
    'bổ sung một số điều; bãi bỏ ',
    'xthực hiện ',
    'ſơ kết ',
    'thực hiệnx ',
    '(',
    '',
  ])('%j: same relation as the forward scan', (clause) => {
    expect(relationFromClause(clause)).toBe(referenceRelation(clause));
  });

  it('same relation as the forward scan on random clauses of cue words', () => {
    const piece = fc.constantFrom(
      'căn cứ',
      'Căn Cứ',
      'theo',
      'Theo',
      'theo tinh thần',
      'thực hiện',
      'THỰC HIỆN',
      'triển khai',
      'tổ chức',
      'sơ kết',
      'tổng kết',
      'kết quả',
      'báo cáo việc',
      'Báo cáo tình hình',
      'đánh giá',
      'ĐÁNH GIÁ',
      'kiểm điểm',
      '\u212Aết quả',
      'xkết quả',
      'ban hành',
      'hủy bỏ',
      'các',
      'làm',
      'x',
      'ſ',
      'K',
      ' ',
      ' ',
      ', ',
      '; ',
      '\u0001',
      'ơ',
      'ệ',
      '×',
      'ª',
      'µ',
      '\u00BB',
      '𝐀',
      '\uD835',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const clause = parts.join('');
        expect(relationFromClause(clause)).toBe(referenceRelation(clause));
      }),
      { numRuns: 4000 },
    );
  });
});

describe("a cue word inside an unnumbered act's name", () => {
  const relationOf = (text: string, key: string): string | undefined =>
    findCitations(text).citations.find((c) => c.key === key)?.relation;

  it.each([
    [
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015; Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;',
      '34/2016/NĐ-CP',
      'basis',
    ],
    [
      'Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; Nghị định số 28/2013/NĐ-CP của Chính phủ;',
      '28/2013/NĐ-CP',
      'basis',
    ],
    [
      'Thực hiện Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng; Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ.',
      '91/2017/NĐ-CP',
      'implements',
    ],
  ])("%j: the list item takes the clause's verb", (text, key, relation) => {
    expect(relationOf(text, key)).toBe(relation);
  });

  it('the same words as a verb still govern', () => {
    expect(relationFromClause('Ủy ban nhân dân tỉnh ban hành ')).toBe('mentions');
    expect(relationFromClause('Căn cứ Luật Đất đai; sửa đổi ')).toBe('mentions');
    expect(
      relationOf(
        'Căn cứ Luật Đất đai năm 2013; Ủy ban nhân dân tỉnh ban hành Quyết định số 12/2020/QĐ-UBND ngày 5/6/2020.',
        '12/2020/QĐ-UBND',
      ),
    ).toBe('mentions');
  });
});

describe("a title's last line followed by the body's first sentence (PDF text, no blank line)", () => {
  const relationOf = (text: string, key: string): string | undefined =>
    findCitations(text).citations.find((c) => c.key === key)?.relation;
  const body =
    'Thực hiện Công văn số 1250/UBND-VX ngày 10/11/2022 của UBND huyện về việc báo cáo kết quả, Phòng Văn hóa và Thông tin huyện báo cáo kết quả như sau:';

  it("the title's report words do not govern the body's verb", () => {
    expect(
      relationOf(`BÁO CÁO\nKết quả công tác văn hóa, thể thao năm 2022\n${body}`, '1250/UBND-VX'),
    ).toBe('implements');
    expect(
      relationOf(`BÁO CÁO\nKết quả công tác văn hóa, thể thao năm 2022\n\n${body}`, '1250/UBND-VX'),
    ).toBe('implements');
  });

  it('a wrap inside the title is still read through', () => {
    expect(
      relationOf(
        'BÁO CÁO\nKết quả thực hiện\nKế hoạch số 102/KH-UBND ngày 14/4/2022 của Ủy ban nhân dân huyện',
        '102/KH-UBND',
      ),
    ).toBe('reports_on');
    expect(
      relationOf(
        'Phòng Văn hóa và Thông tin báo cáo kết quả thực hiện\nKế hoạch số 102/KH-UBND ngày 14/4/2022 như sau:',
        '102/KH-UBND',
      ),
    ).toBe('reports_on');
  });
});

/** The window search LineBreaks replaced. */
function referenceLastBreak(s: string, from: number): number {
  const stop = Math.max(-1, from - 600);
  if (from <= stop) return stop;
  const w = s.slice(stop + 1, from + 1);
  const nl = w.lastIndexOf('\n');
  const at = w.indexOf('\u2029', nl + 1) < 0 ? nl : w.lastIndexOf('\u2029');
  return at < 0 ? stop : stop + 1 + at;
}

describe('LineBreaks', () => {
  it('lastBreak: the last line break at or before an offset, bounded to 600 characters back', () => {
    const long = 'a'.repeat(700);
    const texts = [
      '',
      'abc',
      'a\nb\u2029c\n',
      `\n${long}\nx`,
      `${long}\u2029${long}`,
      '\u2029\u2029\n',
    ];
    for (const s of texts) {
      const lb = new LineBreaks(s);
      for (let from = -2; from <= s.length + 2; from++)
        expect([from, lb.lastBreak(from)]).toEqual([from, referenceLastBreak(s, from)]);
    }
  });

  it('lastBreak asked in any order on one text (the list grows as far as asked)', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\u2029', ' ', 'a'.repeat(150));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (parts, ks) => {
          const s = parts.join('');
          const lb = new LineBreaks(s);
          for (const k of ks) {
            const from = (k % (s.length + 3)) - 1;
            expect(lb.lastBreak(from)).toBe(referenceLastBreak(s, from));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('lastBreak on random texts', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\u2029', ' ', 'a'.repeat(150));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (parts, k) => {
        const s = parts.join('');
        const from = s.length === 0 ? 0 : k % (s.length + 1);
        expect(new LineBreaks(s).lastBreak(from)).toBe(referenceLastBreak(s, from));
      }),
      { numRuns: 2000 },
    );
  });
});
