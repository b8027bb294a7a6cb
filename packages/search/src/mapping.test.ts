import { describe, expect, it } from 'vitest';
import type { Analysis, Citation } from '@vanban/analysis';
import { toIndexRecord, type DerivedDocument } from './mapping.ts';

function citation(partial: Partial<Citation> & Pick<Citation, 'key'>): Citation {
  return {
    surface: `Nghị quyết số ${partial.key}`,
    start: 0,
    end: 10,
    type: 'Nghị quyết',
    number: '35',
    symbol: 'NQ/TW',
    yearInNumber: null,
    date: null,
    issuer: null,
    subject: null,
    relation: 'implements',
    ...partial,
  };
}

const analysis: Analysis = {
  docType: 'Kế hoạch',
  ownNumber: '131-KH/HU',
  issuer: 'Huyện ủy Ngọc Hồi',
  locality: 'huyện Ngọc Hồi, tỉnh Kon Tum',
  date: '2019-03-01',
  year: 2019,
  title: 'Kế hoạch thực hiện Nghị quyết 35',
  signer: { name: 'Nguyễn Văn A', position: 'BÍ THƯ', authority: 'T/M' },
  recipients: [],
  citations: [
    citation({ key: '35-NQ/TW', surface: 'Nghị quyết số 35-NQ/TW', start: 5, end: 27 }),
    citation({ key: '35-NQ/TW', surface: 'Nghị quyết  35-NQ/TW', start: 90, end: 111 }),
    citation({
      key: '09/2017/NĐ-CP',
      type: 'Nghị định',
      number: '09',
      symbol: 'NĐ-CP',
      yearInNumber: '2017',
    }),
    citation({ key: '35', type: null, number: '35', symbol: '', partial: true, surface: 'số 35' }),
  ],
  unnumberedRefs: [],
  units: ['Ban Tuyên giáo'],
  localities: ['huyện Ngọc Hồi'],
  dates: [],
  warnings: ['year_inferred'],
};

const doc: DerivedDocument = {
  id: 'abc',
  sha256: 'f'.repeat(64),
  names: ['kh-131.pdf', 'copy.pdf'],
  mime: 'application/pdf',
  text: 'Thực hiện Nghị quyết số 35-NQ/TW của Đảng',
  analysis,
  ocrPages: [2],
  warnings: ['ocr_used', 'year_inferred'],
};

describe('toIndexRecord', () => {
  const record = toIndexRecord(doc);

  it('keeps identity fields and the full stored text', () => {
    expect(record).toMatchObject({
      id: 'abc',
      title: 'Kế hoạch thực hiện Nghị quyết 35',
      docType: 'Kế hoạch',
      ownNumber: '131-KH/HU',
      ownKey: '131-KH/HU',
      ownAct: 'KH:131',
      issuer: 'Huyện ủy Ngọc Hồi',
      date: '2019-03-01',
      year: 2019,
      text: doc.text,
      fileNames: ['kh-131.pdf', 'copy.pdf'],
      ocr: true,
      uploadedAt: null,
    });
  });

  it('lists unique keys of complete citations only, with type+number tokens', () => {
    expect(record.citedKeys).toEqual(['35-NQ/TW', '09/2017/NĐ-CP']);
    expect(record.citedActs).toEqual(['NQ:35', 'NĐ:09']);
  });

  it('stores every citation compactly, offsets kept, partial flagged', () => {
    expect(record.citations).toHaveLength(4);
    expect(record.citations[0]).toEqual({
      key: '35-NQ/TW',
      type: 'Nghị quyết',
      number: '35',
      symbol: 'NQ/TW',
      yearInNumber: null,
      date: null,
      issuer: null,
      subject: null,
      relation: 'implements',
      start: 5,
      end: 27,
      surface: 'Nghị quyết số 35-NQ/TW',
    });
    expect(record.citations[3]?.partial).toBe(true);
    expect(record.citationSurfaces).toContain('Nghị quyết 35-NQ/TW');
  });

  it('merges warnings without duplicates and adds the Telex field', () => {
    expect(record.warnings).toEqual(['ocr_used', 'year_inferred']);
    expect(record.exact.split(' ')).toEqual(expect.arrayContaining(['ddangr', 'nghij', 'quyeets']));
  });

  it('handles a document without identity', () => {
    const bare = toIndexRecord({
      ...doc,
      analysis: { ...analysis, ownNumber: null, title: null, citations: [], signer: null },
      ocrPages: [],
    });
    expect(bare).toMatchObject({
      ownKey: null,
      ownAct: null,
      title: null,
      citedKeys: [],
      ocr: false,
    });
  });
});
