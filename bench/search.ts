/**
 * Search latency: N generated documents (bench/generate-corpus.ts) indexed into a real
 * Meilisearch 1.21 started here, then 16 concurrent clients run a mix of citation, keyword and
 * no-diacritics queries (1) through @vanban/search directly against Meilisearch and (2) through
 * the API (`GET /api/search`, started from services/api/src/main.ts with a real Redis), in the same
 * run. The mix is BENCH_MIX distinct queries generated from the corpus's own vocabulary, acts and
 * years (generateQueries), taken in a seeded random order; the two targets alternate in rounds so
 * that both see the same background load. Reports p50/p95/p99 overall and per kind, throughput,
 * the API/direct p95 ratio, the load average, and the RSS of Meilisearch, Redis, the API and this
 * load generator.
 *
 * A third target, the floor: Meilisearch asked over node:http for the query as typed with
 * nothing else (no filters, facets, total, exact-diacritic ranking or texts; 20 ids), the answer
 * read but not parsed. No search feature built on Meilisearch can be faster on this machine.
 *
 *   pnpm bench:search                      # 100 000 documents
 *   BENCH_DOCS=20000 pnpm bench:search     # smaller
 *   BENCH_DATA_DIR=/var/tmp/vb-100k pnpm bench:search
 *        # keeps Meilisearch's data there; a later run with the same BENCH_DOCS reuses the index
 *        # instead of indexing again (the indexing time is then not reported)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Agent, get, request as httpRequest } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Analysis } from '../packages/analysis/src/index.ts';
import { createSearchIndex, type DerivedDocument } from '../packages/search/src/index.ts';
import type { SearchParams } from '../packages/search/src/query.ts';
import { freePort, startMeilisearch, startRedis, stopAll } from '../scripts/lib/services.ts';
import {
  generateDocument,
  generateQueries,
  prng,
  type BenchQuery,
  type GeneratedDocument,
} from './generate-corpus.ts';

const DOCS = Number(process.env['BENCH_DOCS'] ?? '100000');
const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? '16');
const QUERIES = Number(process.env['BENCH_QUERIES'] ?? '3000');
/** distinct queries in the mix */
const MIX = Number(process.env['BENCH_MIX'] ?? '600');
/** rounds per target; the targets alternate (direct, API, direct, API, …) */
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? '3');
/** documents per indexing request; all requests are queued at once so Meilisearch batches them */
const BATCH = 5000;
/** a kept data directory (index reused across runs), or undefined for a throwaway one */
const DATA_DIR = process.env['BENCH_DATA_DIR'];
const IN_FLIGHT = 4;
const repoRoot = resolve(import.meta.dirname, '..');

const QUERY_MIX: BenchQuery[] = generateQueries(42, MIX);

/** The sequence of queries each target runs: the mix in a seeded random order, repeated. */
function querySequence(total: number, seed: number): BenchQuery[] {
  const rand = prng(seed);
  const out: BenchQuery[] = [];
  while (out.length < total) {
    const round = [...QUERY_MIX];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [round[i], round[j]] = [round[j] as BenchQuery, round[i] as BenchQuery];
    }
    out.push(...round);
  }
  return out.slice(0, total);
}

function paramsOf(query: BenchQuery): SearchParams {
  const { kind: _kind, ...params } = query;
  return params;
}

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

interface Sample {
  kind: BenchQuery['kind'];
  ms: number;
}

interface Measurement {
  samples: Sample[];
  seconds: number;
  errors: number;
  /** CPU ms each process used during the measurement */
  cpu: Record<string, number>;
  /** busy CPU time of the whole machine (every process), in core-seconds */
  machineBusy: number;
}

/** user + system CPU ms of a process (/proc/PID/stat, 100 ticks per second). */
async function processCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Busy core-seconds of the machine so far (/proc/stat: all but idle and iowait). */
async function machineBusySeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
  return (total - (ticks[3] ?? 0) - (ticks[4] ?? 0)) / 100;
}

/** Runs `work` and adds the CPU each named process used meanwhile. */
async function withCpu(
  processes: Record<string, number | undefined>,
  work: () => Promise<Omit<Measurement, 'cpu' | 'machineBusy'>>,
): Promise<Measurement> {
  const named = Object.entries(processes).filter((e): e is [string, number] => e[1] !== undefined);
  const before = await Promise.all(named.map(([, pid]) => processCpuMs(pid)));
  const busyBefore = await machineBusySeconds();
  const result = await work();
  const after = await Promise.all(named.map(([, pid]) => processCpuMs(pid)));
  const cpu = Object.fromEntries(
    named.map(([name], i) => [name, (after[i] ?? 0) - (before[i] ?? 0)]),
  );
  return { ...result, cpu, machineBusy: (await machineBusySeconds()) - busyBefore };
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

function stats(samples: readonly Sample[]): Stats {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Runs `queries` with CLIENTS closed-loop clients; latency of each request. */
async function measure(
  run: (params: SearchParams) => Promise<void>,
  queries: readonly BenchQuery[],
): Promise<Omit<Measurement, 'cpu' | 'machineBusy'>> {
  const samples: Sample[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (;;) {
        const i = next++;
        const query = queries[i];
        if (query === undefined) return;
        const t0 = performance.now();
        try {
          await run(paramsOf(query));
        } catch {
          errors += 1;
        }
        samples.push({ kind: query.kind, ms: performance.now() - t0 });
      }
    }),
  );
  return { samples, seconds: (performance.now() - started) / 1000, errors };
}

function merge(parts: readonly Measurement[]): Measurement {
  const cpu: Record<string, number> = {};
  for (const part of parts) {
    for (const [name, ms] of Object.entries(part.cpu)) cpu[name] = (cpu[name] ?? 0) + ms;
  }
  return {
    samples: parts.flatMap((p) => p.samples),
    seconds: parts.reduce((a, p) => a + p.seconds, 0),
    errors: parts.reduce((a, p) => a + p.errors, 0),
    cpu,
    machineBusy: parts.reduce((a, p) => a + p.machineBusy, 0),
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

/** The master key of a kept data directory (made on its first run). */
async function keptKey(dir: string): Promise<string> {
  const file = join(dir, 'master-key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = randomBytes(24).toString('hex');
    await writeFile(file, key);
    return key;
  }
}

const KINDS: ReadonlyArray<BenchQuery['kind']> = ['citation', 'keyword', 'no-diacritics'];

async function main(): Promise<void> {
  const root = DATA_DIR ?? (await mkdtemp(join(tmpdir(), 'vanban-bench-search-')));
  if (DATA_DIR !== undefined) await mkdir(DATA_DIR, { recursive: true });
  const masterKey =
    DATA_DIR === undefined ? randomBytes(24).toString('hex') : await keptKey(DATA_DIR);
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

    const uid = `${prefix}-documents`;
    const meiliHeaders = { authorization: `Bearer ${masterKey}` };
    const indexStats = (await (
      await fetch(`${meili.url}/indexes/${uid}/stats`, { headers: meiliHeaders })
    ).json()) as { numberOfDocuments?: number };
    const reuse = DATA_DIR !== undefined && indexStats.numberOfDocuments === DOCS;
    const t0 = performance.now();
    // up to IN_FLIGHT additions queued at once: Meilisearch indexes queued additions together
    // as one batch while the next ones are generated and sent
    const pending = new Set<Promise<void>>();
    for (let start = 0; !reuse && start < DOCS; start += BATCH) {
      const docs: DerivedDocument[] = [];
      for (let i = start; i < Math.min(DOCS, start + BATCH); i++) {
        docs.push(toDerived(generateDocument(42, i)));
      }
      const task: Promise<void> = index.upsertDocuments(docs).finally(() => pending.delete(task));
      pending.add(task);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    const indexSeconds = (performance.now() - t0) / 1000;
    const afterIndex = await rssMiB(meili.pid);
    const sample = await index.search({ q: 'NQ 35' });
    process.stdout.write(
      (reuse
        ? `reused the index of ${DOCS} documents in ${DATA_DIR}; `
        : `indexed ${DOCS} documents in ${fmt(indexSeconds)} s (${fmt(DOCS / indexSeconds)} docs/s); `) +
        `'NQ 35' → ${sample.total} hits, keys ${sample.interpretation.citations.join(', ')}\n`,
    );

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
    await waitForReady(`http://127.0.0.1:${apiPort}/readyz`, api, 60_000);
    const headers = { authorization: `Bearer ${token}` };
    // The reference asks Meilisearch for everything the API's answer is made of: the hits with
    // their texts (snippets), total, facets, and for a query naming one act that act's documents
    // (the API's act summary), in the same requests the API makes. What the API adds on top is
    // its own work: HTTP, auth, validation, the act summary and the JSON answer. BENCH_REFERENCE=
    // hits leaves the act's documents out (the reference of the runs before 2026-12-06 07:45).
    const withActDocuments = process.env['BENCH_REFERENCE'] !== 'hits';
    const direct = async (params: SearchParams) => {
      await index.search(params, { withActDocuments });
    };
    // The API's clients: node:http over kept-alive sockets, like the direct target's
    // @vanban/search client (fetch cost this load generator ~2 ms of CPU per request, taken
    // from the same two cores as the API and Meilisearch). The whole answer is read.
    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const viaApi = (params: SearchParams) => {
      const query = new URLSearchParams();
      for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, String(v));
      return new Promise<void>((resolveRequest, reject) => {
        const request = get(
          `http://127.0.0.1:${apiPort}/api/search?${query}`,
          { headers, agent },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
              if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}`));
              else if (Buffer.concat(chunks).length === 0) reject(new Error('empty answer'));
              else resolveRequest();
            });
          },
        );
        request.on('error', reject);
      });
    };

    // the floor: the query as typed, 20 ids, nothing else; the answer is read, not parsed
    const floorAgent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    const floor = (params: SearchParams) =>
      new Promise<void>((resolveRequest, reject) => {
        const body = JSON.stringify({ q: params.q ?? '', limit: 20, attributesToRetrieve: ['id'] });
        const request = httpRequest(
          `${meili.url}/indexes/${uid}/search`,
          {
            method: 'POST',
            agent: floorAgent,
            headers: {
              ...meiliHeaders,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              'accept-encoding': 'identity',
            },
          },
          (response) => {
            let size = 0;
            response.on('data', (chunk: Buffer) => {
              size += chunk.length;
            });
            response.on('error', reject);
            response.on('end', () => {
              if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}`));
              else if (size === 0) reject(new Error('empty answer'));
              else resolveRequest();
            });
          },
        );
        request.on('error', reject);
        request.end(body);
      });

    // warm-up: the whole mix once through each target (not measured)
    for (const query of QUERY_MIX) await direct(paramsOf(query));
    for (const query of QUERY_MIX) await viaApi(paramsOf(query));
    for (const query of QUERY_MIX) await floor(paramsOf(query));

    const directSequence = querySequence(QUERIES, 1);
    const apiSequence = querySequence(QUERIES, 2);
    const floorSequence = querySequence(QUERIES, 3);
    const per = Math.ceil(QUERIES / ROUNDS);
    const pids = {
      meilisearch: meili.pid,
      API: api.pid,
      redis: redis.pid,
      'load generator': process.pid,
    };
    const directParts: Measurement[] = [];
    const apiParts: Measurement[] = [];
    const floorParts: Measurement[] = [];
    const loads: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      loads.push(loadavg()[0] ?? 0);
      const slice = (sequence: BenchQuery[]) => sequence.slice(r * per, (r + 1) * per);
      directParts.push(await withCpu(pids, () => measure(direct, slice(directSequence))));
      loads.push(loadavg()[0] ?? 0);
      apiParts.push(await withCpu(pids, () => measure(viaApi, slice(apiSequence))));
      loads.push(loadavg()[0] ?? 0);
      floorParts.push(await withCpu(pids, () => measure(floor, slice(floorSequence))));
    }
    loads.push(loadavg()[0] ?? 0);
    agent.destroy();
    floorAgent.destroy();
    const afterSearch = await rssMiB(meili.pid);
    const rss = {
      redis: await rssMiB(redis.pid),
      api: api.pid === undefined ? undefined : await rssMiB(api.pid),
      bench: await rssMiB(process.pid),
    };

    const measured = {
      direct: merge(directParts),
      api: merge(apiParts),
      floor: merge(floorParts),
    };
    const row = (name: string, m: Measurement) => {
      const all = stats(m.samples);
      return `| ${name} | ${fmt(all.p50)} | ${fmt(all.p95)} | ${fmt(all.p99)} | ${fmt(m.samples.length / m.seconds)} | ${m.errors} |`;
    };
    const kindRow = (name: string, m: Measurement, kind: BenchQuery['kind']) => {
      const k = stats(m.samples.filter((x) => x.kind === kind));
      return `| ${name} | ${kind} (${k.n}) | ${fmt(k.p50)} | ${fmt(k.p95)} | ${fmt(k.p99)} |`;
    };
    const cores = availableParallelism();
    const cpuRow = (name: string, m: Measurement) => {
      const per = (ms: number) => (ms / m.samples.length).toFixed(2);
      const all = Object.values(m.cpu).reduce((a, b) => a + b, 0);
      const busy = m.machineBusy / (m.seconds * cores);
      return `| ${name} | ${Object.keys(pids)
        .map((k) => per(m.cpu[k] ?? 0))
        .join(' | ')} | ${per(all)} | ${(busy * 100).toFixed(0)} % |`;
    };
    const directP95 = stats(measured.direct.samples).p95;
    const apiP95 = stats(measured.api.samples).p95;
    const mem = (name: string, m: { rss: number; peak: number } | undefined) =>
      m === undefined ? `${name}: ?` : `${name} ${fmt(m.rss)} MiB (peak ${fmt(m.peak)})`;
    const lines = [
      `documents: ${DOCS}, clients: ${CLIENTS}, queries per target: ${QUERIES} in ${ROUNDS} alternating rounds, ` +
        `mix of ${QUERY_MIX.length} distinct queries (${KINDS.map((k) => `${QUERY_MIX.filter((q) => q.kind === k).length} ${k}`).join(', ')})`,
      `load average (1 min) before/after each round: ${loads.map((l) => l.toFixed(1)).join(', ')}`,
      '| target | p50 ms | p95 ms | p99 ms | queries/s | errors |',
      '|---|---|---|---|---|---|',
      row('@vanban/search → Meilisearch (reference)', measured.direct),
      row('GET /api/search (API)', measured.api),
      row('floor: Meilisearch, query as typed, 20 ids, nothing else', measured.floor),
      `API/direct p95 ratio: ${(apiP95 / directP95).toFixed(2)}`,
      `CPU ms per query by process (machine busy: core-seconds used by every process on the machine / (wall seconds × ${cores} cores)):`,
      `| target | ${Object.keys(pids).join(' | ')} | all four | machine busy |`,
      `|---|${Object.keys(pids)
        .map(() => '---|')
        .join('')}---|---|`,
      cpuRow('direct', measured.direct),
      cpuRow('API', measured.api),
      cpuRow('floor', measured.floor),
      '| target | kind (n) | p50 ms | p95 ms | p99 ms |',
      '|---|---|---|---|---|',
      ...KINDS.map((k) => kindRow('direct', measured.direct, k)),
      ...KINDS.map((k) => kindRow('API', measured.api, k)),
      ...KINDS.map((k) => kindRow('floor', measured.floor, k)),
      `meilisearch RSS after indexing: ${fmt(afterIndex.rss)} MiB, after queries: ${fmt(afterSearch.rss)} MiB, peak: ${fmt(afterSearch.peak)} MiB`,
      `RSS after queries: ${mem('redis', rss.redis)}, ${mem('API', rss.api)}, ${mem('load generator (incl. @vanban/search client)', rss.bench)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api?.once('exit', r));
    }
    await stopAll([redis, meili]);
    if (DATA_DIR === undefined) await rm(root, { recursive: true, force: true });
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
