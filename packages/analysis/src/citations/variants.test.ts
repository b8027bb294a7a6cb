import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.ts';
import { canonicalKey } from './key.ts';
import type { Citation } from '../types.ts';

function cites(text: string): Citation[] {
  const r = findCitations(text).citations;
  for (const c of r) expect(text.slice(c.start, c.end)).toBe(c.surface);
  return r;
}

function one(text: string): Citation {
  const r = cites(text);
  expect(r, text).toHaveLength(1);
  const c = r[0];
  if (!c) throw new Error(`no citation in ${text}`);
  return c;
}

describe('real-world variants of a citation', () => {
  it('type word split across lines, and a symbol broken after its hyphen', () => {
    const c = one('Thực hiện Nghị\nquyết số 35-NQ/TW của Bộ Chính trị');
    expect(c).toMatchObject({
      surface: 'Nghị\nquyết số 35-NQ/TW',
      type: 'Nghị quyết',
      key: '35-NQ/TW',
      issuer: 'Bộ Chính trị',
    });
    const d = one('triển khai Kế hoạch số 102-\nKH/TU ngày 10-7-2019');
    expect(d).toMatchObject({
      surface: 'Kế hoạch số 102-\nKH/TU',
      key: '102-KH/TU',
      date: '2019-07-10',
      relation: 'implements',
    });
    const e = one('theo Kế hoạch số\n3006/KH-UBND ngày\n13/11/2019');
    expect(e).toMatchObject({ key: '3006/KH-UBND', date: '2019-11-13' });
  });

  it('spaces around the separators', () => {
    expect(one('Kết luận số 100 - KL/TW').key).toBe('100-KL/TW');
    expect(one('Công văn số 2153 /STTTT-TTBCXB').key).toBe('2153/STTTT-TTBCXB');
    expect(one('Công văn số 2153 / STTTT - TTBCXB').key).toBe('2153/STTTT-TTBCXB');
    expect(one('Nghị định số 09 / 2017 / NĐ-CP').key).toBe('09/2017/NĐ-CP');
  });

  it('Ð (U+00D0) and ð in symbols, en/em dashes, fullwidth slash, NBSP and zero-width characters', () => {
    const c = one('Nghị định 09/2017/N\u00D0-CP');
    expect(c.key).toBe('09/2017/NĐ-CP');
    expect(c.surface).toBe('Nghị định 09/2017/N\u00D0-CP');
    expect(one('Kế hoạch số 102\u2013KH/TU').key).toBe('102-KH/TU');
    expect(one('Kế hoạch số 3006/KH\u2014UBND').key).toBe('3006/KH-UBND');
    expect(one('Kế hoạch số 3006\uFF0FKH-UBND').key).toBe('3006/KH-UBND');
    expect(one('Kế hoạch\u00A0số\u00A03006/KH-UBND').key).toBe('3006/KH-UBND');
    const z = one('Kế hoạch số 30\u200B06/KH-UBND'.replace('30\u200B06', '3006\u200B'));
    expect(z.key).toBe('3006/KH-UBND');
  });

  it('TƯ and T.Ư as the issuer code mean TW', () => {
    expect(one('Chỉ thị số 05-CT/TƯ ngày 15-5-2016').key).toBe('05-CT/TW');
    const d = one('Chỉ thị số 05-CT/T.Ư ngày 15-5-2016');
    expect(d.key).toBe('05-CT/TW');
    expect(d.surface).toBe('Chỉ thị số 05-CT/T.Ư');
    expect(d.date).toBe('2016-05-15');
  });

  it('lower-case and upper-case type words keep their written surface and get the normal type', () => {
    expect(one('quyết định số 25/2013/QĐ-TTg')).toMatchObject({
      type: 'Quyết định',
      surface: 'quyết định số 25/2013/QĐ-TTg',
    });
    expect(one('NGHỊ QUYẾT SỐ 35-NQ/TW')).toMatchObject({ type: 'Nghị quyết', key: '35-NQ/TW' });
    expect(one('Công Văn số 728/UBND-TH').type).toBe('Công văn');
  });

  it('`số` missing, `số:`, `số` glued and `Số` duplicated', () => {
    expect(one('Kế hoạch 131-KH/HU ngày 13/8/2019').surface).toBe('Kế hoạch 131-KH/HU');
    expect(one('Quyết định số: 1206 /QĐ-HVTC').key).toBe('1206/QĐ-HVTC');
    expect(one('Quyết định số31-QĐ/TW').key).toBe('31-QĐ/TW');
    expect(one('Công văn số Số 25 -CV/BCĐ').key).toBe('25-CV/BCĐ');
  });

  it('number padding in keys, number as written', () => {
    const c = one('Kết luận số 1-KL/TW');
    expect(c.number).toBe('1');
    expect(c.key).toBe('01-KL/TW');
    expect(canonicalKey({ number: '5', symbol: 'ct/tư', form: 'party' })).toBe('05-CT/TW');
  });

  it('a bare number is resolved to an earlier full citation of the same type in the document', () => {
    const r = cites(
      'Căn cứ Nghị định số 92/2004/NĐ-CP ngày 10/3/2004 của Chính phủ. Theo Nghị định số 92/CP, các cơ quan ...; ' +
        'thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị. Nghị quyết 35 đã đi vào cuộc sống; Nghị quyết số 35, tiếp tục.',
    );
    expect(r.map((c) => [c.surface, c.key, c.partial === true])).toEqual([
      ['Nghị định số 92/2004/NĐ-CP', '92/2004/NĐ-CP', false],
      ['Nghị định số 92/CP', '92/2004/NĐ-CP', true],
      ['Nghị quyết số 35-NQ/TW', '35-NQ/TW', false],
      // without `số` and followed by a verb: a back reference, kept because 35-NQ/TW is cited above
      ['Nghị quyết 35', '35-NQ/TW', true],
      ['Nghị quyết số 35', '35-NQ/TW', true],
    ]);
  });

  it('number-only mentions are kept as partial; an unresolved one is warned about', () => {
    const r = findCitations('Thực hiện Chỉ thị số 17 và Kế hoạch số 08 của Ủy ban nhân dân huyện.');
    expect(r.citations.map((c) => [c.surface, c.key, c.partial])).toEqual([
      ['Chỉ thị số 17', '17-CT/?', true],
      // a People's Committee plan is `N/KH-UBND` at every level (spec §3.1, §4.1)
      ['Kế hoạch số 08', '08/KH-UBND', true],
    ]);
    expect(r.warnings.filter((w) => w.startsWith('partial_unresolved'))).toHaveLength(1);
    expect(r.warnings.filter((w) => w.startsWith('partial_inferred'))).toHaveLength(1);
  });

  it('an unresolved number-only mention of a State body is keyed in the State shape N/T-?', () => {
    const keys = (t: string): string[] => findCitations(t).citations.map((c) => c.key);
    // a People's Committee decision may be individual (`N/QĐ-UBND`) or normative (`N/YYYY/QĐ-UBND`):
    // the symbol stays open, but it is a State symbol, not the Party `1624-QĐ/?`
    expect(
      keys('Căn cứ Quyết định số 1624 ngày 10/9/2007 của UBND tỉnh Khánh Hòa về việc ban hành.'),
    ).toEqual(['1624/QĐ-?']);
    expect(keys('theo Quyết định số 17 của Thủ tướng Chính phủ về việc')).toEqual(['17/QĐ-?']);
    expect(keys('Chỉ thị số 05 của Chủ tịch UBND tỉnh về việc')).toEqual(['05/CT-?']);
    expect(keys('Thông tư số 12 của Bộ Nội vụ hướng dẫn')).toEqual(['12/TT-?']);
    // a State công văn has no type code: `N/<issuer>-<unit>`
    expect(keys('Công văn số 728 ngày 5/3/2021 của UBND huyện đề nghị')).toEqual(['728/UBND-?']);
    // Party bodies and unknown issuers keep the Party shape; an inferable code is still inferred
    expect(keys('Quyết định số 99 của Bộ Chính trị về việc')).toEqual(['99-QĐ/TW']);
    expect(keys('Chỉ thị số 17 của Ban Tổ chức về việc')).toEqual(['17-CT/?']);
    expect(keys('Thực hiện Chỉ thị số 17.')).toEqual(['17-CT/?']);
    expect(keys('Kế hoạch số 08 của Ủy ban nhân dân huyện.')).toEqual(['08/KH-UBND']);
    const w = findCitations('Căn cứ Quyết định số 1624 của UBND tỉnh.').warnings;
    expect(w.filter((x) => x.startsWith('partial_unresolved'))).toHaveLength(1);
  });

  it('reads the older State style N-<issuer> after the type word of a State act (spec §2.2)', () => {
    const r = findCitations(
      'Căn cứ Nghị định số 30-HĐBT ngày 2/3/1989; theo Quyết định 217 - HĐBT và Nghị định 43-CP ngày 16/4/2003.',
    ).citations;
    expect(r.map((c) => [c.surface, c.type, c.number, c.symbol, c.key, c.date])).toEqual([
      ['Nghị định số 30-HĐBT', 'Nghị định', '30', 'HĐBT', '30/HĐBT', '1989-03-02'],
      ['Quyết định 217 - HĐBT', 'Quyết định', '217', 'HĐBT', '217/HĐBT', null],
      ['Nghị định 43-CP', 'Nghị định', '43', 'CP', '43/CP', '2003-04-16'],
    ]);
    // a full citation of the same act in the document resolves it, as for `92/CP`
    const k = findCitations(
      'Căn cứ Nghị định số 92/2004/NĐ-CP ngày 10/3/2004 của Chính phủ. Theo Nghị định số 92-CP, các cơ quan',
    ).citations.map((c) => [c.key, c.partial === true]);
    expect(k).toEqual([
      ['92/2004/NĐ-CP', false],
      ['92/2004/NĐ-CP', true],
    ]);
    // not after other words, not a longer code (a type code alone: the next test)
    for (const t of [
      'Chương trình 135-II',
      'Kế hoạch 5-KH',
      'Nghị định 43-CPa',
      'giai đoạn 2021-2025',
      'Quốc lộ 14-C',
    ])
      expect(findCitations(t).citations, t).toEqual([]);
  });

  it('an issuer may be a Minister (Bộ trưởng Bộ …) or the Council of Ministers', () => {
    const issuers = (t: string): (string | null)[] =>
      findCitations(t).citations.map((c) => c.issuer);
    expect(
      issuers('Căn cứ Thông tư số 12/2021/TT-BNV ngày 5/3/2021 của Bộ trưởng Bộ Nội vụ hướng dẫn'),
    ).toEqual(['Bộ trưởng Bộ Nội vụ']);
    expect(issuers('Quyết định số 99/QĐ-BTC của Bộ trưởng Bộ Tài chính, Kế hoạch')).toEqual([
      'Bộ trưởng Bộ Tài chính',
    ]);
    expect(issuers('Nghị định số 30-HĐBT của Hội đồng Bộ trưởng về')).toEqual([
      'Hội đồng Bộ trưởng',
    ]);
    // `trưởng` continues a name only after `Bộ`
    expect(issuers('Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy trưởng thành')).toEqual([
      'Ban Thường vụ Tỉnh ủy',
    ]);
  });

  it('a number with only its type code after it (issuer part missing) is a number-only mention', () => {
    const r = findCitations(
      'Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị; Nghị quyết số 35-NQ ngày 22/10/2018; ' +
        'thực hiện Chỉ thị số 15-CT ngày 3/4/1995 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 12-KH, ngày 5/3/2021.',
    ).citations;
    expect(r.map((c) => [c.surface, c.symbol, c.key, c.partial === true, c.date])).toEqual([
      ['Nghị quyết số 35-NQ/TW', 'NQ/TW', '35-NQ/TW', false, '2018-10-22'],
      // resolved by the full citation above; the others by their issuer, else left open
      ['Nghị quyết số 35-NQ', '', '35-NQ/TW', true, '2018-10-22'],
      ['Chỉ thị số 15-CT', '', '15-CT/TU', true, '1995-04-03'],
      ['Kế hoạch số 12-KH', '', '12-KH/?', true, '2021-03-05'],
    ]);
    // only with `số` and the type word's own code
    for (const t of ['Kế hoạch 5-KH', 'Chỉ thị số 15-QĐ ngày 3/4/1995', 'Kế hoạch số 12345-KH'])
      expect(findCitations(t).citations, t).toEqual([]);
  });

  it('a law whose name ends in `pháp luật` is named from its capital Luật', () => {
    const r = findCitations(
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015;',
    ).citations;
    expect(r.map((c) => [c.surface, c.type, c.key, c.relation])).toEqual([
      ['Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13', 'Luật', '80/2015/QH13', 'basis'],
    ]);
    // an amending law: the number is its own, the citation starts at its `Luật`
    const a = findCitations(
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14 ngày 18/6/2020;',
    ).citations;
    expect(a.map((c) => [c.surface, c.key, c.relation])).toEqual([
      [
        'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật số 63/2020/QH14',
        '63/2020/QH14',
        'basis',
      ],
    ]);
    // a lower-case `luật` with no law's name before it is still the type word
    expect(findCitations('Căn cứ luật số 80/2015/QH13').citations.map((c) => c.surface)).toEqual([
      'luật số 80/2015/QH13',
    ]);
  });

  it('the session of a council resolution after its term is part of the citation, the về phrase its subject', () => {
    const r = findCitations(
      'Căn cứ Nghị quyết số 20/2021/NQ-HĐND ngày 10/12/2021 của Hội đồng nhân dân tỉnh Kon Tum khóa XII, kỳ họp thứ 3 về kế hoạch đầu tư công; ' +
        'Nghị quyết số 21/2021/NQ-HĐND của HĐND tỉnh khoá XII kỳ họp thứ mười hai về giá đất.',
    ).citations;
    expect(r.map((c) => [c.key, c.issuer, c.subject])).toEqual([
      ['20/2021/NQ-HĐND', 'Hội đồng nhân dân tỉnh Kon Tum', 'kế hoạch đầu tư công'],
      ['21/2021/NQ-HĐND', 'HĐND tỉnh', 'giá đất'],
    ]);
  });

  it('a steering committee code with a three-digit number is one group (BCĐ389)', () => {
    const r = findCitations(
      'Căn cứ Quyết định số 1234/QĐ-BCĐ389 ngày 3/4/2021 của Ban Chỉ đạo 389 tỉnh; Công văn số 12/BCĐ389-VP.',
    ).citations;
    expect(r.map((c) => [c.surface, c.symbol, c.key, c.date])).toEqual([
      ['Quyết định số 1234/QĐ-BCĐ389', 'QĐ-BCĐ389', '1234/QĐ-BCĐ389', '2021-04-03'],
      ['Công văn số 12/BCĐ389-VP', 'BCĐ389-VP', '12/BCĐ389-VP', null],
    ]);
  });

  it('does not read bodies, counts, years, ratios or standards as citations', () => {
    for (const t of [
      'Ban Chỉ đạo 35 Huyện ủy tổ chức',
      'Kế hoạch 5 năm 2021-2025',
      'đạt 4/4 đồng chí',
      'TCVN 6909:2001 và ISO 8601',
      'dịch Covid-19 và SARS-CoV-2',
      'giai đoạn 2021-2030; quý I-2018; 14.782 tỷ đồng',
      'Quốc lộ QL14, km 15/3',
    ]) {
      expect(findCitations(t).citations, t).toEqual([]);
    }
  });

  it('a citation inside a footnote, and a subject supplied by a footnote', () => {
    const text =
      'Thực hiện Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy¹, năm 2023.\n\n' +
      '¹ về “tăng cường bảo vệ nền tảng tư tưởng của Đảng”\n\n² Công văn số 1724/UBND-TH ngày 14/10/2023 của Ủy ban nhân dân huyện.';
    const r = cites(text);
    expect(r[0]).toMatchObject({
      key: '102-KH/TU',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      subject: 'tăng cường bảo vệ nền tảng tư tưởng của Đảng',
    });
    expect(r[1]).toMatchObject({
      key: '1724/UBND-TH',
      relation: 'mentions',
      issuer: 'Ủy ban nhân dân huyện',
    });
  });

  it('pdf-parse footnote digits glued to a word are not numbers and end the issuer', () => {
    const r = cites(
      'triển khai Kế hoạch số 102-KH/TU ngày 10 tháng 7 năm 2019 của Ban Thường vụ Tỉnh ủy1, năm 2023',
    );
    expect(r[0]).toMatchObject({ issuer: 'Ban Thường vụ Tỉnh ủy', date: '2019-07-10' });
  });

  it('dates in every written form; issuer qualifiers dropped; quoted subjects unquoted', () => {
    expect(one('Kế hoạch số 3006/KH-UBND ngày 13/11/2019').date).toBe('2019-11-13');
    expect(one('Nghị quyết số 35-NQ/TW, ngày 22-10-2018').date).toBe('2018-10-22');
    expect(one('Kế hoạch số 102-KH/TU ngày 10 tháng 7 năm 2019').date).toBe('2019-07-10');
    expect(one('Quyết định số 1/QĐ-UBND ngày 26.11.2019').date).toBe('2019-11-26');
    expect(one('Kết luận số 23-KL/TW của Ban Bí thư Trung ương Đảng khóa XII').issuer).toBe(
      'Ban Bí thư Trung ương Đảng',
    );
    expect(one('Chỉ thị số 25-CT/TW của Ban Bí thư (khóa X) về tăng cường công tác').issuer).toBe(
      'Ban Bí thư',
    );
    const q = one(
      'Quyết định số 238-QĐ/TW của Ban Bí thư "về ban hành Quy chế phối hợp" đã góp phần',
    );
    expect(q.subject).toBe('ban hành Quy chế phối hợp');
  });

  it('relations: implements, reports_on, basis, mentions, and list inheritance', () => {
    const r = cites(
      'Căn cứ Nghị quyết số 35-NQ/TW; Kế hoạch số 14-KH/TW. Báo cáo kết quả thực hiện Kế hoạch số 3006/KH-UBND. ' +
        'Thực hiện Công văn số 2153/STTTT-TTBCXB, Kế hoạch số 88-KH/HU. Bám sát Quyết định 238-QĐ/TW. ' +
        'Hội nghị sơ kết 02 năm thực hiện Kết luận số 01-KL/TW.',
    );
    expect(r.map((c) => [c.key, c.relation])).toEqual([
      ['35-NQ/TW', 'basis'],
      ['14-KH/TW', 'basis'],
      ['3006/KH-UBND', 'reports_on'],
      ['2153/STTTT-TTBCXB', 'implements'],
      ['88-KH/HU', 'implements'],
      ['238-QĐ/TW', 'mentions'],
      ['01-KL/TW', 'reports_on'],
    ]);
  });

  it('a line ending in `;` or `.` ends the clause: its verbs do not reach the next line', () => {
    const r = cites(
      'Căn cứ Kế hoạch số 45/KH-UBND ngày 02/3/2022 của UBND tỉnh Kon Tum triển khai thực hiện Đề án 06;\n' +
        'Theo đề nghị của Trưởng Công an huyện tại Tờ trình số 112/TTr-CAH ngày 10/8/2022.\n' +
        'Ủy ban nhân dân huyện đã triển khai thực hiện nhiều nội dung.\nKế hoạch số 7/KH-UBND được ban hành.\n' +
        'Thực hiện Kế hoạch số 9/KH-UBND của UBND tỉnh về\nPhòng chống thiên tai, Công văn số 10/UBND-VP',
    );
    expect(r.map((c) => [c.key, c.relation])).toEqual([
      ['45/KH-UBND', 'basis'],
      // not `implements` from the `Căn cứ …;` line above (`Theo đề nghị` is not `Căn cứ`)
      ['112/TTr-CAH', 'mentions'],
      // the verbs of the previous sentence do not reach across its full stop and line break
      ['07/KH-UBND', 'mentions'],
      ['09/KH-UBND', 'implements'],
      // a line that does not end its sentence is still read through (a PDF soft wrap)
      ['10/UBND-VP', 'implements'],
    ]);
  });

  it('PDF line wraps inside an issuer and a subject are read through', () => {
    const c = one(
      'Thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019 của Ủy ban nhân\ndân tỉnh Kon Tum về việc triển khai\nthực hiện công tác tuyên truyền; các cơ quan',
    );
    expect(c).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
      subject: 'việc triển khai thực hiện công tác tuyên truyền',
    });
    const r = cites(
      'Kế hoạch số 131-KH/HU của Huyện ủy về triển khai\nNghị quyết số 35-NQ/TW của Bộ Chính trị; các phòng',
    );
    expect(r.map((x) => [x.key, x.subject])).toEqual([
      ['131-KH/HU', 'triển khai Nghị quyết số 35-NQ/TW của Bộ Chính trị'],
      ['35-NQ/TW', null],
    ]);
  });

  it('list items on their own lines take the verb of the line that opens the list', () => {
    const r = cites(
      'Căn cứ:\n- Nghị quyết số 35-NQ/TW của Bộ Chính trị;\n- Kế hoạch số 14-KH/TW của Ban Bí thư;\n' +
        'Thực hiện các văn bản sau:\n1. Kế hoạch số 3006/KH-UBND;\n2. Công văn số 12/UBND-VP.\nNơi nhận:\n- Kế hoạch số 5/KH-UBND',
    );
    expect(r.map((c) => [c.key, c.relation])).toEqual([
      ['35-NQ/TW', 'basis'],
      ['14-KH/TW', 'basis'],
      ['3006/KH-UBND', 'implements'],
      ['12/UBND-VP', 'implements'],
      ['05/KH-UBND', 'mentions'],
    ]);
  });

  it('PDF text: soft line wraps inside issuers and subjects, paragraphs marked by indentation', () => {
    const text =
      '    Thực hiện Kế hoạch số 172-KH/TU, ngày 09/5/2023 của Ban\nThường vụ Tỉnh ủy về sơ kết 5 năm thực hiện\n' +
      'Kết luận số 23-KL/TW, ngày 22/11/2017 của Ban Bí thư Trung ương Đảng (khóa XII), Ban\n' +
      'Thường vụ Huyện ủy Tam Đường báo cáo kết quả thực hiện như sau:\n     Đảng bộ huyện có 51 tổ chức';
    const r = cites(text);
    expect(r.map((c) => [c.key, c.issuer, c.subject, c.relation])).toEqual([
      [
        '172-KH/TU',
        'Ban Thường vụ Tỉnh ủy',
        'sơ kết 5 năm thực hiện Kết luận số 23-KL/TW, ngày 22/11/2017 của Ban Bí thư Trung ương Đảng (khóa XII)',
        'implements',
      ],
      ['23-KL/TW', 'Ban Bí thư Trung ương Đảng', null, 'reports_on'],
    ]);
  });

  it('a NFD (decomposed) text keeps offsets into the original', () => {
    const nfd = 'Thực hiện Kế hoạch số 3006/KH-UBND của Ủy ban nhân dân tỉnh'.normalize('NFD');
    const c = one(nfd);
    expect(c.key).toBe('3006/KH-UBND');
    expect(c.surface.normalize('NFC')).toBe('Kế hoạch số 3006/KH-UBND');
    expect(c.issuer).toBe('Ủy ban nhân dân tỉnh');
  });
});
