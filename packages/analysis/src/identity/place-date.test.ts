import { describe, expect, it } from 'vitest';
import { findPlaceDates } from './place-date.ts';

const found = (zone: string): Array<[string, string | null]> =>
  findPlaceDates(zone).map((pd) => [pd.place, pd.iso]);

describe('the place-and-date line', () => {
  it('is read without its comma when no line has one (a scan losing it), on a line of its own', () => {
    expect(found('Số: 12/KH-UBND\nĐăk Hà ngày 15 tháng 3 năm 2023\nKẾ HOẠCH')).toEqual([
      ['Đăk Hà', '2023-03-15'],
    ]);
    expect(found('Kon Tum  ngày  05 tháng 01 năm 2020.')).toEqual([['Kon Tum', '2020-01-05']]);
  });

  it('is not a sentence that opens with a word of time, nor one that goes on after the year', () => {
    expect(found('Sáng ngày 15 tháng 3 năm 2023\nBan Thường vụ họp.')).toEqual([]);
    expect(found('Từ ngày 15 tháng 3 năm 2023')).toEqual([]);
    expect(found('Ban Thường vụ Huyện ủy ngày 15 tháng 3 năm 2023 đã họp')).toEqual([]);
    // with a comma on another line, the comma line alone is read
    expect(found('Đăk Hà ngày 15 tháng 3 năm 2023\nĐăk Hà, ngày 16 tháng 3 năm 2023')).toEqual([
      ['Đăk Hà', '2023-03-16'],
    ]);
  });
});
