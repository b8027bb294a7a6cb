import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.ts';
import { isCueInActName } from './lexicon.ts';

const cueIn = (clause: string, cue: string): boolean => isCueInActName(clause, clause.indexOf(cue));

describe('relation cues inside an unnumbered act’s name', () => {
  it('are words of the name: a capitalised cue after the type word, the amending words of an amending act', () => {
    expect(
      cueIn('Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22/6/2015; ', 'Ban hành'),
    ).toBe(true);
    expect(cueIn('Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012; ', 'Phổ biến')).toBe(
      true,
    );
    const amending = 'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ; ';
    expect(cueIn(amending, 'sửa đổi')).toBe(true);
    expect(cueIn(amending, 'bổ sung')).toBe(true);
    expect(cueIn('Nghị định sửa đổi, bổ sung Nghị định về công tác văn thư; ', 'bổ sung')).toBe(
      true,
    );
  });

  it('are verbs elsewhere', () => {
    expect(cueIn('Ủy ban nhân dân huyện ban hành ', 'ban hành')).toBe(false);
    expect(cueIn('\u0001 sửa đổi, bổ sung một số điều của \u0001', 'sửa đổi')).toBe(false);
    expect(cueIn('tăng cường tuyên truyền, phổ biến ', 'phổ biến')).toBe(false);
    expect(cueIn('Luật ban hành ', 'ban hành')).toBe(false);
  });
});

describe('joint and coordination types of the Front, mass organisations and State bodies', () => {
  it('are type words, with their codes', () => {
    const got = findCitations(
      'Thực hiện Kế hoạch liên tịch số 05/KHLT-MTTQ-UBND ngày 02/02/2022; Chương trình phối hợp số 12/CTPH-MTTQ-CA ngày 5/5/2021 về bảo đảm an ninh trật tự; Quy chế phối hợp số 03-QC/HU; Hướng dẫn liên tịch số 01/HDLT-SNV-LĐLĐ.',
    ).citations.map((c) => [c.surface, c.type, c.key]);
    expect(got).toEqual([
      ['Kế hoạch liên tịch số 05/KHLT-MTTQ-UBND', 'Kế hoạch liên tịch', '05/KHLT-MTTQ-UBND'],
      ['Chương trình phối hợp số 12/CTPH-MTTQ-CA', 'Chương trình phối hợp', '12/CTPH-MTTQ-CA'],
      ['Quy chế phối hợp số 03-QC/HU', 'Quy chế phối hợp', '03-QC/HU'],
      ['Hướng dẫn liên tịch số 01/HDLT-SNV-LĐLĐ', 'Hướng dẫn liên tịch', '01/HDLT-SNV-LĐLĐ'],
    ]);
  });
});

describe('a type word cited with its qualifier', () => {
  it('starts the surface at the type word, with the plain type', () => {
    const got = findCitations(
      'Thực hiện Chương trình công tác số 10-CTr/HU ngày 5/1/2024 của Ban Thường vụ Huyện ủy; Kế hoạch kiểm tra số 12-KH/UBKTHU; Công văn hỏa tốc số 15/UBND-VP; Nghị quyết chuyên đề số 03-NQ/HU. Căn cứ Báo cáo tổng kết số 45-BC/HU ngày 5/1/2024; Quyết định chuẩn y số 15-QĐ/HU.',
    ).citations.map((c) => [c.surface, c.type, c.relation]);
    expect(got).toEqual([
      ['Chương trình công tác số 10-CTr/HU', 'Chương trình', 'implements'],
      ['Kế hoạch kiểm tra số 12-KH/UBKTHU', 'Kế hoạch', 'implements'],
      ['Công văn hỏa tốc số 15/UBND-VP', 'Công văn', 'implements'],
      ['Nghị quyết chuyên đề số 03-NQ/HU', 'Nghị quyết', 'implements'],
      // the qualifier `tổng kết` is no report cue of the clause: `Căn cứ` governs
      ['Báo cáo tổng kết số 45-BC/HU', 'Báo cáo', 'basis'],
      ['Quyết định chuẩn y số 15-QĐ/HU', 'Quyết định', 'basis'],
    ]);
  });
});
