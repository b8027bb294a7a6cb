import { describe, expect, it } from 'vitest';
import { findCitations } from './find-citations.ts';

describe('OCR look-alike letters in a citation number slot (spec §9.3)', () => {
  it.each([
    [
      'Thực hiện Kế hoạch số 2O/KH-UBND ngày 5/3/2021 của UBND tỉnh.',
      'Kế hoạch số 2O/KH-UBND',
      '20/KH-UBND',
      '20',
      '2O → 20',
    ],
    [
      'Quán triệt Nghị quyết số l5-NQ/TW của Bộ Chính trị.',
      'Nghị quyết số l5-NQ/TW',
      '15-NQ/TW',
      '15',
      'l5 → 15',
    ],
    [
      'Căn cứ Quyết định số 1S0/QĐ-UBND ngày 2/1/2020.',
      'Quyết định số 1S0/QĐ-UBND',
      '150/QĐ-UBND',
      '150',
      '1S0 → 150',
    ],
    [
      'Căn cứ Nghị định số O9/2017/NĐ-CP của Chính phủ.',
      'Nghị định số O9/2017/NĐ-CP',
      '09/2017/NĐ-CP',
      '09',
      'O9 → 09',
    ],
    [
      'Căn cứ Nghị định số 09/2O17/NĐ-CP của Chính phủ.',
      'Nghị định số 09/2O17/NĐ-CP',
      '09/2017/NĐ-CP',
      '09',
      '2O17 → 2017',
    ],
    [
      'Căn cứ Nghị định số O9/2O17/NĐ-CP',
      'Nghị định số O9/2O17/NĐ-CP',
      '09/2017/NĐ-CP',
      '09',
      'O9 → 09, 2O17 → 2017',
    ],
    [
      'Thực hiện Chỉ thị số I5-CT/TU của Ban Thường vụ Tỉnh ủy.',
      'Chỉ thị số I5-CT/TU',
      '15-CT/TU',
      '15',
      'I5 → 15',
    ],
    ['Thực hiện Kế hoạch số B6/KH-UBND.', 'Kế hoạch số B6/KH-UBND', '86/KH-UBND', '86', 'B6 → 86'],
  ])('%j → %s read as %s', (text, surface, key, number, repair) => {
    const r = findCitations(text);
    expect(r.citations).toHaveLength(1);
    const c = r.citations[0];
    expect(c?.surface).toBe(surface);
    expect(c?.key).toBe(key);
    expect(c?.number).toBe(number);
    expect(c && text.slice(c.start, c.end)).toBe(surface);
    expect(r.warnings).toEqual([`ocr_digits: "${surface}" → ${key} (chữ đọc thành số: ${repair})`]);
  });

  it('keeps the offsets of the original text when the fold rewrites before the slot', () => {
    const text = 'Căn cứ\u00A0\u00A0Nghị định số O9/2017/NÐ-CP.';
    const c = findCitations(text).citations[0];
    expect(c?.key).toBe('09/2017/NĐ-CP');
    expect(c && text.slice(c.start, c.end)).toBe('Nghị định số O9/2017/NÐ-CP');
  });

  it.each([
    ['a number glued to a word, no type word or số before it', 'Ông Hạnh l5-NQ/TW đã dự.'],
    ['a slot without a real digit', 'Kế hoạch số lO/KH-UBND'],
    ['`SO` opening the slot is a word', 'SO15/KH-UBND ngày 3/4/2020'],
    ['`SO` opening the slot is a word, after a type word too', 'Kế hoạch SO15/KH-UBND'],
    ['more letters than digits', 'Kế hoạch số 1SOB/KH-UBND'],
    ['a look-alike year that is no year', 'Nghị định số 09/3O17/NĐ-CP'],
    ['a look-alike slot glued to `/`', 'Nghị định 09/2O17'],
    [
      'a capital B closing a number is its letter suffix',
      'Quyết định số 12B/QĐ-UBND ngày 2/1/2020',
    ],
  ])('not a repaired citation: %s', (_why, text) => {
    const r = findCitations(text);
    expect(r.citations.filter((c) => c.key.includes('/') && c.partial !== true)).toEqual([]);
    expect(r.warnings.filter((w) => w.startsWith('ocr_digits'))).toEqual([]);
  });

  it('never changes words or a well-formed citation', () => {
    const text = 'BỘ Y TẾ\nSố: 12/KH-BYT\nThực hiện Kế hoạch số 20/KH-UBND và SO sánh số lO.';
    const r = findCitations(text);
    expect(r.citations.map((c) => c.surface)).toEqual(['Kế hoạch số 20/KH-UBND']);
    expect(r.warnings).toEqual([]);
  });
});
