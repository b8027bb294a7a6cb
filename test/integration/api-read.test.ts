/**
 * The read side of the API (search, documents, acts) in-process against real Meilisearch and
 * Redis. Records are the five seed documents with their hand-made gold analysis
 * (../shared/seeds/gold), indexed through @vanban/search exactly as the worker indexes them, so
 * these tests check the API's behaviour independently of the analyser's accuracy.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Analysis, Citation } from '../../packages/analysis/src/index.ts';
import { createApp } from '../../services/api/src/app.ts';
import { createAuthStore } from '../../services/api/src/auth/index.ts';
import { createSilentLogger } from '../../services/api/src/logger.ts';
import type { SearchIndexPort } from '../../services/api/src/ports.ts';
import {
  Hono,
  Redis,
  createBlobStore,
  createDerivedStore,
  createDocumentStore,
  createSearchIndex,
  testConfig,
  type DerivedDocument,
  type SearchIndex,
} from '../../services/api/src/testing/index.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

type App = ReturnType<typeof createApp>;
let redis: InstanceType<typeof Redis>;
let dataDir: string;
const indexes: SearchIndex[] = [];
let token: string;
const seeds = new Map<string, DerivedDocument>();

interface GoldCitation extends Omit<Citation, 'end'> {
  end?: number;
}

/** Gold dates carry no offsets; they are found in text order (gold README "Dates"). */
function datesWithOffsets(
  text: string,
  dates: Array<{ surface: string; iso: string }>,
): Analysis['dates'] {
  let from = 0;
  return dates.map((d) => {
    const start = Math.max(0, text.indexOf(d.surface, from));
    from = start + d.surface.length;
    return { surface: d.surface, iso: d.iso, start };
  });
}

async function loadSeeds(): Promise<void> {
  const files = (await readdir(SEEDS)).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
  for (const file of files) {
    const bytes = await readFile(join(SEEDS, file));
    const gold = JSON.parse(
      await readFile(join(SEEDS, 'gold', `${file.slice(0, 3)}.json`), 'utf8'),
    ) as Analysis & {
      citations: GoldCitation[];
    };
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const analysis: Analysis = {
      docType: gold.docType,
      ownNumber: gold.ownNumber,
      issuer: gold.issuer,
      locality: gold.locality,
      date: gold.date,
      year: gold.year,
      title: gold.title,
      signer: gold.signer,
      recipients: gold.recipients,
      citations: gold.citations.map((c) => ({ ...c, end: c.start + c.surface.length })),
      unnumberedRefs: gold.unnumberedRefs,
      units: gold.units,
      localities: gold.localities,
      dates: datesWithOffsets(bytes.toString('utf8'), gold.dates),
      warnings: [],
    };
    seeds.set(file.slice(0, 3), {
      id: sha256.slice(0, 24),
      sha256,
      names: [file],
      mime: 'text/plain',
      text: bytes.toString('utf8'),
      analysis,
    });
  }
}

const seed = (n: string): DerivedDocument => {
  const doc = seeds.get(n);
  if (!doc) throw new Error(`seed ${n} missing`);
  return doc;
};

function syntheticDocument(
  text: string,
  analysis: Partial<Analysis>,
  name: string,
): DerivedDocument {
  const sha256 = createHash('sha256').update(text).digest('hex');
  return {
    id: sha256.slice(0, 24),
    sha256,
    names: [name],
    mime: 'text/plain',
    text,
    analysis: {
      docType: null,
      ownNumber: null,
      issuer: null,
      locality: null,
      date: null,
      year: null,
      title: null,
      signer: null,
      recipients: [],
      citations: [],
      unnumberedRefs: [],
      units: [],
      localities: [],
      dates: [],
      warnings: [],
      ...analysis,
    },
  };
}

/** The archive copy of Kế hoạch 3006/KH-UBND (UBND tỉnh Kon Tum, 13/11/2019), which cites 102-KH/TU. */
const PLAN_3006_TEXT =
  'ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 3006/KH-UBND\nKon Tum, ngày 13 tháng 11 năm 2019\n\nKẾ HOẠCH\nTriển khai Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy\n';
const plan3006 = syntheticDocument(
  PLAN_3006_TEXT,
  {
    docType: 'Kế hoạch',
    ownNumber: '3006/KH-UBND',
    issuer: 'Ủy ban nhân dân tỉnh Kon Tum',
    date: '2019-11-13',
    year: 2019,
    title: 'Triển khai Kế hoạch số 102-KH/TU ngày 10-7-2019 của Ban Thường vụ Tỉnh ủy',
    citations: [
      {
        surface: 'Kế hoạch số 102-KH/TU',
        start: PLAN_3006_TEXT.indexOf('Kế hoạch số 102-KH/TU'),
        end: PLAN_3006_TEXT.indexOf('Kế hoạch số 102-KH/TU') + 'Kế hoạch số 102-KH/TU'.length,
        type: 'Kế hoạch',
        number: '102',
        symbol: 'KH/TU',
        yearInNumber: null,
        key: '102-KH/TU',
        date: '2019-07-10',
        issuer: 'Ban Thường vụ Tỉnh ủy',
        subject: null,
        relation: 'implements',
      },
    ],
  },
  'Kế hoạch 3006 triển khai.txt',
);

/** Mentions "Ban Chỉ đạo 35" and carries markup, but cites nothing. */
const injection = syntheticDocument(
  'BÁO CÁO hoạt động của Ban Chỉ đạo 35 huyện năm 2023 <script>alert(1)</script> về bảo vệ nền tảng tư tưởng của Đảng.',
  { docType: 'Báo cáo', year: 2023, title: 'Hoạt động của Ban Chỉ đạo 35 <b>huyện</b>' },
  'ban-chi-dao-35.txt',
);

async function makeApp(
  documents: DerivedDocument[],
  port: (index: SearchIndex) => SearchIndexPort = (index) => index,
): Promise<{ app: App; index: SearchIndex }> {
  const prefix = `tapi-${randomBytes(4).toString('hex')}`;
  const index = createSearchIndex({ url: inject('meiliUrl'), apiKey: inject('meiliKey'), prefix });
  indexes.push(index);
  await index.ensureIndex();
  if (documents.length > 0) await index.upsertDocuments(documents);
  const blobs = createBlobStore(join(dataDir, 'blobs'));
  const derived = createDerivedStore(join(dataDir, 'derived'));
  for (const doc of documents) {
    await blobs.put(Buffer.from(doc.text, 'utf8'));
    await derived.put({
      ...doc,
      ocrPages: [],
      warnings: [],
      pipelineVersion: 1,
      derivedAt: new Date().toISOString(),
    });
  }
  const auth = createAuthStore(redis, { prefix, sessionTtlSeconds: 600 });
  await auth.putToken(token, { label: 'test viewer', role: 'viewer' });
  const app = createApp({
    config: { ...testConfig, redisPrefix: prefix },
    search: port(index),
    store: createDocumentStore({ blobs, derived }),
    redis,
    auth,
    logger: createSilentLogger(),
    ingest: { uploads: new Hono(), adminJobs: new Hono() },
  });
  return { app, index };
}

let main: App;

beforeAll(async () => {
  redis = new Redis(inject('redisUrl'));
  dataDir = await mkdtemp(join(tmpdir(), 'vanban-api-read-'));
  token = `viewer-${randomBytes(12).toString('hex')}`;
  await loadSeeds();
  ({ app: main } = await makeApp([...seeds.values(), injection]));
});

afterAll(async () => {
  await Promise.all(indexes.map((i) => i.deleteIndex().catch(() => undefined)));
  await redis.quit();
  await rm(dataDir, { recursive: true, force: true });
});

async function getJson<T>(app: App, path: string, expectedStatus = 200): Promise<T> {
  const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as T;
  expect(res.status, `${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(expectedStatus);
  return body;
}

interface SearchBody {
  hits: Array<{ id: string; snippet: string; title: string | null }>;
  total: number;
  facets: { year: Record<string, number> };
  interpretation: { citations: string[] };
  act?: { key: string; dates: string[]; citingCount: number; conflicts: unknown[] };
}

const search = (q: string, extra = '') =>
  getJson<SearchBody>(main, `/api/search?q=${encodeURIComponent(q)}${extra}`);
const ids = (body: SearchBody) => body.hits.map((h) => h.id).sort();

describe('search by act', () => {
  it.each(['Nghị quyết 35-NQ/TW', 'nghi quyet 35-nq/tw', 'NQ 35', '35/NQ-TW'])(
    '%s finds exactly the documents citing 35-NQ/TW, never "Ban Chỉ đạo 35"',
    async (q) => {
      const body = await search(q);
      expect(body.interpretation.citations).toEqual(['35-NQ/TW']);
      expect(ids(body)).toEqual([seed('001').id]);
      expect(body.act).toMatchObject({ key: '35-NQ/TW', dates: ['2018-10-22'], citingCount: 1 });
    },
  );

  it('Kết luận 23-KL/TW finds seed 002', async () => {
    expect(ids(await search('Kết luận 23-KL/TW'))).toEqual([seed('002').id]);
  });

  it('3006/KH-UBND finds seeds 000 and 001', async () => {
    const body = await search('3006/KH-UBND');
    expect(ids(body)).toEqual([seed('000').id, seed('001').id].sort());
    expect(body.facets.year).toEqual({ '2019': 1, '2023': 1 });
  });

  it('shows the act with its date conflict on top of a search for 102-KH/TU', async () => {
    const body = await search('Kế hoạch 102-KH/TU');
    expect(body.act?.dates).toEqual(['2018-10-22', '2019-07-10']);
    expect(body.act?.conflicts).toHaveLength(1);
  });
});

describe('act summary on a search', () => {
  /** The real index, with the act requests the API makes on its own counted. */
  function counting(asked: string[], withActDocuments: boolean) {
    return (index: SearchIndex): SearchIndexPort => ({
      // `withActDocuments: false` stands for an index that cannot read them with the hits
      search: (params, options) => index.search(params, withActDocuments ? options : undefined),
      getDocument: (id) => index.getDocument(id),
      citingDocuments: (key) => index.citingDocuments(key),
      documentsByOwnKey: (key) => index.documentsByOwnKey(key),
      actDocuments: (key) => {
        asked.push(key);
        return index.actDocuments(key);
      },
      health: () => index.health(),
    });
  }

  it('comes in the search request when the query names one act, the same as read separately', async () => {
    const docs = [...seeds.values()];
    const asked: string[] = [];
    const { app: one } = await makeApp(docs, counting(asked, true));
    const separately: string[] = [];
    const { app: two } = await makeApp(docs, counting(separately, false));
    const queries = [
      'Kế hoạch 102-KH/TU',
      '35-NQ/TW',
      'nghi quyet 35-nq/tw',
      '3006/KH-UBND bảo vệ',
      '999-NQ/TW',
    ];
    for (const q of queries) {
      const path = `/api/search?q=${encodeURIComponent(q)}`;
      const body = await getJson<SearchBody & Record<string, unknown>>(one, path);
      expect(body).not.toHaveProperty('actDocuments');
      expect(body).toEqual(await getJson<SearchBody>(two, path));
    }
    expect(asked).toEqual([]);
    expect(separately).toEqual(queries.map((q) => /\d[^ ]*\/[^ ]*/.exec(q)?.[0]?.toUpperCase()));
    const cited = await getJson<SearchBody>(
      one,
      `/api/search?cites=${encodeURIComponent('102-KH/TU')}`,
    );
    expect(cited.act?.dates).toEqual(['2018-10-22', '2019-07-10']);
    expect(asked).toEqual([]);
    // `NQ 35` names its act only through the answer's facets: asked afterwards
    const nq = await getJson<SearchBody>(one, '/api/search?q=NQ%2035');
    expect(nq.act?.key).toBe('35-NQ/TW');
    expect(asked).toEqual(['35-NQ/TW']);
  });
});

describe('hostile parameters', () => {
  it('answers year=abc with 400 naming the parameter, and keeps serving', async () => {
    const body = await getJson<{ error: { code: string; message: string } }>(
      main,
      '/api/search?q=a&year=abc',
      400,
    );
    expect(body.error.code).toBe('validation_error');
    expect(body.error.message).toContain('year');
    expect((await search('3006/KH-UBND')).total).toBe(2);
  });

  it.each([['")'], ['35-NQ/TW" OR citedKeys EXISTS'], ["35-NQ/TW' OR 1=1 --"]])(
    'refuses cites=%s with a 400 naming cites, and keeps serving',
    async (value) => {
      const body = await getJson<{ error: { code: string; details: Array<{ param: string }> } }>(
        main,
        `/api/search?cites=${encodeURIComponent(value)}`,
        400,
      );
      expect(body.error.code).toBe('validation_error');
      expect(body.error.details.map((d) => d.param)).toEqual(['cites']);
      expect((await search('Kết luận 23-KL/TW')).total).toBe(1);
    },
  );

  it.each([
    ['issuer', 'x" OR year > 0 OR issuer = "y'],
    ['type', 'Báo cáo" OR docType EXISTS OR docType = "'],
  ])('treats %s=%s as a literal value: 200, nothing leaks', async (param, value) => {
    const body = await getJson<SearchBody>(
      main,
      `/api/search?${param}=${encodeURIComponent(value)}`,
    );
    expect(body.hits).toEqual([]);
    expect(body.total).toBe(0);
    expect((await search('Kết luận 23-KL/TW')).total).toBe(1);
  });

  it('filters by cites literally when the value is a real key', async () => {
    const body = await getJson<SearchBody>(
      main,
      `/api/search?cites=${encodeURIComponent('01-KL/TW')}`,
    );
    expect(ids(body)).toEqual([seed('000').id, seed('003').id, seed('004').id].sort());
  });

  it('escapes markup from documents in snippets', async () => {
    const body = await search('script');
    const hit = body.hits.find((h) => h.id === injection.id);
    expect(hit).toBeDefined();
    const snippet = hit?.snippet ?? '';
    expect(snippet).not.toMatch(/<script|<b>/i);
    // The only markup left is the highlight of the query word, which here falls inside the
    // escaped tag; without it the document's markup reads as text.
    expect(snippet.replace(/<mark>[^<]*<\/mark>/g, '')).not.toMatch(/[<>]/);
    expect(snippet).toContain('<mark>script</mark>');
    expect(snippet.replace(/<\/?mark>/g, '')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

interface DocumentBody {
  id: string;
  text: string;
  citations: Array<{
    key: string;
    start: number;
    end: number;
    surface: string;
    resolved?: { documentId: string };
    act?: { key: string };
  }>;
  citedBy: Array<{ documentId: string }>;
}

describe('documents', () => {
  it('returns the text, the analysis and every citation as a link, with offsets into the text', async () => {
    const body = await getJson<DocumentBody & { analysis: { docType: string } }>(
      main,
      `/api/documents/${seed('001').id}`,
    );
    expect(body.text).toBe(seed('001').text);
    expect(body.analysis.docType).toBe('Kế hoạch');
    expect(body.citations).toHaveLength(16);
    for (const c of body.citations) {
      expect(body.text.slice(c.start, c.end)).toBe(c.surface);
      expect(c.act?.key ?? c.resolved?.documentId).toBeTruthy();
    }
    expect(body.citedBy).toEqual([]);
  });

  it('answers 404 JSON for an unknown id', async () => {
    const body = await getJson<{ error: { code: string } }>(
      main,
      `/api/documents/${'0'.repeat(24)}`,
      404,
    );
    expect(body.error.code).toBe('not_found');
  });

  it('streams the original with its original name (RFC 5987) and type', async () => {
    const { app } = await makeApp([plan3006]);
    const res = await app.request(`/api/documents/${plan3006.id}/original`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Ke hoach 3006 trien khai.txt"; filename*=UTF-8''${encodeURIComponent('Kế hoạch 3006 triển khai.txt')}`,
    );
    expect(await res.text()).toBe(PLAN_3006_TEXT);
  });
});

describe('links between documents resolve whatever the upload order', () => {
  async function expectLinked(app: App): Promise<void> {
    const report = await getJson<DocumentBody>(app, `/api/documents/${seed('000').id}`);
    const c3006 = report.citations.filter((c) => c.key === '3006/KH-UBND');
    expect(c3006).toHaveLength(5);
    for (const c of c3006) expect(c.resolved).toEqual({ documentId: plan3006.id });
    const copy = await getJson<DocumentBody>(app, `/api/documents/${plan3006.id}`);
    expect(copy.citedBy.map((d) => d.documentId).sort()).toEqual(
      [seed('000').id, seed('001').id].sort(),
    );
    const act = await getJson<{ archiveDocumentIds: string[] }>(app, '/api/acts/3006%2FKH-UBND');
    expect(act.archiveDocumentIds).toEqual([plan3006.id]);
  }

  it('the cited document first, then the citing ones', async () => {
    const { app, index } = await makeApp([plan3006]);
    expect((await getJson<DocumentBody>(app, `/api/documents/${plan3006.id}`)).citedBy).toEqual([]);
    await index.upsertDocuments([seed('000'), seed('001')]);
    await expectLinked(app);
  });

  it('the citing documents first, then the cited one', async () => {
    const { app, index } = await makeApp([seed('000'), seed('001')]);
    const before = await getJson<DocumentBody>(app, `/api/documents/${seed('000').id}`);
    expect(before.citations.find((c) => c.key === '3006/KH-UBND')?.act).toEqual({
      key: '3006/KH-UBND',
    });
    await index.upsertDocuments([plan3006]);
    await expectLinked(app);
  });
});

interface ActBody {
  key: string;
  variants: Array<{ date: string | null; documents: Array<{ documentId: string }> }>;
  conflicts: Array<{ field: string; values: Array<{ value: string; documentIds: string[] }> }>;
  citingByYear: Array<{ year: number | null; documents: Array<{ documentId: string }> }>;
  chain: {
    implements: Array<{ node: { kind: string; key?: string } }>;
    implementedBy: Array<{
      node: { kind: string; key?: string; documentId?: string };
      children: unknown[];
    }>;
  };
}

describe('acts', () => {
  it('shows the date conflict of 102-KH/TU with both documents, never merged', async () => {
    for (const path of ['/api/acts/102-KH%2FTU', '/api/acts/102-KH/TU', '/api/acts/102-kh%2Ftu']) {
      const act = await getJson<ActBody>(main, path);
      expect(act.key).toBe('102-KH/TU');
      expect(act.conflicts).toEqual([
        expect.objectContaining({
          field: 'date',
          values: [
            { value: '2018-10-22', documentIds: [seed('001').id] },
            { value: '2019-07-10', documentIds: [seed('000').id] },
          ],
        }),
      ]);
      const dated = act.variants
        .filter((v) => v.date !== null)
        .map((v) => [v.date, v.documents.map((d) => d.documentId)]);
      expect(dated).toContainEqual(['2019-07-10', [seed('000').id]]);
      expect(dated).toContainEqual(['2018-10-22', [seed('001').id]]);
      expect(act.citingByYear.map((g) => g.year)).toEqual([2023, 2019]);
    }
  });

  it('builds the implementation chain: 3006/KH-UBND implements 102-KH/TU, reports and plans below it', async () => {
    const act = await getJson<ActBody>(main, '/api/acts/3006%2FKH-UBND');
    expect(act.chain.implements.map((n) => n.node.key)).toEqual(['102-KH/TU']);
    const below = act.chain.implementedBy.map((n) => n.node.documentId ?? n.node.key).sort();
    // seeds 000 (report) and 001 (district plan), and Công văn 2153 whose subject is a report on 3006
    expect(below).toEqual(['2153/STTTT-TTBCXB', seed('000').id, seed('001').id].sort());
    const up = await getJson<ActBody>(main, '/api/acts/102-KH%2FTU');
    expect(up.chain.implementedBy.map((n) => n.node.key)).toContain('3006/KH-UBND');
  });

  it('accepts written forms (other separator style, NQ 35, with type words) and answers 404 for an act nothing cites', async () => {
    expect((await getJson<ActBody>(main, '/api/acts/35%2FNQ-TW')).key).toBe('35-NQ/TW');
    expect((await getJson<ActBody>(main, `/api/acts/${encodeURIComponent('NQ 35')}`)).key).toBe(
      '35-NQ/TW',
    );
    expect(
      (await getJson<ActBody>(main, `/api/acts/${encodeURIComponent('Kết luận số 23-KL/TW')}`)).key,
    ).toBe('23-KL/TW');
    const missing = await getJson<{ error: { code: string } }>(main, '/api/acts/999-KH%2FXYZ', 404);
    expect(missing.error.code).toBe('not_found');
  });
});

describe('an act cited more often than one list holds', () => {
  it('counts every citing document, by year, while listing the newest 1 000', async () => {
    const key = '88-NQ/TW';
    const citation = (i: number): Citation => ({
      surface: `Nghị quyết số ${key}`,
      start: 10,
      end: 10 + `Nghị quyết số ${key}`.length,
      type: 'Nghị quyết',
      number: '88',
      symbol: 'NQ/TW',
      yearInNumber: null,
      key,
      date: '2019-05-20',
      issuer: 'Bộ Chính trị',
      subject: null,
      relation: i % 2 === 0 ? 'implements' : 'mentions',
    });
    // 700 reports of 2021, 450 of 2022, 100 without a year: 1 250 citing documents
    const years: Array<number | null> = [
      ...Array<number>(700).fill(2021),
      ...Array<number>(450).fill(2022),
      ...Array<null>(100).fill(null),
    ];
    const citing = years.map((year, i) =>
      syntheticDocument(
        `Báo cáo ${i}: thực hiện Nghị quyết số ${key} của Bộ Chính trị.`,
        {
          docType: 'Báo cáo',
          year,
          date: year === null ? null : `${year}-03-${String((i % 28) + 1).padStart(2, '0')}`,
          citations: [citation(i)],
        },
        `bao-cao-${i}.txt`,
      ),
    );
    // the act's own copy cites itself in its text: it is the act, not a citing document
    const own = syntheticDocument(
      `NGHỊ QUYẾT số ${key} ... Nghị quyết số ${key} có hiệu lực từ ngày ký.`,
      { docType: 'Nghị quyết', ownNumber: key, year: 2019, citations: [citation(0)] },
      'nghi-quyet-88.txt',
    );
    const { app, index } = await makeApp([]);
    await index.upsertDocuments([...citing, own]);

    const act = await getJson<
      ActBody & {
        citingCount: number;
        citingCountByYear: Array<{ year: number | null; count: number }>;
        archiveDocumentIds: string[];
      }
    >(app, '/api/acts/88-NQ%2FTW');
    expect(act.citingCount).toBe(1250);
    expect(act.citingCountByYear).toEqual([
      { year: 2022, count: 450 },
      { year: 2021, count: 700 },
      { year: null, count: 100 },
    ]);
    const listed = act.citingByYear.flatMap((g) => g.documents.map((d) => d.documentId));
    expect(listed).toHaveLength(1000);
    expect(listed).not.toContain(own.id);
    // the newest first: every 2022 report is listed
    expect(act.citingByYear.find((g) => g.year === 2022)?.documents).toHaveLength(450);
    expect(act.archiveDocumentIds).toEqual([own.id]);

    const body = await getJson<SearchBody>(app, `/api/search?q=${encodeURIComponent(key)}`);
    // the search lists every document that names the act, its own copy included
    expect(body.total).toBe(1251);
    expect(body.act).toMatchObject({ key, citingCount: 1250 });
  });
});

describe('readiness', () => {
  it('is ready with real Redis and Meilisearch', async () => {
    const res = await main.request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      checks: { redis: 'ok', meilisearch: 'ok' },
    });
  });
});
