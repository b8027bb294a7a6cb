/**
 * Search latency: N generated documents (bench/generate-corpus.ts) indexed into a real
 * Meilisearch 1.21 started here, then 16 concurrent clients run a mix of citation, keyword and
 * no-diacritics queries (1) through @vanban/search directly against Meilisearch and (2) through
 * the API (`GET /api/search`, started from services/api/src/main.ts with a real Redis), in the same
 * run. Reports p50/p95/p99, throughput, the API/direct p95 ratio and Meilisearch's RSS.
 *
 *   pnpm bench:search                      # 100 000 documents
 *   BENCH_DOCS=20000 pnpm bench:search     # smaller
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Analysis } from '../packages/analysis/src/index.ts';
import { createSearchIndex, type DerivedDocument } from '../packages/search/src/index.ts';
import type { SearchParams } from '../packages/search/src/query.ts';
import { freePort, startMeilisearch, startRedis, stopAll } from '../scripts/lib/services.ts';
import { generateDocument, type GeneratedDocument } from './generate-corpus.ts';

const DOCS = Number(process.env['BENCH_DOCS'] ?? '100000');
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? '16');
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? '3000');
const BATCH = 2000;
const repoRoot = resolve(import.meta.dirname, '..');

const QUERY_MIX: SearchParams[] = [
  // citations, every form
  { q: 'Nghị quyết 35-NQ/TW' },
  { q: 'nghi quyet 35-nq/tw' },
  { q: 'NQ 35' },
  { q: '35/NQ-TW' },
  { q: 'Kế hoạch 102-KH/TU' },
  { q: '09/2017/NĐ-CP' },
  { q: 'Chỉ thị 05-CT/TW', sort: 'date' },
  // keywords with diacritics
  { q: 'bảo vệ nền tảng tư tưởng' },
  { q: 'chuyển đổi số' },
  { q: 'phòng, chống tham nhũng', year: 2021 },
  { q: 'Ban Chỉ đạo 35' },
  // without diacritics
  { q: 'bao ve nen tang tu tuong' },
  { q: 'phong chong tham nhung' },
  { q: 'nong thon moi giam ngheo', yearFrom: 2018, yearTo: 2022 },
  { q: 'dang vien', type: 'Báo cáo' },
  { q: 'thong tin doi ngoai', sort: 'date' },
];

function toDerived(doc: GeneratedDocument): DerivedDocument {
  const analysis: Analysis = {
    docType: doc.docType,
    ownNumber: doc.ownNumber,
    issuer: doc.issuer,
    locality: doc.locality,
    date: doc.date,
    year: doc.year,
    title: doc.title,
    signer: null,
    recipients: [],
    citations: doc.citedKeys.map((key) => {
      const start = Math.max(0, doc.text.indexOf(key));
      return {
        surface: key,
        start,
        end: start + key.length,
        type: null,
        number: key.split(/[-/]/)[0] ?? '',
        symbol: key.replace(/^\d+[-/]/, ''),
        yearInNumber: null,
        key,
        date: null,
        issuer: null,
        subject: null,
        relation: 'mentions' as const,
      };
    }),
    unnumberedRefs: [],
    units: [],
    localities: [doc.locality],
    dates: [],
    warnings: [],
  };
  return {
    id: doc.id,
    sha256: doc.id.padEnd(64, '0'),
    names: [`${doc.id}.txt`],
    mime: 'text/plain',
    text: doc.text,
    analysis,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface Measurement {
  p50: number;
  p95: number;
  p99: number;
  qps: number;
  errors: number;
}

async function measure(
  run: (params: SearchParams) => Promise<void>,
  total: number,
): Promise<Measurement> {
  // warm-up: every query once
  for (const params of QUERY_MIX) await run(params);
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const params = QUERY_MIX[i % QUERY_MIX.length] ?? {};
        const t0 = performance.now();
        try {
          await run(params);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    qps: total / seconds,
    errors,
  };
}

async function rssMiB(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

async function waitForReady(url: string, api: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

const fmt = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'vanban-bench-search-'));
  const masterKey = randomBytes(24).toString('hex');
  const meili = await startMeilisearch({ dataDir: join(root, 'meili'), masterKey });
  const redis = await startRedis({ dataDir: join(root, 'redis') });
  let api: ChildProcess | undefined;
  try {
    const prefix = 'bench';
    const index = createSearchIndex({
      url: meili.url,
      apiKey: masterKey,
      prefix,
      timeoutMs: 300_000,
      taskTimeoutMs: 3_600_000,
    });
    await index.ensureIndex();

    const t0 = performance.now();
    // two batches in flight: Meilisearch indexes one while the next is being sent
    let inFlight: Promise<void> | undefined;
    for (let start = 0; start < DOCS; start += BATCH) {
      const docs: DerivedDocument[] = [];
      for (let i = start; i < Math.min(DOCS, start + BATCH); i++) {
        docs.push(toDerived(generateDocument(42, i)));
      }
      const previous = inFlight;
      inFlight = index.upsertDocuments(docs);
      await previous;
    }
    await inFlight;
    const indexSeconds = (performance.now() - t0) / 1000;
    const afterIndex = await rssMiB(meili.pid);
    const sample = await index.search({ q: 'NQ 35' });
    process.stdout.write(
      `indexed ${DOCS} documents in ${fmt(indexSeconds)} s (${fmt(DOCS / indexSeconds)} docs/s); ` +
        `'NQ 35' → ${sample.total} hits, keys ${sample.interpretation.citations.join(', ')}\n`,
    );

    const direct = await measure(async (params) => {
      await index.search(params);
    }, QUERIES);

    let viaApi: Measurement | undefined;
    const apiPort = await freePort();
    const token = randomBytes(24).toString('hex');
    api = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/main.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(apiPort),
        MEILI_URL: meili.url,
        MEILI_MASTER_KEY: masterKey,
        REDIS_URL: redis.url,
        VANBAN_DATA_DIR: join(root, 'data'),
        VANBAN_INDEX_PREFIX: prefix,
        VANBAN_QUEUE_PREFIX: prefix,
        VANBAN_BOOTSTRAP_TOKEN: token,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      await waitForReady(`http://127.0.0.1:${apiPort}/readyz`, api, 60_000);
      const headers = { authorization: `Bearer ${token}` };
      viaApi = await measure(async (params) => {
        const query = new URLSearchParams();
        for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, String(v));
        const response = await fetch(`http://127.0.0.1:${apiPort}/api/search?${query}`, {
          headers,
        });
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        await response.arrayBuffer();
      }, QUERIES);
    } catch (error) {
      process.stdout.write(`API not measured: ${(error as Error).message}\n`);
    }
    const afterSearch = await rssMiB(meili.pid);

    const row = (name: string, m: Measurement) =>
      `| ${name} | ${fmt(m.p50)} | ${fmt(m.p95)} | ${fmt(m.p99)} | ${fmt(m.qps)} | ${m.errors} |`;
    const lines = [
      `documents: ${DOCS}, clients: ${CLIENTS}, queries per target: ${QUERIES} (mix of ${QUERY_MIX.length})`,
      '| target | p50 ms | p95 ms | p99 ms | queries/s | errors |',
      '|---|---|---|---|---|---|',
      row('@vanban/search → Meilisearch (reference)', direct),
      ...(viaApi ? [row('GET /api/search (API)', viaApi)] : []),
      ...(viaApi ? [`API/direct p95 ratio: ${(viaApi.p95 / direct.p95).toFixed(2)}`] : []),
      `meilisearch RSS after indexing: ${fmt(afterIndex.rss)} MiB, after queries: ${fmt(afterSearch.rss)} MiB, peak: ${fmt(afterSearch.peak)} MiB`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api?.once('exit', r));
    }
    await stopAll([redis, meili]);
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  if (error instanceof Error && error.cause !== undefined) {
    process.stderr.write(`cause: ${String(error.cause)}\n`);
  }
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
