import { describe, expect, it } from 'vitest';
import { extractionFacts, groupVariantsByDate } from './data.ts';

describe('groupVariantsByDate', () => {
  it('merges issuer spellings and subjects per date, dated groups first, documents once', () => {
    const groups = groupVariantsByDate(
      [
        {
          date: '2019-11-13',
          issuer: 'UBND tỉnh',
          subject: 'triển khai A',
          documents: [{ documentId: 'd1', occurrences: 1 }],
        },
        {
          date: null,
          issuer: 'UBND tỉnh',
          subject: null,
          documents: [{ documentId: 'd3', occurrences: 1 }],
        },
        {
          date: '2019-11-13',
          issuer: 'Ủy ban nhân dân tỉnh',
          subject: 'triển khai A',
          documents: [
            { documentId: 'd1', occurrences: 2 },
            { documentId: 'd2', occurrences: 1 },
          ],
        },
        {
          date: '2018-10-22',
          issuer: null,
          subject: null,
          documents: [{ documentId: 'd4', occurrences: 1 }],
        },
      ],
      new Map(),
    );
    expect(groups.map((g) => g.date)).toEqual(['2018-10-22', '2019-11-13', null]);
    expect(groups[1]).toMatchObject({
      issuers: ['UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
      subjects: ['triển khai A'],
    });
    expect(groups[1]?.documents.map((d) => d.id)).toEqual(['d1', 'd2']);
  });
});

describe('extractionFacts', () => {
  it('reads OCR pages and extraction warnings when the service passes them on', () => {
    expect(
      extractionFacts({
        ocrPages: [1, 2],
        extractionWarnings: ['Đã giải mã TCVN3 sang Unicode (12 đoạn).'],
      }),
    ).toEqual({ ocrPages: [1, 2], warnings: ['Đã giải mã TCVN3 sang Unicode (12 đoạn).'] });
  });

  it('reads none when the fields are absent or malformed', () => {
    expect(extractionFacts({})).toEqual({ ocrPages: [], warnings: [] });
    expect(extractionFacts({ ocrPages: 'x', extractionWarnings: [3] })).toEqual({
      ocrPages: [],
      warnings: [],
    });
  });
});
