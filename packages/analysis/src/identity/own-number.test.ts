import { describe, expect, it } from 'vitest';
import { canonicalKey } from '../citations/key.ts';
import { findOwnNumber, hasBlankNumber, ownNumberKey } from './own-number.ts';

describe('own number key (gold README key rule)', () => {
  it('pads the number, keeps the separator, drops spaces and folds homoglyphs', () => {
    expect(ownNumberKey('5', '/', 'QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(ownNumberKey('131', '-', 'KH/HU')).toBe('131-KH/HU');
    expect(ownNumberKey('2153', '/', 'STTTT- TTBCXB')).toBe('2153/STTTT-TTBCXB');
    expect(ownNumberKey('12', '/', 'NÐ-CP')).toBe('12/NĐ-CP');
    expect(ownNumberKey('35', '-', 'NQ/TƯ')).toBe('35-NQ/TW');
    expect(ownNumberKey('9', '/', '2017/NĐ-CP')).toBe('09/2017/NĐ-CP');
  });

  it('gives the same key as a citation of the same document', () => {
    for (const [n, sep, sym, cited] of [
      ['439', '/', 'QĐ-TTg', 'Quyết định số 439/QĐ-TTg'],
      ['3006', '/', 'KH-UBND', 'Kế hoạch số 3006/KH-UBND'],
      ['102', '-', 'KH/TU', 'Kế hoạch số 102-KH/TU'],
      ['9', '/', '2017/NĐ-CP', 'Nghị định 09/2017/NĐ-CP'],
      ['50', '-', 'CTr/TU', 'Chương trình số 50-CTr/TU'],
    ] as const) {
      expect(ownNumberKey(n, sep, sym)).toBe(canonicalKey(cited));
    }
  });
});

describe('findOwnNumber', () => {
  it('reads `Số:` headers in their written variants', () => {
    expect(findOwnNumber('Số: 434/KH-UBND')?.key).toBe('434/KH-UBND');
    expect(findOwnNumber('Số:\n434/KH-UBND\nCỘNG HÒA')?.key).toBe('434/KH-UBND');
    expect(findOwnNumber('Số 131-KH/HU')?.key).toBe('131-KH/HU');
    expect(findOwnNumber('Số: 301 /BC-UBND Kon Tum, ngày 26 tháng 11 năm 2019')?.key).toBe(
      '301/BC-UBND',
    );
    expect(findOwnNumber('SỐ: 12/2019/QĐ-UBND')?.key).toBe('12/2019/QĐ-UBND');
    expect(findOwnNumber('Số: 7/QĐ-TTg Hà Nội, ngày 05 tháng 01 năm 2020')?.key).toBe(
      canonicalKey('7/QĐ-TTg'),
    );
  });

  it('does not read a cited number (`Kế hoạch số 3006/KH-UBND`) as the header', () => {
    expect(findOwnNumber('Thực hiện Kế hoạch số 3006/KH-UBND ngày 13/11/2019')).toBeNull();
    expect(findOwnNumber('Quyết định Số 12/QĐ-UBND')).toBeNull();
  });

  it('recognises a blank draft number', () => {
    expect(findOwnNumber('Số:      /KH-UBND')).toBeNull();
    expect(hasBlankNumber('Số:      /KH-UBND')).toBe(true);
    expect(hasBlankNumber('Số: 12/KH-UBND')).toBe(false);
  });
});

describe('findOwnNumber: OCR look-alike letters in the number slot (spec §9.3)', () => {
  it('reads O/l/I/S/B as digits inside the number slot, keeps the text as written and names the repair', () => {
    expect(findOwnNumber('Số: 2O/KH-UBND\nKon Tum, ngày 5')).toEqual({
      key: '20/KH-UBND',
      raw: 'Số: 2O/KH-UBND',
      ocrRepair: '2O → 20',
    });
    expect(findOwnNumber('Số: l5-NQ/HU')?.key).toBe('15-NQ/HU');
    expect(findOwnNumber('Số: O9/2021/QĐ-UBND')?.key).toBe('09/2021/QĐ-UBND');
    expect(findOwnNumber('Số: O9/2O21/QĐ-UBND')?.key).toBe('09/2021/QĐ-UBND');
    // the year slot of a legal form alone
    expect(findOwnNumber('Số: 09/2O21/QĐ-UBND')).toEqual({
      key: '09/2021/QĐ-UBND',
      raw: 'Số: 09/2O21/QĐ-UBND',
      ocrRepair: '2O21 → 2021',
    });
    expect(findOwnNumber('Số: 09/2OO/QĐ-UBND')).toBeNull();
    // the header's own number, not a later well-formed one in the zone
    expect(findOwnNumber('Số: 2O/KH-UBND\nThực hiện Quyết định Số 15/QĐ-UBND')?.key).toBe(
      '20/KH-UBND',
    );
  });

  it('leaves letter suffixes, words and well-formed numbers alone', () => {
    expect(findOwnNumber('Số: 12B/QĐ-UBND')).toBeNull();
    expect(findOwnNumber('Số: SO15/KH-UBND')).toBeNull();
    expect(findOwnNumber('Số: 20/KH-UBND')?.ocrRepair).toBeNull();
    expect(findOwnNumber('Số: 20/KH-UBND')?.key).toBe('20/KH-UBND');
  });
});
