import { describe, expect, it } from 'vitest';
import {
  actKeyCandidates,
  buildChain,
  collectVariants,
  edgesOfDocument,
  findConflicts,
  groupByYear,
  issuersCompatible,
  resolveCitation,
  resolveCitations,
  summarizeAct,
  type XrefCitation,
  type XrefDocument,
} from './index.ts';

// Citation records as the analyser produces them for the seeds (shared/seeds/gold, trimmed).
let cursor = 0;
function cite(key: string, surface: string, fields: Partial<XrefCitation> = {}): XrefCitation {
  const start = fields.start ?? (cursor += 200);
  return {
    key,
    surface,
    start,
    end: start + surface.length,
    type: surface.split(/ số | \d/)[0] ?? null,
    date: null,
    issuer: null,
    subject: null,
    relation: 'implements',
    yearInNumber: null,
    ...fields,
  };
}

function doc(id: string, fields: Partial<XrefDocument>): XrefDocument {
  return {
    id,
    title: null,
    docType: null,
    ownNumber: null,
    issuer: null,
    date: null,
    year: null,
    citations: [],
    ...fields,
  };
}

const PLAN_102 = 'tăng cường bảo vệ nền tảng tư tưởng của Đảng';

/** seed 000: a 2023 report on 3006/KH-UBND, whose subject names 102-KH/TU (dated 2019-07-10). */
const seed000 = doc('000000000000000000000000', {
  docType: 'Báo cáo',
  issuer: "Ủy ban nhân dân huyện Ia H'Drai",
  year: 2023,
  citations: [
    cite('3006/KH-UBND', 'Kế hoạch số 3006/KH-UBND', {
      start: 29,
      date: '2019-11-13',
      issuer: 'UBND tỉnh',
      subject:
        'triển khai Kế hoạch số 102-KH/TU ngày 10 tháng 7 năm 2019 của Ban Thường vụ Tỉnh ủy',
      relation: 'reports_on',
    }),
    cite('102-KH/TU', 'Kế hoạch số 102-KH/TU', {
      start: 98,
      date: '2019-07-10',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      subject: PLAN_102,
    }),
    cite('01-KL/TW', 'Kết luận số 01-KL/TW', {
      start: 8875,
      issuer: 'Bộ Chính trị',
      relation: 'reports_on',
    }),
  ],
});

/** seed 001: a 2019 district plan implementing 35-NQ/TW; it dates 102-KH/TU 2018-10-22. */
const seed001 = doc('111111111111111111111111', {
  docType: 'Kế hoạch',
  issuer: 'Ủy ban nhân dân huyện Ngọc Hồi',
  year: 2019,
  citations: [
    cite('35-NQ/TW', 'Nghị quyết số 35-NQ/TW', {
      start: 24,
      date: '2018-10-22',
      issuer: 'Bộ Chính trị',
      subject: PLAN_102,
    }),
    cite('3006/KH-UBND', 'Kế hoạch số 3006/KH-UBND', {
      start: 217,
      date: '2019-11-13',
      issuer: 'UBND tỉnh Kon Tum',
    }),
    cite('35-NQ/TW', 'Nghị quyết số 35-NQ/TW', { start: 541, relation: 'mentions' }),
    cite('14-KH/TW', 'Kế hoạch số 14-KH/TW', {
      start: 1866,
      date: '2019-03-25',
      issuer: 'Ban Bí thư Trung ương Đảng',
      subject: 'thực hiện Nghị quyết số 35-NQ/TW',
    }),
    cite('35-NQ/TW', 'Nghị quyết số 35-NQ/TW', { start: 1947 }),
    cite('102-KH/TU', 'Kế hoạch số 102-KH/TU', {
      start: 1971,
      date: '2018-10-22',
      issuer: 'Ban Thường vụ Tỉnh ủy',
    }),
  ],
});

/** The archive copy of 3006/KH-UBND itself (own number and date known). */
const plan3006 = doc('333333333333333333333333', {
  docType: 'Kế hoạch',
  ownNumber: '3006/KH-UBND',
  issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
  date: '2019-11-13',
  year: 2019,
  citations: [
    cite('102-KH/TU', 'Kế hoạch số 102-KH/TU', {
      start: 40,
      date: '2019-07-10',
      issuer: 'Ban Thường vụ Tỉnh ủy',
      relation: 'basis',
    }),
  ],
});

describe('variants and conflicts', () => {
  it('keeps both dates of 102-KH/TU with the documents behind each, and flags the conflict', () => {
    const variants = collectVariants('102-KH/TU', [seed000, seed001]);
    expect(variants.map((v) => [v.date, v.documents.map((d) => d.documentId)])).toEqual([
      ['2019-07-10', [seed000.id]],
      ['2018-10-22', [seed001.id]],
    ]);
    const conflicts = findConflicts('102-KH/TU', [seed000, seed001]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.values).toEqual([
      { value: '2018-10-22', documentIds: [seed001.id] },
      { value: '2019-07-10', documentIds: [seed000.id] },
    ]);
  });

  it('sees no conflict when citations agree on the date (3006/KH-UBND) or give none', () => {
    expect(findConflicts('3006/KH-UBND', [seed000, seed001])).toEqual([]);
    expect(findConflicts('01-KL/TW', [seed000])).toEqual([]);
  });

  it('counts repeated occurrences and skips bare mentions as variants', () => {
    const variants = collectVariants('35-NQ/TW', [seed001]);
    expect(variants).toHaveLength(1);
    expect(variants[0]).toMatchObject({
      date: '2018-10-22',
      issuer: 'Bộ Chính trị',
      documents: [{ occurrences: 1 }],
    });
  });

  it('groups citing documents by year, newest first', () => {
    expect(groupByYear([seed001, seed000]).map((g) => g.year)).toEqual([2023, 2019]);
  });

  it('summarises an act: types, dates, archive copy, counts by year', () => {
    const s = summarizeAct('3006/KH-UBND', [seed000, seed001], [plan3006]);
    expect(s.types).toEqual(['Kế hoạch']);
    expect(s.dates).toEqual(['2019-11-13']);
    expect(s.archiveDocumentIds).toEqual([plan3006.id]);
    expect(s.citingCountByYear).toEqual([
      { year: 2023, count: 1 },
      { year: 2019, count: 1 },
    ]);
    expect(s.conflicts).toEqual([]);
  });

  it('keeps a document with the same number from another year apart from the archive copy', () => {
    const other = { ...plan3006, id: '999999999999999999999999', date: '2023-02-01', year: 2023 };
    const s = summarizeAct('3006/KH-UBND', [seed000, seed001], [plan3006, other]);
    expect(s.archiveDocumentIds).toEqual([plan3006.id]);
    expect(s.sameNumberDocumentIds).toEqual([other.id]);
    expect(summarizeAct('3006/KH-UBND', [], [other]).archiveDocumentIds).toEqual([other.id]);
  });
});

describe('resolving a citation to the archive copy', () => {
  const c3006 = seed000.citations[0] as XrefCitation;

  it('links a citation to the document holding its key when year and issuer agree', () => {
    expect(resolveCitation(c3006, [plan3006])).toBe(plan3006.id);
  });

  it('does not link when the holder is from another year (numbering restarts every year)', () => {
    const other = { ...plan3006, id: '444444444444444444444444', date: '2022-03-01', year: 2022 };
    expect(resolveCitation(c3006, [other])).toBeNull();
    expect(resolveCitation(c3006, [other, plan3006])).toBe(plan3006.id);
  });

  it('does not link when the issuers clearly differ (province vs district People’s Committee)', () => {
    const district = {
      ...plan3006,
      id: '555555555555555555555555',
      issuer: "Ủy ban nhân dân huyện Ia H'Drai",
    };
    expect(resolveCitation(c3006, [district])).toBeNull();
    expect(issuersCompatible('UBND tỉnh', 'Ủy ban nhân dân tỉnh Kon Tum')).toBe(true);
    expect(issuersCompatible('Ban Thường vụ Tỉnh ủy', 'Tỉnh ủy Kon Tum')).toBe(true);
    expect(issuersCompatible('Ban Thường vụ Tỉnh ủy', 'Ủy ban nhân dân tỉnh Kon Tum')).toBe(false);
  });

  it('marks each citation resolved or as an act link, never both', () => {
    const out = resolveCitations(
      seed000.citations,
      new Map([['3006/KH-UBND', [plan3006]]]),
      seed000.id,
    );
    expect(out[0]).toMatchObject({ resolved: { documentId: plan3006.id } });
    expect(out[1]).toMatchObject({ act: { key: '102-KH/TU' } });
    expect(out.every((c) => 'resolved' in c !== 'act' in c)).toBe(true);
  });
});

describe('implementation chain', () => {
  it('reads a nested citation in a subject as an act-to-act link', () => {
    const edges = edgesOfDocument(seed000);
    expect(edges).toContainEqual({
      from: { kind: 'act', key: '3006/KH-UBND' },
      toKey: '102-KH/TU',
      relation: 'implements',
      evidence: seed000.id,
    });
    // the report itself reports on 3006, it does not implement 102
    expect(edges).toContainEqual({
      from: { kind: 'document', documentId: seed000.id },
      toKey: '3006/KH-UBND',
      relation: 'reports_on',
      evidence: seed000.id,
    });
    expect(edges.some((e) => e.from.kind === 'document' && e.toKey === '102-KH/TU')).toBe(false);
  });

  it('builds the chain up and down from 3006/KH-UBND', () => {
    const chain = buildChain('3006/KH-UBND', [seed000, seed001, plan3006]);
    expect(chain.implements.map((n) => n.node)).toEqual([
      { kind: 'act', key: '102-KH/TU', archiveDocumentIds: [] },
    ]);
    expect(chain.implements[0]?.relations.sort()).toEqual(['basis', 'implements']);
    const down = chain.implementedBy
      .map((n) => (n.node.kind === 'document' ? n.node.documentId : n.node.key))
      .sort();
    expect(down).toEqual([seed000.id, seed001.id]);
    expect(
      chain.implementedBy.find(
        (n) => n.node.kind === 'document' && n.node.documentId === seed000.id,
      )?.relations,
    ).toEqual(['reports_on']);
  });

  it('follows the chain down several levels: 35-NQ/TW → 14-KH/TW, seed 001', () => {
    const chain = buildChain('35-NQ/TW', [seed001]);
    const keys = chain.implementedBy
      .map((n) => (n.node.kind === 'act' ? n.node.key : n.node.documentId))
      .sort();
    expect(keys).toEqual(['14-KH/TW', seed001.id].sort());
    const chain102 = buildChain('102-KH/TU', [seed000, seed001, plan3006]);
    const act3006 = chain102.implementedBy.find((n) => n.node.kind === 'act');
    expect(act3006?.node).toEqual({
      kind: 'act',
      key: '3006/KH-UBND',
      archiveDocumentIds: [plan3006.id],
    });
    expect(
      act3006?.children
        .map((n) => (n.node.kind === 'document' ? n.node.documentId : n.node.key))
        .sort(),
    ).toEqual([seed000.id, seed001.id]);
  });

  it('stops at cycles and at the depth bound', () => {
    const a = doc('aaaaaaaaaaaaaaaaaaaaaaaa', {
      ownNumber: '01-KH/A',
      citations: [cite('02-KH/B', 'Kế hoạch 02-KH/B')],
    });
    const b = doc('bbbbbbbbbbbbbbbbbbbbbbbb', {
      ownNumber: '02-KH/B',
      citations: [cite('01-KH/A', 'Kế hoạch 01-KH/A')],
    });
    const chain = buildChain('01-KH/A', [a, b]);
    expect(chain.implements).toHaveLength(1);
    expect(chain.implements[0]?.children).toHaveLength(1);
    expect(chain.implements[0]?.children[0]?.truncated).toBe(true);
    expect(chain.implements[0]?.children[0]?.children).toEqual([]);

    const links = Array.from({ length: 8 }, (_, i) =>
      doc(String(i).repeat(24), {
        ownNumber: `0${i}-KH/X`,
        citations: [cite(`0${i + 1}-KH/X`, `Kế hoạch 0${i + 1}-KH/X`)],
      }),
    );
    let depth = 0;
    let node = buildChain('00-KH/X', links, { maxDepth: 3 }).implements[0];
    while (node) {
      depth += 1;
      if (!node.children[0]) expect(node.truncated).toBe(true);
      node = node.children[0];
    }
    expect(depth).toBe(3);
  });
});

describe('act key forms', () => {
  it.each([
    ['102-KH/TU', ['102-KH/TU', '102/KH-TU']],
    ['102-kh/tu', ['102-KH/TU', '102/KH-TU']],
    ['Kế hoạch số 102 - KH/TU', ['102-KH/TU', '102/KH-TU']],
    ['35/NQ-TW', ['35/NQ-TW', '35-NQ/TW']],
    ['5-NQ/TƯ', ['05-NQ/TW', '05/NQ-TW']],
    ['09/2017/NÐ-CP', ['09/2017/NĐ-CP']],
    ['3006/KH-UBND', ['3006/KH-UBND', '3006-KH/UBND']],
  ])('%s → %j', (input, expected) => {
    expect(actKeyCandidates(input)).toEqual(expected);
  });

  it('rejects text without a number and symbol', () => {
    expect(actKeyCandidates('")')).toEqual([]);
    expect(actKeyCandidates('Ban Chỉ đạo 35')).toEqual([]);
    expect(actKeyCandidates('35')).toEqual([]);
  });
});
