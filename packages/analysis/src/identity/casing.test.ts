import { describe, expect, it } from 'vitest';
import { orgCase } from './casing.ts';

describe('orgCase (upper-case header lines to normal capitalisation)', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI', 'Ủy ban nhân dân huyện Ngọc Hồi'],
    ['UBND TỈNH KON TUM', 'Ủy ban nhân dân tỉnh Kon Tum'],
    ['HUYỆN ỦY TAM ĐƯỜNG', 'Huyện ủy Tam Đường'],
    ["HUYỆN IA H'DRAI", "huyện Ia H'Drai"],
    ['BAN TUYÊN GIÁO TỈNH ỦY KON TUM', 'Ban Tuyên giáo Tỉnh ủy Kon Tum'],
    ['ĐẢNG ỦY XÃ ĐĂK BLÀ', 'Đảng ủy xã Đăk Blà'],
    ['CHI BỘ THÔN 1', 'Chi bộ thôn 1'],
    ['SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
    [
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN NGỌC HỒI',
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện Ngọc Hồi',
    ],
    ['VĂN PHÒNG UBND TỈNH', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['BAN CHỈ ĐẠO 35', 'Ban Chỉ đạo 35'],
    ['BCH HUYỆN ĐOÀN CHƯ SÊ', 'Ban Chấp hành Huyện đoàn Chư Sê'],
    ['TỈNH ĐOÀN GIA LAI', 'Tỉnh đoàn Gia Lai'],
    ['ỦY BAN MTTQ VIỆT NAM HUYỆN SA THẦY', 'Ủy ban MTTQ Việt Nam huyện Sa Thầy'],
  ])('%s → %s', (upper, normal) => {
    expect(orgCase(upper)).toBe(normal);
  });
});
