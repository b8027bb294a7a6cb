import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.ts';
import { readIssuer } from './issuer.ts';

function issuerOf(text: string): string | null {
  const r = readIssuer(text, 0);
  return r === null ? null : text.slice(r.start, r.end);
}

describe('readIssuer (token by token, no token objects)', () => {
  it.each([
    ['Ban Thường vụ Tỉnh ủy về việc', 'Ban Thường vụ Tỉnh ủy'],
    ['Bộ trưởng Bộ Nội vụ ngày', 'Bộ trưởng Bộ Nội vụ'],
    ['Hội đồng Bộ trưởng, ', 'Hội đồng Bộ trưởng'],
    ['Ủy ban nhân dân tỉnh V/v', 'Ủy ban nhân dân tỉnh'],
    ['Sở Thông tin và Truyền thông về', 'Sở Thông tin và Truyền thông'],
    ['Tỉnh ủy\u2029Kon Tum.', 'Tỉnh ủy\u2029Kon Tum'],
    ['UBND tỉnh\nvề việc', 'UBND tỉnh'],
    // a number after `Đạo` only (`… Khối Đạo 12`); at most three digits
    ['Đảng ủy Khối Đạo 12 về', 'Đảng ủy Khối Đạo 12'],
    ['Đảng ủy Khối Đạo 1234 về', 'Đảng ủy Khối Đạo'],
    ['Sư đoàn 3 về', 'Sư đoàn'],
    // a type word followed by a number starts the next citation
    ['Ban Tuyên giáo Trung ương Kế hoạch 12', 'Ban Tuyên giáo Trung ương'],
    ['ban nhân dân', null],
  ])('%j → %j', (text, issuer) => {
    expect(issuerOf(text)).toBe(issuer);
  });
});

describe('an issuer beside the header cell in capitals (a wrapped `V/v` title)', () => {
  it.each([
    [
      'Bộ Chính trị\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      'Bộ Chính trị',
    ],
    ['Ban Thường vụ Tỉnh ủy\nĐẢNG CỘNG SẢN VIỆT NAM', 'Ban Thường vụ Tỉnh ủy'],
    ['Sở Nội vụ\nUBND TỈNH KON TUM', 'Sở Nội vụ'],
    // a name in capitals goes on in capitals; a line with one word in capitals goes on as before
    ['ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 12', 'ỦY BAN NHÂN DÂN\nTỈNH KON TUM'],
    ['Ủy ban\nMTTQ Việt Nam tỉnh về', 'Ủy ban\nMTTQ Việt Nam tỉnh'],
  ])('%j → %j', (text, issuer) => {
    expect(issuerOf(text)).toBe(issuer);
  });

  it('a citation in a `V/v` title beside the header', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 3125/UBND-KGVX\nV/v triển khai thực hiện Chỉ thị\nsố 05-CT/TW của Bộ Chính trị\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKon Tum, ngày 12 tháng 10 năm 2016\n';
    const c = findCitations(text).citations.find((x) => x.key === '05-CT/TW');
    expect(c?.issuer).toBe('Bộ Chính trị');
  });
});
