import { describe, expect, it } from 'vitest';
import { findUnits } from './units.ts';

describe('central Party and Youth Union bodies', () => {
  it('`Ban Bí thư Trung ương Đoàn` keeps `Đoàn`', () => {
    const text =
      'Căn cứ Chương trình số 01-CTr/TWĐTN-VP ngày 10/01/2023 của Ban Bí thư Trung ương Đoàn về công tác Đoàn; Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch.';
    expect(findUnits(text)).toEqual(['Ban Bí thư Trung ương Đoàn', 'Ban Thường vụ Tỉnh đoàn']);
  });

  it('the Party secretariat is read as before', () => {
    expect(findUnits('Ban Bí thư Trung ương Đảng đã chỉ đạo.')).toEqual([
      'Ban Bí thư Trung ương Đảng',
    ]);
    expect(findUnits('Ban Bí thư đã chỉ đạo.')).toEqual(['Ban Bí thư']);
    expect(findUnits('Ban Bí thư Trung ương đã chỉ đạo.')).toEqual(['Ban Bí thư Trung ương']);
  });
});
