import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, warningLabel } from './format.ts';

describe('warningLabel', () => {
  it('replaces the analysis codes with Vietnamese and writes dates as dd/mm/yyyy', () => {
    expect(
      warningLabel(
        'date_conflict: 102-KH/TU được dẫn với các ngày khác nhau: 2018-10-22, 2019-07-10',
      ),
    ).toBe(
      'Ngày không thống nhất: 102-KH/TU được dẫn với các ngày khác nhau: 22/10/2018, 10/07/2019',
    );
    expect(
      warningLabel('partial_unresolved: "số 12" (chỉ có số, không xác định được ký hiệu)'),
    ).toBe('Trích dẫn thiếu ký hiệu: "số 12" (chỉ có số, không xác định được ký hiệu)');
    expect(warningLabel('nonstandard_separator: "35- NQ/TW" → 35-NQ/TW')).toBe(
      'Số/ký hiệu viết không chuẩn: "35- NQ/TW" → 35-NQ/TW',
    );
  });

  it('keeps Vietnamese warnings and labels bare codes', () => {
    expect(warningLabel('Không tìm thấy khối chữ ký')).toBe('Không tìm thấy khối chữ ký');
    expect(warningLabel('ocr')).toContain('OCR');
    expect(warningLabel('unknown_code: x')).toBe('unknown_code: x');
  });
});

describe('formatDate', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDate('2019-11-13')).toBe('13/11/2019');
    expect(formatDate('--04-30')).toBe('30/04');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot, as Vietnamese readers write counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(56944)).toBe('56.944');
    expect(formatCount(1250000)).toBe('1.250.000');
  });
});
