import { describe, expect, it } from 'vitest';
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
