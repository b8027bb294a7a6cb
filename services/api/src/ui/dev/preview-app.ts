/**
 * A development preview of the UI with no Meilisearch, Redis or worker: the real pages, services
 * and cross-reference logic over the five seeds' gold analyses held in memory. It exists to look at
 * the pages (screenshots while the real stack is not up) — the browser test uses the real stack.
 *
 *   node --import tsx services/api/src/ui/dev/preview-app.ts  # http://127.0.0.1:8099, user demo / demo
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { actKeyCandidates, type Analysis } from '@vanban/analysis';
import { authenticate } from '../../auth/middleware.ts';
import type { AuthStore } from '../../auth/auth-store.ts';
import { createSilentLogger } from '../../logger.ts';
import type { IndexedDocument, SearchIndexPort, DerivedRecord } from '../../ports.ts';
import { createServices } from '../../services/index.ts';
import { createUiRoutes } from '../index.ts';

const seedsDir = '/work/shared/seeds';
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

interface Doc {
  indexed: IndexedDocument;
  derived: DerivedRecord;
}

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const name of readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedsDir, name), 'utf8');
    const gold = JSON.parse(
      readFileSync(join(seedsDir, 'gold', `${name.slice(0, 3)}.json`), 'utf8'),
    );
    const analysis: Analysis = {
      ...gold,
      citations: gold.citations.map((c: { start: number; surface: string }) => ({
        ...c,
        end: c.start + c.surface.length,
      })),
      warnings: name.startsWith('002')
        ? ['Đã nhận dạng chữ (OCR) trang 1, 2; có thể sai dấu thanh.']
        : [],
    };
    docs.push(makeDoc(text, analysis, `${name.slice(0, 3)}.pdf`));
  }
  const html = readFileSync(
    join(import.meta.dirname, '../../../../../fixtures/bad/html-injection.txt'),
    'utf8',
  );
  const start = html.indexOf('Nghị quyết số 35-NQ/TW');
  docs.push(
    makeDoc(
      html,
      {
        docType: 'Báo cáo',
        ownNumber: null,
        issuer: 'Ủy ban nhân dân huyện Thử Nghiệm',
        locality: null,
        date: null,
        year: 2023,
        title: '<b>kết quả</b> tuyên truyền năm 2023',
        signer: null,
        recipients: ['Lưu: VT.'],
        citations: [
          {
            surface: 'Nghị quyết số 35-NQ/TW',
            start,
            end: start + 'Nghị quyết số 35-NQ/TW'.length,
            type: 'Nghị quyết',
            number: '35',
            symbol: 'NQ/TW',
            yearInNumber: null,
            key: '35-NQ/TW',
            date: '2018-10-22',
            issuer: 'Bộ Chính trị',
            subject: 'tăng cường bảo vệ nền tảng tư tưởng của Đảng',
            relation: 'reports_on',
          },
        ],
        unnumberedRefs: [],
        units: [],
        localities: [],
        dates: [],
        warnings: [],
      },
      'html-injection.txt',
    ),
  );
  return docs;
}

function makeDoc(text: string, analysis: Analysis, fileName: string): Doc {
  const sha256 = createHash('sha256').update(text).digest('hex');
  const id = sha256.slice(0, 24);
  return {
    indexed: {
      id,
      title: analysis.title,
      docType: analysis.docType,
      ownNumber: analysis.ownNumber,
      issuer: analysis.issuer,
      locality: analysis.locality,
      date: analysis.date,
      year: analysis.year,
      text,
      citedKeys: [...new Set(analysis.citations.map((c) => c.key))] as string[],
      citations: analysis.citations,
      fileNames: [fileName],
    },
    derived: {
      id,
      sha256,
      names: [fileName],
      mime: 'text/plain',
      text,
      analysis,
      ocrPages: [],
      warnings: [],
    },
  };
}

function snippet(text: string, words: string[]): string {
  const folded = fold(text);
  const at =
    words
      .map((w) => folded.indexOf(w))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const from = Math.max(0, at - 80);
  const slice = text.slice(from, from + 240);
  let out = '';
  let i = 0;
  const fs = fold(slice);
  while (i < slice.length) {
    const w = words.find((word) => word && fs.startsWith(word, i));
    if (w) {
      out += `<mark>${escapeHtml(slice.slice(i, i + w.length))}</mark>`;
      i += w.length;
    } else {
      out += escapeHtml(slice[i] as string);
      i += 1;
    }
  }
  return `${from > 0 ? '… ' : ''}${out} …`;
}

function memoryIndex(docs: Doc[]): SearchIndexPort {
  const all = docs.map((d) => d.indexed);
  return {
    async search(p) {
      const q = p.q ?? '';
      const keyCandidates = [...actKeyCandidates(q), ...(/\b35\b/.test(q) ? ['35-NQ/TW'] : [])];
      const keys = keyCandidates
        .filter((k) => all.some((d) => d.citedKeys.includes(k)))
        .slice(0, 1);
      const words = keys.length ? [] : fold(q).split(/\s+/).filter(Boolean);
      let hits = all.filter((d) =>
        keys.length
          ? d.citedKeys.includes(keys[0] as string)
          : words.every((w) => fold(`${d.title ?? ''} ${d.text ?? ''}`).includes(w)),
      );
      if (p.cites) hits = hits.filter((d) => d.citedKeys.includes(p.cites as string));
      const count = (f: (d: IndexedDocument) => string | null) =>
        hits.reduce<Record<string, number>>((acc, d) => {
          const v = f(d);
          if (v) acc[v] = (acc[v] ?? 0) + 1;
          return acc;
        }, {});
      const facets = {
        year: count((d) => (d.year ? String(d.year) : null)),
        docType: count((d) => d.docType),
        issuer: count((d) => d.issuer),
      };
      if (p.year) hits = hits.filter((d) => d.year === p.year);
      if (p.type) hits = hits.filter((d) => d.docType === p.type);
      if (p.issuer) hits = hits.filter((d) => d.issuer === p.issuer);
      if (p.sort === 'date') hits = [...hits].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
      const marks = keys.length ? [fold(keys[0] as string)] : words;
      return {
        hits: hits.map((d) => ({
          id: d.id,
          title: d.title,
          docType: d.docType,
          ownNumber: d.ownNumber,
          issuer: d.issuer,
          date: d.date,
          year: d.year,
          snippet: snippet(d.text ?? '', marks),
        })),
        total: hits.length,
        facets,
        interpretation: { citations: keys },
      };
    },
    async getDocument(id) {
      return all.find((d) => d.id === id) ?? null;
    },
    async citingDocuments(key) {
      return all.filter((d) => d.citedKeys.includes(key));
    },
    async documentsByOwnKey(key) {
      return all.filter((d) => d.ownNumber === key);
    },
    async health() {
      return true;
    },
  };
}

function memoryAuth(): AuthStore {
  const sessions = new Map<string, string>();
  const user = { username: 'demo', role: 'uploader' as const, createdAt: '' };
  return {
    async createUser() {
      return user;
    },
    async verifyCredentials(u, p) {
      return u === 'demo' && p === 'demo' ? user : null;
    },
    async issueToken() {
      throw new Error('not in preview');
    },
    async putToken() {},
    async resolveToken() {
      return null;
    },
    async createSession(username) {
      const id = createHash('sha256').update(String(Math.random())).digest('base64url');
      sessions.set(id, username);
      return id;
    },
    async resolveSession(id) {
      return sessions.has(id) ? { kind: 'session', role: 'uploader', username: 'demo' } : null;
    },
    async deleteSession(id) {
      sessions.delete(id);
    },
  };
}

export function createPreviewApp(): { app: Hono; documentIds: string[] } {
  const docs = loadDocs();
  const config = {
    maxUploadBytes: 200 * 1024 * 1024,
    sessionTtlSeconds: 3600,
    cookieSecure: false,
    redisPrefix: 'preview',
  };
  const auth = memoryAuth();
  const store = {
    async getDerived(id: string) {
      return docs.find((d) => d.indexed.id === id)?.derived ?? null;
    },
    async openOriginal(sha: string) {
      const d = docs.find((x) => x.derived.sha256 === sha);
      return d ? { stream: Readable.from([Buffer.from(d.derived.text)]) } : null;
    },
  };
  const services = createServices({
    search: memoryIndex(docs),
    store,
    auth,
    config,
    logger: createSilentLogger(),
  });
  const app = new Hono();
  app.use('*', authenticate(auth));
  // Simulated ingest for the upload page: each poll moves files one step (queued → processing →
  // done); a file whose name contains "hong" fails. The real routes are routes/uploads.ts.
  const batches = new Map<string, { names: string[]; polls: number }>();
  app.post('/api/uploads', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const files = ([] as unknown[])
      .concat(body['file'] ?? [])
      .filter((f): f is File => f instanceof File);
    const batchId = `b${batches.size + 1}`;
    batches.set(batchId, { names: files.map((f) => f.name), polls: 0 });
    return c.json({ batchId, files: files.map((f) => ({ name: f.name, status: 'queued' })) }, 202);
  });
  app.get('/api/uploads/:id', (c) => {
    const batch = batches.get(c.req.param('id'));
    if (!batch) return c.json({ error: { code: 'not_found', message: 'Không có lô này.' } }, 404);
    batch.polls += 1;
    const files = batch.names.map((name, i) => {
      const step = batch.polls - i;
      if (step < 1) return { name, status: 'queued' };
      if (step < 3) return { name, status: 'processing' };
      if (name.includes('hong')) {
        return {
          name,
          status: 'failed',
          error: { code: 'corrupt_document', message: 'Tệp PDF bị hỏng.' },
        };
      }
      return { name, status: 'done', documentId: docs[0]?.indexed.id };
    });
    const counts = { queued: 0, processing: 0, done: 0, failed: 0, duplicate: 0 };
    for (const f of files) counts[f.status as keyof typeof counts] += 1;
    const status = counts.queued + counts.processing === 0 ? 'done' : 'processing';
    return c.json({ batchId: c.req.param('id'), status, counts, files });
  });
  app.route('/', createUiRoutes(services));
  return { app, documentIds: docs.map((d) => d.indexed.id) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { app, documentIds } = createPreviewApp();
  const port = Number(process.argv[2] ?? 8099);
  serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
    process.stdout.write(`preview on http://127.0.0.1:${port} docs: ${documentIds.join(' ')}\n`);
  });
}
