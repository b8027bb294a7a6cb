/**
 * @vanban/search against the real Meilisearch of the global setup: the five seeds analysed with
 * @vanban/analysis plus small hand-written documents for exact control.
 */
import { randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze, type Analysis } from '../../packages/analysis/src/index.ts';
import { SearchUnavailableError } from '../../packages/core/src/index.ts';
import {
  MAX_RESULT_DEPTH,
  createSearchIndex,
  type DerivedDocument,
  type SearchIndex,
} from '../../packages/search/src/index.ts';

const SEEDS = '/work/shared/seeds';
const prefix = `test-search-${randomUUID().slice(0, 8)}`;
let index: SearchIndex;

function derived(id: string, text: string, analysis: Partial<Analysis> = {}): DerivedDocument {
  const base = analyze(text);
  return {
    id,
    sha256: id.padEnd(64, '0'),
    names: [`${id}.txt`],
    mime: 'text/plain',
    text,
    analysis: { ...base, ...analysis },
    ocrPages: [],
    warnings: [],
  };
}

const hand: DerivedDocument[] = [
  derived(
    'h-nq35',
    'Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, Ban Thường vụ Huyện ủy báo cáo kết quả năm 2024.',
    {
      docType: 'Báo cáo',
      date: '2024-12-10',
      year: 2024,
      issuer: 'Ban Thường vụ Huyện ủy Tam Đường',
      title: 'Báo cáo kết quả bảo vệ nền tảng tư tưởng của Đảng',
    },
  ),
  derived(
    'h-ct35',
    'Thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về tổ chức đại hội đảng bộ các cấp.',
    { docType: 'Kế hoạch', date: '2024-07-01', year: 2024, issuer: 'Huyện ủy Ngọc Hồi' },
  ),
  derived(
    'h-bcd35',
    'Ban Chỉ đạo 35 huyện họp phiên thường kỳ; các thành viên Ban Chỉ đạo 35 dự họp đầy đủ về nghị quyết của cấp ủy.',
    { docType: 'Thông báo', date: '2022-03-05', year: 2022, issuer: 'Huyện ủy Ngọc Hồi' },
  ),
  derived(
    'h-q283',
    'Ủy ban nhân dân huyện ban hành Quyết định số 283/QĐ-UBND về kiện toàn tổ công tác, hình thức đa dạng.',
    {
      docType: 'Quyết định',
      date: '2021-05-20',
      year: 2021,
      issuer: "Ủy ban nhân dân huyện Ia H'Drai",
    },
  ),
  derived(
    'h-nq35hd',
    'Căn cứ Nghị quyết số 35/NQ-HĐND ngày 10/12/2020 của Hội đồng nhân dân tỉnh về đầu tư công.',
    {
      docType: 'Quyết định',
      date: '2020-12-20',
      year: 2020,
      issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
    },
  ),
  derived(
    'h-xss',
    'Trang tin có đoạn mã <script>alert(1)</script> chèn vào bài tuyên truyền trái phép.',
    {
      docType: 'Báo cáo',
      date: '2019-01-15',
      year: 2019,
      issuer: 'Ban Tuyên giáo Tỉnh ủy Kon Tum',
    },
  ),
  derived('h-n12345', 'Công văn số 12345/UBND-VX về lịch tiếp công dân định kỳ.', {
    docType: 'Công văn',
    date: '2023-02-02',
    year: 2023,
    issuer: 'Văn phòng HĐND và UBND huyện',
  }),
  derived('h-own35', 'NGHỊ QUYẾT về tăng cường bảo vệ nền tảng tư tưởng trong tình hình mới.', {
    docType: 'Nghị quyết',
    ownNumber: '35-NQ/TW',
    date: '2018-10-22',
    year: 2018,
    issuer: 'Bộ Chính trị',
  }),
];

let seedIds: string[] = [];

beforeAll(async () => {
  index = createSearchIndex({ url: inject('meiliUrl'), apiKey: inject('meiliKey'), prefix });
  await index.ensureIndex();
  // applying the settings twice is harmless (API and worker both call it at start)
  await index.ensureIndex();
  const files = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt')).sort();
  const seeds = await Promise.all(
    files.map(async (file) =>
      derived(`seed-${file.slice(0, 3)}`, await readFile(join(SEEDS, file), 'utf8')),
    ),
  );
  seedIds = seeds.map((s) => s.id);
  await index.upsertDocuments([...seeds, ...hand]);
});

afterAll(async () => {
  await index?.deleteIndex();
});

async function ids(params: Parameters<SearchIndex['search']>[0]): Promise<string[]> {
  const result = await index.search({ limit: 100, ...params });
  return result.hits.map((h) => h.id).sort();
}

describe('search: Vietnamese text', () => {
  it('is diacritic-insensitive: `nghi quyet` finds Nghị quyết, `dang` finds Đảng', async () => {
    const nghiQuyet = await ids({ q: 'nghi quyet' });
    expect(nghiQuyet).toEqual(expect.arrayContaining(['h-nq35', 'h-bcd35', 'h-own35']));
    expect(nghiQuyet).not.toContain('h-ct35');
    const dang = await ids({ q: 'dang' });
    expect(dang).toEqual(expect.arrayContaining(['h-nq35', 'h-q283']));
  });

  it('ranks the exact diacritic spelling first', async () => {
    const exact = await index.search({ q: 'đa dạng', limit: 100 });
    expect(exact.hits[0]?.id).toBe('h-q283');
    const party = await index.search({ q: 'Đảng', limit: 100 });
    const ids2 = party.hits.map((h) => h.id);
    // h-nq35 spells `Đảng`; h-q283 only has `dạng`
    expect(ids2).toContain('h-q283');
    expect(ids2.indexOf('h-nq35')).toBeLessThan(ids2.indexOf('h-q283'));
    // the same documents and facets with or without diacritics: only the order differs
    const folded = await index.search({ q: 'dang', limit: 100 });
    expect(party.total).toBe(folded.total);
    expect(ids2.sort()).toEqual(folded.hits.map((h) => h.id).sort());
    expect(party.facets).toEqual(folded.facets);
    const page2 = await index.search({ q: 'Đảng', limit: 2, page: 2 });
    expect(page2.hits.map((h) => h.id)).toEqual(party.hits.slice(2, 4).map((h) => h.id));
  });

  it('never applies typo tolerance to numbers: 238 does not find 283', async () => {
    const r238 = await ids({ q: '238' });
    expect(r238).toContain('seed-003');
    expect(r238).not.toContain('h-q283');
    const r283 = await ids({ q: '283' });
    expect(r283).toContain('h-q283');
    expect(r283).not.toContain('seed-003');
  });

  it('never applies typo tolerance to long numbers either (disableOnNumbers)', async () => {
    expect(await ids({ q: '12345' })).toEqual(['h-n12345']);
    expect(await ids({ q: '12354' })).toEqual([]);
    expect(await ids({ q: '12346' })).toEqual([]);
  });

  it('still tolerates a typo in a long word', async () => {
    expect(await ids({ q: 'tuyeen truyeefn' })).toEqual([]); // telex is not a query language
    expect(await ids({ q: 'truyeen' })).toContain('h-xss'); // one typo on a 7-letter word
  });
});

describe('search: citations in the query', () => {
  const exactly35 = ['h-nq35', 'h-own35', 'seed-001'];

  it.each(['Nghị quyết 35-NQ/TW', 'nghi quyet 35-nq/tw', '35/NQ-TW', 'NQ35-TW', '35-NQ/TW'])(
    '%s → exactly the documents citing (or being) 35-NQ/TW',
    async (q) => {
      const result = await index.search({ q, limit: 100 });
      expect(result.hits.map((h) => h.id).sort()).toEqual(exactly35);
      expect(result.total).toBe(3);
      expect(result.interpretation.citations).toEqual(['35-NQ/TW']);
    },
  );

  it.each(['NQ 35', 'nghị quyết số 35', 'nghi quyet 35'])(
    '%s → every Nghị quyết numbered 35 that exists, never Chỉ thị 35 or Ban Chỉ đạo 35',
    async (q) => {
      const result = await index.search({ q, limit: 100 });
      const found = result.hits.map((h) => h.id).sort();
      expect(found).toEqual([...exactly35, 'h-nq35hd'].sort());
      expect(found).not.toContain('h-ct35');
      expect(found).not.toContain('h-bcd35');
      expect(result.interpretation.citations.sort()).toEqual(['35-NQ/TW', '35/NQ-HĐND']);
    },
  );

  it('keeps the remaining words as query text', async () => {
    const result = await index.search({ q: 'Nghị quyết 35-NQ/TW Tam Đường', limit: 100 });
    // h-nq35 is from Tam Đường; seed-001 only has `tâm` and `đường` (folded) and ranks after it
    expect(result.hits[0]?.id).toBe('h-nq35');
    expect(exactly35).toEqual(expect.arrayContaining(result.hits.map((h) => h.id)));
    expect(result.hits.map((h) => h.id)).not.toContain('h-own35');
  });

  it('combines a type + number reference with words that carry diacritics', async () => {
    const result = await index.search({ q: 'NQ 35 Đảng', limit: 100 });
    expect(result.hits.map((h) => h.id)).toContain('h-nq35');
    expect([...exactly35, 'h-nq35hd']).toEqual(
      expect.arrayContaining(result.hits.map((h) => h.id)),
    );
    expect(result.interpretation.citations).toContain('35-NQ/TW');
  });

  it('`cites` filters on an act key literally; citingDocuments and documentsByOwnKey agree', async () => {
    expect(await ids({ cites: '35-NQ/TW' })).toEqual(['h-nq35', 'seed-001']);
    const citing = await index.citingDocuments('35-NQ/TW');
    expect(citing.map((d) => d.id).sort()).toEqual(['h-nq35', 'seed-001']);
    expect(citing[0]).not.toHaveProperty('text');
    const own = await index.documentsByOwnKey('35-NQ/TW');
    expect(own.map((d) => d.id)).toEqual(['h-own35']);
    expect(await ids({ cites: '102-KH/TU' })).toEqual(['seed-000', 'seed-001']);
  });
});

describe('search: the act documents read with the hits (withActDocuments)', () => {
  it.each([
    ['a bare key', { q: '35-NQ/TW' }, '35-NQ/TW'],
    [
      'a key with words typed with diacritics (two searches)',
      { q: 'Nghị quyết 35-NQ/TW Tam Đường' },
      '35-NQ/TW',
    ],
    ['a key with words without diacritics', { q: 'nghi quyet 35-nq/tw tam duong' }, '35-NQ/TW'],
    [
      'a key sorted by date, page 2',
      { q: '102-KH/TU', sort: 'date' as const, page: 2, limit: 1 },
      '102-KH/TU',
    ],
    ['a cites filter and no act in the query', { cites: '102-KH/TU', q: 'kế hoạch' }, '102-KH/TU'],
    // the act the search names, as the API's act summary takes it
    ['an act in the query and a cites filter', { q: '35-NQ/TW', cites: '102-KH/TU' }, '35-NQ/TW'],
  ])(
    '%s: the same act documents as actDocuments(key), the same hits as without',
    async (_name, params, key) => {
      const withAct = await index.search(params, { withActDocuments: true });
      const { actDocuments, ...rest } = withAct;
      expect(actDocuments).toEqual({ key, ...(await index.actDocuments(key)) });
      expect(actDocuments?.citing.length ?? 0).toBeGreaterThan(0);
      expect(rest).toEqual(await index.search(params));
    },
  );

  it.each([
    ['a type + number query (its keys come from the answer)', { q: 'NQ 35' }],
    ['two acts', { q: '35-NQ/TW 102-KH/TU' }],
    ['words only', { q: 'Đảng' }],
  ])('%s: no act documents', async (_name, params) => {
    const result = await index.search(params, { withActDocuments: true });
    expect(result).not.toHaveProperty('actDocuments');
    expect(result).toEqual(await index.search(params));
  });

  it.each(['35-NQ/TW', '102-KH/TU', '3006/KH-UBND', '23-KL/TW'])(
    'actDocuments(%s) in one search: the citing list, holders and counts of the separate lists',
    async (key) => {
      const act = await index.actDocuments(key);
      const holders = await index.documentsByOwnKey(key);
      const holderIds = holders.map((d) => d.id);
      const citing = (await index.citingDocuments(key)).filter((d) => !holderIds.includes(d.id));
      expect(act.citing.map((d) => d.id)).toEqual(citing.map((d) => d.id));
      expect(act.holders.map((d) => d.id)).toEqual(holderIds);
      expect(act.citingCount).toBe(citing.length);
      const byYear = new Map<number | null, number>();
      for (const d of citing) byYear.set(d.year, (byYear.get(d.year) ?? 0) + 1);
      expect(act.citingCountByYear).toEqual(
        [...byYear]
          .map(([year, count]) => ({ year, count }))
          .sort((a, b) => (b.year ?? -1) - (a.year ?? -1)),
      );
      // the field the split reads is not passed on
      for (const d of [...act.citing, ...act.holders]) {
        expect(d).not.toHaveProperty('ownKey');
      }
    },
  );

  it("orders an act's documents as Meilisearch's date sort does: ties, missing dates and years", async () => {
    const ties = createSearchIndex({
      url: inject('meiliUrl'),
      apiKey: inject('meiliKey'),
      prefix: `${prefix}-ties`,
    });
    await ties.ensureIndex();
    try {
      const when: Array<[string | null, number | null]> = [
        ['2020-05-01', 2020],
        [null, 2021],
        ['2020-05-01', 2020],
        [null, null],
        ['2023-01-09', 2023],
        ['2020-05-01', 2020],
        [null, 2019],
        ['2019-12-31', 2019],
        [null, null],
        [null, 2021],
        ['2023-01-09', 2023],
      ];
      // ids out of insertion order, so an order by id would show
      const docs = when.map(([date, year], i) =>
        derived(
          `t-${String((i * 7) % 11).padStart(2, '0')}`,
          `Thực hiện Kế hoạch số 77-KH/HU của Ban Thường vụ Huyện ủy, văn bản thứ ${i + 1}.`,
          { date, year },
        ),
      );
      docs.push(
        derived('t-holder', 'KẾ HOẠCH triển khai công tác năm.', {
          ownNumber: '77-KH/HU',
          date: '2020-05-01',
          year: 2020,
        }),
      );
      await ties.upsertDocuments(docs);
      const act = await ties.actDocuments('77-KH/HU');
      // Meilisearch's own sort, through a list request
      const sorted = (await ties.citingDocuments('77-KH/HU')).filter((d) => d.id !== 't-holder');
      expect(act.citing.map((d) => d.id)).toEqual(sorted.map((d) => d.id));
      expect(act.holders.map((d) => d.id)).toEqual(['t-holder']);
      expect(act.citingCount).toBe(11);
      expect(act.citingCountByYear).toEqual([
        { year: 2023, count: 2 },
        { year: 2021, count: 2 },
        { year: 2020, count: 3 },
        { year: 2019, count: 2 },
        { year: null, count: 2 },
      ]);
    } finally {
      await ties.deleteIndex();
    }
  });

  it('an act nobody cites or holds: empty lists and counts', async () => {
    const result = await index.search({ q: '999-NQ/TW' }, { withActDocuments: true });
    expect(result.actDocuments).toEqual({
      key: '999-NQ/TW',
      citing: [],
      holders: [],
      citingCount: 0,
      citingCountByYear: [],
    });
  });
});

describe('search: totals beyond 10 000 documents', () => {
  const COUNT = 10_050;
  let big: SearchIndex;

  beforeAll(async () => {
    big = createSearchIndex({
      url: inject('meiliUrl'),
      apiKey: inject('meiliKey'),
      prefix: `${prefix}-big`,
      taskTimeoutMs: 240_000,
    });
    await big.ensureIndex();
    const docs = Array.from({ length: COUNT }, (_, i) =>
      derived(`b-${i}`, `Báo cáo công tác lưu trữ số ${i} của Văn phòng Huyện ủy.`, {
        docType: 'Báo cáo',
        year: 2015 + (i % 10),
        date: null,
      }),
    );
    await big.upsertDocuments(docs);
  }, 240_000);

  afterAll(async () => {
    await big?.deleteIndex();
  });

  it.each(['lưu trữ', 'luu tru', ''])(
    '`%s`: the exact total and facets, hits listed down to MAX_RESULT_DEPTH',
    async (q) => {
      const first = await big.search({ q, limit: 20 });
      expect(first.total).toBe(COUNT);
      expect(first.hits).toHaveLength(20);
      expect(Object.values(first.facets.year).reduce((a, b) => a + b, 0)).toBe(COUNT);
      expect(first.facets.docType).toEqual({ 'Báo cáo': COUNT });
      const last = await big.search({ q, limit: 20, page: MAX_RESULT_DEPTH / 20 });
      expect(last.hits).toHaveLength(20);
      expect(last.total).toBe(COUNT);
      const beyond = await big.search({ q, limit: 20, page: MAX_RESULT_DEPTH / 20 + 1 });
      expect(beyond.hits).toEqual([]);
      expect(beyond.total).toBe(COUNT);
      expect(beyond.facets).toEqual(first.facets);
    },
  );
});

describe('search: filters, facets, sorting, paging', () => {
  it('returns facets by year, type and issuer that add up to the total', async () => {
    const all = await index.search({ limit: 1 });
    expect(all.total).toBe(seedIds.length + hand.length);
    const yearSum = Object.values(all.facets.year).reduce((a, b) => a + b, 0);
    const withYear = [...hand].filter((d) => d.analysis.year !== null).length;
    expect(yearSum).toBeGreaterThanOrEqual(withYear);
    expect(all.facets.year['2024']).toBeGreaterThanOrEqual(2);
    expect(all.facets.docType['Quyết định']).toBe(2);
    expect(all.facets.issuer['Huyện ủy Ngọc Hồi']).toBe(2);
  });

  it('filters by year range, type and issuer', async () => {
    expect(await ids({ yearFrom: 2020, yearTo: 2021, type: 'Quyết định' })).toEqual([
      'h-nq35hd',
      'h-q283',
    ]);
    expect(await ids({ issuer: 'Huyện ủy Ngọc Hồi', year: 2022 })).toEqual(['h-bcd35']);
  });

  it('treats filter-injection attempts as literal values', async () => {
    const injected = await index.search({ issuer: '" OR year > 0 OR issuer = "', limit: 100 });
    expect(injected.total).toBe(0);
    const backslash = await index.search({ type: 'Báo cáo\\" OR docType EXISTS', limit: 100 });
    expect(backslash.total).toBe(0);
    expect(
      (await index.search({ cites: '35-NQ/TW" OR citedKeys EXISTS OR ownKey = "x' })).total,
    ).toBe(0);
  });

  it('sorts newest first on request', async () => {
    const result = await index.search({ sort: 'date', limit: 100 });
    const dates = result.hits.map((h) => h.date).filter((d): d is string => d !== null);
    expect(dates.length).toBeGreaterThanOrEqual(hand.length);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(result.hits[0]?.id).toBe('h-nq35');
  });

  it('pages without overlap', async () => {
    const first = await index.search({ sort: 'date', page: 1, limit: 5 });
    const second = await index.search({ sort: 'date', page: 2, limit: 5 });
    expect(first.hits).toHaveLength(5);
    expect(second.total).toBe(first.total);
    const overlap = first.hits.filter((h) => second.hits.some((s) => s.id === h.id));
    expect(overlap).toEqual([]);
    expect(first.hits.length + second.hits.length).toBe(Math.min(10, first.total));
  });
});

describe('search: snippets and documents', () => {
  it('returns HTML-escaped snippets with only <mark> tags', async () => {
    const result = await index.search({ q: 'tuyên truyền trái phép' });
    const hit = result.hits.find((h) => h.id === 'h-xss');
    expect(hit).toBeDefined();
    expect(hit?.snippet).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hit?.snippet).not.toContain('<script>');
    expect(hit?.snippet).toMatch(/<mark>tuyên<\/mark> <mark>truyền<\/mark>/);
    expect(hit?.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    // a query word inside the markup is marked, the markup stays escaped around it
    const marked = await index.search({ q: 'script tuyên truyền' });
    const again = marked.hits.find((h) => h.id === 'h-xss');
    expect(again?.snippet).toContain('&lt;<mark>script</mark>&gt;');
  });

  it('stores the full text and the citations; unknown ids are null', async () => {
    const doc = await index.getDocument('seed-001');
    const text = await readFile(
      join(
        SEEDS,
        (await readdir(SEEDS)).find((f) => f.startsWith('001'))!,
      ),
      'utf8',
    );
    expect(doc?.text).toBe(text);
    const c = doc?.citations.find((x) => x.key === '35-NQ/TW');
    expect(c && text.slice(c.start, c.end)).toBe(c?.surface);
    expect(await index.getDocument('does-not-exist')).toBeNull();
  });

  it('deletes a document', async () => {
    await index.upsertDocuments([derived('h-tmp', 'Văn bản tạm thời để xóa.')]);
    expect(await index.getDocument('h-tmp')).not.toBeNull();
    await index.deleteDocument('h-tmp');
    expect(await index.getDocument('h-tmp')).toBeNull();
  });

  it('reports health, and SearchUnavailableError when Meilisearch is unreachable', async () => {
    expect(await index.health()).toBe(true);
    const down = createSearchIndex({
      url: 'http://127.0.0.1:9',
      apiKey: 'x',
      prefix,
      timeoutMs: 2000,
    });
    await expect(down.health()).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(down.search({ q: 'x' })).rejects.toMatchObject({
      code: 'search_unavailable',
      retryable: true,
    });
  });
});
