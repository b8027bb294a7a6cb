import { describe, expect, it } from 'vitest';
import { parseCitationQuery } from './query.ts';
import { canonicalKey } from './key.ts';

describe('parseCitationQuery', () => {
  it.each([
    ['35-NQ/TW', ['35-NQ/TW']],
    ['35/NQ-TW', ['35-NQ/TW']],
    ['NQ35-TW', ['35-NQ/TW']],
    ['nq35/tw', ['35-NQ/TW']],
    ['nghi quyet 35-nq/tw', ['35-NQ/TW']],
    ['Nghị quyết 35-NQ/TW', ['35-NQ/TW']],
    ['Kết luận 23-KL/TW', ['23-KL/TW']],
    ['3006/KH-UBND', ['3006/KH-UBND']],
    ['3006 / kh-ubnd', ['3006/KH-UBND']],
    ['09/2017/nd-cp', ['09/2017/NĐ-CP']],
    ['Nghị định 09/2017/N\u00D0-CP', ['09/2017/NĐ-CP']],
    ['chỉ thị 05-CT/TƯ', ['05-CT/TW']],
    ['chuong trinh 50-ctr/tu', ['50-CTr/TU']],
    ['5-KL/TW', ['05-KL/TW']],
  ])('%s → %j', (q, keys) => {
    expect(parseCitationQuery(q).keys).toEqual(keys);
  });

  it('number-only references become candidates with their type', () => {
    for (const q of ['NQ 35', 'nghị quyết số 35', 'nghi quyet 35', 'NQ35', 'Nghị quyết 35']) {
      const r = parseCitationQuery(q);
      expect(r.keys, q).toEqual([]);
      expect(r.candidates, q).toEqual([{ type: 'Nghị quyết', number: '35' }]);
    }
    expect(parseCitationQuery('Chỉ thị 35').candidates).toEqual([
      { type: 'Chỉ thị', number: '35' },
    ]);
  });

  it('full references carry type, number and canonical symbol; the rest of the query is kept', () => {
    const r = parseCitationQuery('Nghị quyết 35-NQ/TW bảo vệ nền tảng tư tưởng');
    expect(r.candidates).toEqual([{ type: 'Nghị quyết', number: '35', symbol: 'NQ/TW' }]);
    expect(r.rest).toBe('bảo vệ nền tảng tư tưởng');
  });

  it('does not invent references from bodies, counts or years', () => {
    for (const q of [
      'Ban Chỉ đạo 35',
      'bảo vệ nền tảng tư tưởng',
      'năm 2023',
      '2021-2025',
      'nghi quyet',
    ]) {
      const r = parseCitationQuery(q);
      expect(r.keys, q).toEqual([]);
      expect(r.candidates, q).toEqual([]);
      expect(r.rest, q).toBe(q);
    }
  });

  it('distinguishes types that share a number (35-NQ/TW vs 35-CT/TW)', () => {
    expect(parseCitationQuery('Chỉ thị 35-CT/TW').keys).toEqual(['35-CT/TW']);
    expect(parseCitationQuery('Nghị quyết 35-NQ/TW').keys).not.toContain('35-CT/TW');
  });
});

describe('canonicalKey', () => {
  it('from parts and from written references', () => {
    expect(canonicalKey({ number: '9', symbol: 'NÐ-CP', form: 'qppl', yearInNumber: '2017' })).toBe(
      '09/2017/NĐ-CP',
    );
    expect(canonicalKey({ number: '2153', symbol: 'STTTT - TTBCXB', form: 'state' })).toBe(
      '2153/STTTT-TTBCXB',
    );
    expect(canonicalKey('Nghị quyết số 35-NQ/TƯ')).toBe('35-NQ/TW');
    expect(canonicalKey('Chỉ thị số 22/CT-TW')).toBe('22-CT/TW');
    expect(canonicalKey('Quy định số 08-QĐi/TW')).toBe('08-QĐi/TW');
    expect(canonicalKey('Quyết định 25/2013/QĐ-TTg')).toBe('25/2013/QĐ-TTg');
    expect(canonicalKey('không có số hiệu')).toBeNull();
  });
});
