/**
 * Upload → blob store → queue → worker → Meilisearch, against the real services: the seed
 * archive (five seeds as PDF and DOCX in one zip) ends fully indexed; the searches of issue #4
 * return exactly the right seeds through HTTP (every written form of 35-NQ/TW, 23-KL/TW,
 * 3006/KH-UBND), the act page of 102-KH/TU shows its date conflict, markup in a document comes
 * back escaped in snippets, and the same bytes uploaded twice stay one document.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../helpers/stack.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

interface ZipListing {
  members: Array<{ path: string; documentId: string }>;
}

interface SearchBody {
  hits: Array<{ id: string; snippet: string; fileNames?: string[] }>;
  total: number;
  interpretation: { citations: string[] };
}

/** document ids of seed NNN by format, from the committed listing of seeds.zip */
let seedIds: (seed: string) => string[] = () => [];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ workers: 1, workerConcurrency: 2 });
});
afterAll(async () => {
  await stack?.stop();
});

describe('ingest', () => {
  it('indexes every document of seeds.zip (5 seeds as PDF and DOCX) and makes them searchable', async () => {
    const listing = JSON.parse(
      await readFile(join(fixtures, 'expected', 'seeds-zip.json'), 'utf8'),
    ) as ZipListing;
    const upload = await stack.uploadFiles([{ path: join(fixtures, 'archives', 'seeds.zip') }]);
    expect(upload.files).toHaveLength(10);
    expect(
      upload.files.every(
        (f) => f.status === 'queued' || f.status === 'processing' || f.status === 'done',
      ),
    ).toBe(true);

    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 150_000 });
    expect(
      batch.files.filter((f) => f.status !== 'done').map((f) => [f.path, f.status, f.error]),
    ).toEqual([]);
    expect(batch.counts).toEqual({ queued: 0, processing: 0, done: 10, failed: 0, duplicate: 0 });
    // each member is its own file, with its folder path and its content-derived id
    expect(
      batch.files
        .map((f) => ({ path: f.path, documentId: f.documentId }))
        .sort((a, b) => String(a.path).localeCompare(String(b.path))),
    ).toEqual(
      listing.members
        .map((m) => ({ path: m.path, documentId: m.documentId }))
        .sort((a, b) => a.path.localeCompare(b.path)),
    );
    expect(await stack.indexedCount()).toBe(10);
    seedIds = (seed) =>
      listing.members
        .filter((m) => m.path === `pdf/${seed}.pdf` || m.path === `docx/${seed}.docx`)
        .map((m) => m.documentId)
        .sort();
    expect(seedIds('001')).toHaveLength(2);

    const seed004 = listing.members.filter(
      (m) => m.path.endsWith('004.pdf') || m.path.endsWith('004.docx'),
    );
    const response = await stack.request(
      `/api/search?q=${encodeURIComponent('Đại hội đại biểu toàn quốc lần thứ XIII')}&limit=20`,
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as { hits: Array<{ id: string }>; total: number };
    const ids = result.hits.map((h) => h.id);
    for (const member of seed004) expect(ids).toContain(member.documentId);
  });

  async function search(q: string): Promise<SearchBody> {
    const response = await stack.request(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
    expect(response.status).toBe(200);
    return (await response.json()) as SearchBody;
  }
  const idsOf = (body: SearchBody) => body.hits.map((h) => h.id).sort();

  it.each(['Nghị quyết 35-NQ/TW', 'nghi quyet 35-nq/tw', 'NQ 35', '35/NQ-TW'])(
    '%s returns exactly seed 001 (PDF and DOCX), never the seeds that only mention Ban Chỉ đạo 35',
    async (q) => {
      const body = await search(q);
      expect(body.interpretation.citations).toEqual(['35-NQ/TW']);
      // among the seeds only 001 cites 35-NQ/TW; 000 and 002 name "Ban Chỉ đạo 35"
      expect(idsOf(body)).toEqual(seedIds('001'));
      expect(body.total).toBe(2);
      // each hit names its file, so the PDF and the DOCX copy can be told apart
      expect(body.hits.map((h) => h.fileNames).sort()).toEqual([['001.docx'], ['001.pdf']]);
      for (const other of ['000', '002']) {
        for (const id of seedIds(other)) expect(idsOf(body)).not.toContain(id);
      }
    },
  );

  it('Kết luận 23-KL/TW returns seed 002; 3006/KH-UBND returns seeds 000 and 001', async () => {
    expect(idsOf(await search('Kết luận 23-KL/TW'))).toEqual(seedIds('002'));
    expect(idsOf(await search('3006/KH-UBND'))).toEqual(
      [...seedIds('000'), ...seedIds('001')].sort(),
    );
  });

  it('the act page of 102-KH/TU shows the date conflict with both documents', async () => {
    const response = await stack.request('/api/acts/102-KH%2FTU');
    expect(response.status).toBe(200);
    const act = (await response.json()) as {
      key: string;
      conflicts: Array<{ field: string; values: Array<{ value: string; documentIds: string[] }> }>;
    };
    expect(act.key).toBe('102-KH/TU');
    const dates = act.conflicts.filter((c) => c.field === 'date');
    expect(dates).toHaveLength(1);
    // seed 000 dates it 10/7/2019, seed 001 dates it 22-10-2018: both kept, never merged
    expect(
      dates[0]?.values.map((v) => ({ value: v.value, documentIds: [...v.documentIds].sort() })),
    ).toEqual([
      { value: '2018-10-22', documentIds: seedIds('001') },
      { value: '2019-07-10', documentIds: seedIds('000') },
    ]);
  });

  it('returns markup from a document escaped in snippets', async () => {
    const upload = await stack.uploadFiles([{ path: join(fixtures, 'bad', 'html-injection.txt') }]);
    const batch = await stack.waitForBatch(upload.batchId, { timeoutMs: 60_000 });
    expect(batch.files[0]?.status).toBe('done');
    const id = batch.files[0]?.documentId;
    for (const q of ['script alert', 'hội nghị quán triệt', 'hiển thị đúng như văn bản gốc']) {
      const hit = (await search(q)).hits.find((h) => h.id === id);
      expect(hit, q).toBeDefined();
      const snippet = hit?.snippet ?? '';
      // only <mark> survives as markup; everything else is text
      expect(snippet.replace(/<\/?mark>/g, ''), q).not.toMatch(/[<>]/);
      expect(snippet).not.toMatch(/<(script|img|a|b)[\s>]/i);
    }
    const script = (await search('script alert')).hits.find((h) => h.id === id);
    expect(script?.snippet).toMatch(/&lt;(<mark>)?script(<\/mark>)?&gt;/);
  });

  it('keeps the same bytes uploaded twice as one document and reports the second as duplicate', async () => {
    const before = await stack.indexedCount();
    const bytes = new TextEncoder().encode(
      'BÁO CÁO\nKết quả thực hiện Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị, năm 2024 (tệp thử trùng lặp).\n',
    );
    const first = await stack.uploadFiles([{ bytes, name: 'bao-cao-lan-1.txt' }]);
    const firstDone = await stack.waitForBatch(first.batchId, { timeoutMs: 60_000 });
    expect(firstDone.files[0]).toMatchObject({ status: 'done' });
    const documentId = firstDone.files[0]?.documentId;
    expect(documentId).toMatch(/^[0-9a-f]{24}$/);

    const second = await stack.uploadFiles([{ bytes, name: 'thư mục/bao-cao-lan-2.txt' }]);
    expect(second.files).toEqual([
      {
        name: 'bao-cao-lan-2.txt',
        path: 'thư mục/bao-cao-lan-2.txt',
        status: 'duplicate',
        documentId,
      },
    ]);
    const secondDone = await stack.waitForBatch(second.batchId, { timeoutMs: 60_000 });
    expect(secondDone.counts).toEqual({
      queued: 0,
      processing: 0,
      done: 0,
      failed: 0,
      duplicate: 1,
    });
    expect(await stack.indexedCount()).toBe(before + 1);

    // both names are remembered on the one document (refreshed by a background reindex)
    const deadline = Date.now() + 30_000;
    let names: string[] = [];
    while (Date.now() < deadline) {
      const response = await stack.request(`/api/documents/${documentId}`);
      if (response.ok) {
        const body = JSON.stringify(await response.json());
        names = ['bao-cao-lan-1.txt', 'bao-cao-lan-2.txt'].filter((n) => body.includes(n));
        if (names.length === 2) break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(names).toEqual(['bao-cao-lan-1.txt', 'bao-cao-lan-2.txt']);
  });

  it('answers 404 JSON for an unknown batch and 400 JSON for an upload without files', async () => {
    const unknown = await stack.request('/api/uploads/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const empty = await stack.request('/api/uploads', { method: 'POST', body: new FormData() });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe(
      'validation_error',
    );
  });
});
