import { describe, expect, it } from 'vitest';
import { jsx } from 'hono/jsx/jsx-runtime';
import { DocumentPage } from './document-page.tsx';
import { ActPage } from './act-page.tsx';
import type { ActView, DocumentView } from '../types.ts';

const text = 'Thực hiện Kế hoạch số 3006/KH-UBND.\n<script>alert(1)</script> & <b>đậm</b>';
const start = text.indexOf('Kế hoạch');
const doc: DocumentView = {
  id: 'a'.repeat(24),
  title: '<img src=x onerror=alert(1)>',
  docType: 'Báo cáo',
  ownNumber: null,
  issuer: 'UBND huyện',
  locality: null,
  date: '2023-12-01',
  year: 2023,
  signer: null,
  recipients: ['Lưu: VT'],
  fileNames: ['bao-cao.pdf'],
  mime: 'application/pdf',
  text,
  citations: [
    {
      start,
      end: start + 'Kế hoạch số 3006/KH-UBND'.length,
      surface: 'Kế hoạch số 3006/KH-UBND',
      key: '3006/KH-UBND',
      type: 'Kế hoạch',
      date: '2019-11-13',
      issuer: 'UBND tỉnh',
      relation: 'implements',
      documentId: null,
    },
  ],
  citedBy: [],
  ocrPages: [1],
  warnings: [],
};

async function html(node: unknown): Promise<string> {
  return String(await (node as { toString(): string | Promise<string> }).toString());
}

describe('document page', () => {
  it('escapes document text and title and links the citation to the act page', async () => {
    const out = await html(jsx(DocumentPage, { doc }));
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;');
    expect(out).toMatch(
      /<a class="cite" href="\/van-ban-goc\/3006%2FKH-UBND"[^>]*>Kế hoạch số 3006\/KH-UBND<\/a>/,
    );
    expect(out).toContain('/api/documents/aaaaaaaaaaaaaaaaaaaaaaaa/original');
    expect(out).toContain('OCR');
  });

  it('links a held citation to the archive copy', async () => {
    const held = { ...doc, citations: [{ ...doc.citations[0]!, documentId: 'b'.repeat(24) }] };
    const out = await html(jsx(DocumentPage, { doc: held }));
    expect(out).toMatch(/<a class="cite held" href="\/van-ban\/bbbbbbbbbbbbbbbbbbbbbbbb"/);
  });
});

describe('act page', () => {
  it('flags conflicting dates and nests the implementation chain', async () => {
    const ref = (id: string, year: number) => ({
      id: id.repeat(24),
      title: `Văn bản ${id}`,
      docType: 'Kế hoạch',
      ownNumber: null,
      issuer: null,
      date: null,
      year,
    });
    const act: ActView = {
      key: '102-KH/TU',
      type: 'Kế hoạch',
      variants: [
        {
          date: '2019-07-10',
          issuers: ['Ban Thường vụ Tỉnh ủy'],
          subjects: [],
          documents: [ref('a', 2023)],
        },
        {
          date: '2018-10-22',
          issuers: [],
          subjects: [],
          documents: [ref('b', 2021)],
        },
      ],
      conflicts: [{ field: 'date', values: ['2019-07-10', '2018-10-22'] }],
      document: null,
      citingByYear: [
        { year: 2021, count: 1, documents: [ref('b', 2021)] },
        { year: 2023, count: 1, documents: [ref('a', 2023)] },
      ],
      citingCount: 2,
      implementsTree: [
        {
          key: '35-NQ/TW',
          label: 'Nghị quyết 35-NQ/TW',
          documentId: null,
          relation: 'implements',
          children: [],
        },
      ],
      implementedByTree: [
        {
          key: '3006/KH-UBND',
          label: 'Kế hoạch 3006/KH-UBND',
          documentId: null,
          relation: 'implements',
          children: [],
        },
      ],
    };
    const out = await html(jsx(ActPage, { act }));
    expect(out).toContain('Ngày ban hành không thống nhất');
    expect(out).toContain('10/07/2019');
    expect(out).toContain('22/10/2018');
    // top act → current act → implementing act, nested in that order
    const top = out.indexOf('Nghị quyết 35-NQ/TW');
    const current = out.indexOf('aria-current="true"');
    const below = out.indexOf('Kế hoạch 3006/KH-UBND');
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(current);
    expect(current).toBeLessThan(below);
    expect(out).toContain('Văn bản trích dẫn theo năm (2)');
    expect(out).not.toContain('văn bản mới nhất trong số');

    // an act cited more often than the documents listed: the real counts, and a way to all of them
    const many = await html(
      jsx(ActPage, {
        act: {
          ...act,
          citingByYear: [
            { year: 2023, count: 1500, documents: [ref('a', 2023)] },
            { year: 2021, count: 700, documents: [ref('b', 2021)] },
          ],
          citingCount: 2200,
        },
      }),
    );
    expect(many).toContain('Văn bản trích dẫn theo năm (2.200)');
    expect(many).toContain('(1.500)');
    expect(many).toContain('Hiển thị 2 văn bản mới nhất trong số 2.200 văn bản trích dẫn');
    expect(many).toContain('href="/tim-kiem?q=102-KH%2FTU"');
  });
});

describe('search page', () => {
  it('renders snippets with only <mark> as markup, and facet links that keep the search', async () => {
    const { SearchPage } = await import('./search-page.tsx');
    const out = await html(
      jsx(SearchPage, {
        query: { q: 'nghi quyet 35', sort: 'date', page: 1, type: 'Báo cáo' },
        error: null,
        result: {
          hits: [
            {
              id: 'c'.repeat(24),
              title: '<b>Báo cáo</b>',
              docType: 'Báo cáo',
              ownNumber: null,
              issuer: 'UBND',
              date: null,
              year: 2023,
              snippet: '&lt;script&gt;x&lt;/script&gt; <mark>Nghị quyết</mark> <img src=x>',
            },
          ],
          total: 1,
          facets: {
            year: [{ value: '2023', count: 1 }],
            docType: [{ value: 'Báo cáo', count: 1 }],
            issuer: [{ value: 'UBND & "x"', count: 1 }],
          },
          interpretation: { citations: ['35-NQ/TW'] },
          act: null,
        },
      }),
    );
    expect(out).toContain(
      '&lt;script&gt;x&lt;/script&gt; <mark>Nghị quyết</mark> &lt;img src=x&gt;',
    );
    expect(out).not.toContain('<b>Báo cáo</b>');
    expect(out).toContain(
      'href="/tim-kiem?q=nghi+quyet+35&amp;year=2023&amp;type=B%C3%A1o+c%C3%A1o&amp;sort=date"',
    );
    expect(out).toContain('issuer=UBND+%26+%22x%22');
    expect(out).toContain('<option value="date" selected="">Mới nhất</option>');
  });

  const many = (page: number, hits: number) => ({
    query: { q: 'Đảng', page },
    error: null,
    result: {
      hits: Array.from({ length: hits }, (_, i) => ({
        id: String(i).padStart(24, '0'),
        title: `Văn bản ${i}`,
        docType: 'Báo cáo',
        ownNumber: null,
        issuer: 'UBND',
        date: null,
        year: 2023,
        snippet: '<mark>Đảng</mark>',
      })),
      total: 56944,
      facets: { year: [{ value: '2023', count: 56944 }], docType: [], issuer: [] },
      interpretation: { citations: [] },
      act: null,
    },
  });

  it('writes large counts with thousands dots and pages only as deep as hits are listed', async () => {
    const { SearchPage } = await import('./search-page.tsx');
    const { LAST_PAGE } = await import('../components/pager.tsx');
    expect(LAST_PAGE).toBe(500);
    const nearEnd = await html(jsx(SearchPage, many(LAST_PAGE - 1, 20)));
    expect(nearEnd).toContain('(56.944 văn bản)');
    expect(nearEnd).toContain('<span class="count">56.944</span>');
    expect(nearEnd).toContain(`aria-label="Trang ${LAST_PAGE}"`);
    expect(nearEnd).not.toContain(`aria-label="Trang ${LAST_PAGE + 1}"`);
    const last = await html(jsx(SearchPage, many(LAST_PAGE, 20)));
    expect(last).toContain(`<span aria-current="page">${LAST_PAGE}</span>`);
    expect(last).not.toContain('rel="next"');
  });

  it('says a page beyond the listed ones is out of range, not that nothing matched', async () => {
    const { SearchPage } = await import('./search-page.tsx');
    const out = await html(jsx(SearchPage, many(600, 0)));
    expect(out).toContain('nằm ngoài 500 trang kết quả');
    expect(out).toContain('href="/tim-kiem?q=%C4%90%E1%BA%A3ng"');
    expect(out).not.toContain('Không tìm thấy văn bản nào phù hợp');
  });
});
