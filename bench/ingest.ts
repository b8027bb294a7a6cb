/**
 * End-to-end ingest benchmark (`pnpm run bench:ingest [COUNT]`, default 2000 documents):
 * upload → blob store → queue → worker (extract + analyse in a thread) → derived record →
 * Meilisearch upsert (awaited) → batch done, with 1 worker and then 2 workers (each with
 * WORKER_CONCURRENCY 2) against one Meilisearch and one Redis started for the run.
 * The reference is the 1-worker run of the same run; peak RSS of every process is sampled from
 * /proc every 200 ms.
 *
 * Documents: bench/generate-corpus.ts `generateDocument(seed, i)` (search engineer's generator),
 * otherwise the deterministic TXT generator of fixtures/scripts/make-many.ts. Each
 * run gets a fresh stack (own index, queue prefix and data dir), so no run sees another's data.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildZip } from '../fixtures/scripts/lib/zip-writer.ts';
import { makeManyDocuments } from '../fixtures/scripts/make-many.ts';
import { startMeilisearch, startRedis, stopAll } from '../scripts/lib/services.ts';
import { startStack, type Stack } from '../test/helpers/stack.ts';

const COUNT = Number(process.argv[2] ?? 2000);
const WORKER_SETUPS = [1, 2];
/** documents per uploaded zip (one upload request each) */
const ZIP_SIZE = 1000;

interface Doc {
  path: string;
  text: string;
}

async function corpus(count: number): Promise<{ docs: Doc[]; source: string }> {
  const generator = new URL('./generate-corpus.ts', import.meta.url);
  if (existsSync(generator)) {
    const mod = (await import(generator.href)) as Record<string, unknown>;
    const generate = mod['generateDocument'];
    if (typeof generate === 'function') {
      const docs: Doc[] = [];
      for (let i = 0; i < count; i += 1) {
        const doc = (generate as (seed: number, index: number) => { year: number; text: string })(
          20261122,
          i,
        );
        docs.push({
          path: `${doc.year}/tai-lieu-${String(i).padStart(6, '0')}.txt`,
          text: doc.text,
        });
      }
      return { docs, source: 'bench/generate-corpus.ts generateDocument' };
    }
  }
  return { docs: makeManyDocuments(count), source: 'fixtures/scripts/make-many.ts' };
}

async function rssKb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)/.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function sampleRss(pids: Record<string, number>): { stop(): Record<string, number> } {
  const peak: Record<string, number> = Object.fromEntries(Object.keys(pids).map((k) => [k, 0]));
  const timer = setInterval(() => {
    for (const [name, pid] of Object.entries(pids)) {
      void rssKb(pid).then((kb) => {
        peak[name] = Math.max(peak[name] ?? 0, kb);
      });
    }
  }, 200);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

interface RunResult {
  workers: number;
  seconds: number;
  docsPerSecond: number;
  peakRssMb: Record<string, number>;
  done: number;
  failed: number;
}

async function runOnce(
  workers: number,
  zips: string[],
  services: {
    meiliUrl: string;
    meiliKey: string;
    redisUrl: string;
    meiliPid: number;
    redisPid: number;
  },
): Promise<RunResult> {
  const stack: Stack = await startStack({
    workers,
    workerConcurrency: 2,
    services,
  });
  try {
    const pids: Record<string, number> = {
      api: stack.api.pid,
      meilisearch: services.meiliPid,
      redis: services.redisPid,
    };
    stack.workers.forEach((w, i) => (pids[`worker${i}`] = w.pid));
    const sampler = sampleRss(pids);
    const started = performance.now();
    const batchIds: string[] = [];
    for (const zip of zips) batchIds.push((await stack.uploadFiles([{ path: zip }])).batchId);
    let done = 0;
    let failed = 0;
    for (const id of batchIds) {
      const batch = await stack.waitForBatch(id, { timeoutMs: 3_600_000 });
      done += batch.counts.done;
      failed += batch.counts.failed;
    }
    const seconds = (performance.now() - started) / 1000;
    const peak = sampler.stop();
    const indexed = await stack.indexedCount();
    if (indexed !== COUNT)
      throw new Error(`expected ${COUNT} documents in the index, found ${indexed}`);
    return {
      workers,
      seconds,
      docsPerSecond: done / seconds,
      peakRssMb: Object.fromEntries(
        Object.entries(peak).map(([k, kb]) => [k, Math.round(kb / 1024)]),
      ),
      done,
      failed,
    };
  } finally {
    await stack.stop();
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'vanban-bench-ingest-'));
  const masterKey = randomBytes(24).toString('hex');
  const [meili, redis] = await Promise.all([
    startMeilisearch({ dataDir: join(root, 'meili'), masterKey }),
    startRedis({ dataDir: join(root, 'redis') }),
  ]);
  try {
    const { docs, source } = await corpus(COUNT);
    const zips: string[] = [];
    for (let i = 0; i < docs.length; i += ZIP_SIZE) {
      const part = docs.slice(i, i + ZIP_SIZE);
      const path = join(root, `corpus-${i / ZIP_SIZE}.zip`);
      await writeFile(
        path,
        buildZip(part.map((d) => ({ name: d.path, data: Buffer.from(d.text, 'utf8') }))),
      );
      zips.push(path);
    }
    const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    console.log(
      `ingest benchmark: ${COUNT} TXT documents (${(bytes / 1e6).toFixed(1)} MB, from ${source}), ${zips.length} zip upload(s); ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`,
    );
    const services = {
      meiliUrl: meili.url,
      meiliKey: masterKey,
      redisUrl: redis.url,
      meiliPid: meili.pid,
      redisPid: redis.pid,
    };
    const results: RunResult[] = [];
    for (const workers of WORKER_SETUPS) {
      const result = await runOnce(workers, zips, services);
      results.push(result);
      console.log(
        `  ${workers} worker(s) × concurrency 2: ${result.seconds.toFixed(1)} s, ${result.docsPerSecond.toFixed(1)} docs/s (done ${result.done}, failed ${result.failed}); peak RSS MB ${JSON.stringify(result.peakRssMb)}`,
      );
    }
    const reference = results[0];
    if (reference) {
      for (const result of results.slice(1)) {
        console.log(
          `  speed-up of ${result.workers} workers vs 1 worker (reference, same run): ${(result.docsPerSecond / reference.docsPerSecond).toFixed(2)}×`,
        );
      }
      const hours = 100_000 / reference.docsPerSecond / 3600;
      console.log(
        `  extrapolated time for 100,000 such documents with 1 worker: ${hours.toFixed(1)} h`,
      );
    }
  } finally {
    await stopAll([redis, meili]);
    await rm(root, { recursive: true, force: true });
  }
}

await main();
