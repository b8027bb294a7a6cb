import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';

describe('right-column strings', () => {
  it('the motto is removed in any case', () => {
    for (const motto of [
      'Độc lập - Tự do - Hạnh phúc',
      'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
      'độc lập – tự do – hạnh phúc',
    ]) {
      const zone = ['ỦY BAN NHÂN DÂN', `HUYỆN NGỌC HỒI   ${motto}`];
      expect(parseHeader(zone).issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN NGỌC HỒI']);
    }
  });
});

describe('the công văn summary', () => {
  const zone = (summary: string): string[] => [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN ĐĂK HÀ',
    'Số: 1234/UBND-VX',
    summary,
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Đăk Hà, ngày 15 tháng 3 năm 2023',
    '',
    'Kính gửi: Các xã, thị trấn.',
  ];

  it('is read after `Về việc` as after `V/v`, under the number', () => {
    for (const summary of [
      'V/v tăng cường công tác phòng, chống thiên tai',
      'Về việc tăng cường công tác phòng, chống thiên tai',
      'Về việc: tăng cường công tác phòng, chống thiên tai',
    ]) {
      const header = parseHeader(zone(summary));
      expect(header.vv).toBe('tăng cường công tác phòng, chống thiên tai');
      expect(header.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN ĐĂK HÀ']);
    }
  });

  it('`Về việc` wrapped over two lines is read whole', () => {
    const lines = zone('Về việc tăng cường công tác');
    lines.splice(4, 0, 'phòng, chống thiên tai');
    expect(parseHeader(lines).vv).toBe('tăng cường công tác phòng, chống thiên tai');
  });

  it('a `Về việc` line with no `Số` line above it is not a summary', () => {
    const header = parseHeader([
      'ỦY BAN NHÂN DÂN',
      'Về việc tăng cường công tác',
      'Kính gửi: Các xã.',
    ]);
    expect(header.vv).toBeNull();
  });
});
