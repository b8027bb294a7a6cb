/**
 * End-to-end ingest benchmark (`pnpm run bench:ingest [COUNT]`, default 2000 documents):
 * upload → blob store → queue → worker (extract + analyse in a thread) → derived record →
 * Meilisearch upsert (awaited) → batch done, with 1 worker and then 2 workers (each with
 * WORKER_CONCURRENCY 2) against one Meilisearch and one Redis started for the run.
 * The reference is the 1-worker run of the same run; peak RSS of every process is sampled from
 * /proc every 200 ms.
 *
 * Options: `--workers=1,2` setups to run (the first is the reference; a single setup per
 * invocation keeps a long run short), `--uploads=N` upload requests at once (default 2),
 * `--env=K=V,...` extra environment for the API and workers (e.g. WORKER_ACTIVE_JOBS=16),
 * `--keep` keeps each stack's logs (job logs carry admitMs / deriveMs / indexMs per document).
 * Progress (documents indexed, load average) is printed every 30 s.
 *
 * Documents: bench/generate-corpus.ts `generateDocument(seed, i)` (search engineer's generator),
 * otherwise the deterministic TXT generator of fixtures/scripts/make-many.ts. Each
 * run gets a fresh stack (own index, queue prefix and data dir), so no run sees another's data.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildZip } from '../fixtures/scripts/lib/zip-writer.ts';
import { makeManyDocuments } from '../fixtures/scripts/make-many.ts';
import { startMeilisearch, startRedis, stopAll } from '../scripts/lib/services.ts';
import { startStack, type Stack } from '../test/helpers/stack.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const COUNT = Number(args.find((a) => !a.startsWith('--')) ?? 2000);
/** `--workers=1,2` (default): the setups to run, the first one is the reference */
const WORKER_SETUPS = (flag('workers') ?? '1,2').split(',').map(Number);
/** `--uploads=N`: upload requests at once (default 2) */
const UPLOADS = Number(flag('uploads') ?? 2);
/** `--keep`: keep each stack's data dir and logs (printed) for inspection */
const KEEP = args.includes('--keep');
/** `--env=K=V,K=V`: extra environment for the API and workers (e.g. WORKER_ACTIVE_JOBS=64) */
const EXTRA_ENV = Object.fromEntries(
  (flag('env') ?? '')
    .split(',')
    .filter((kv) => kv.includes('='))
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
);
/** documents per uploaded zip (one upload request each) */
const ZIP_SIZE = 1000;

interface Doc {
  path: string;
  text: string;
}

type Generate = (seed: number, index: number) => { year: number; text: string };

/** The corpus in parts of ZIP_SIZE documents (never all in memory at once). */
async function corpus(count: number): Promise<{ parts: () => Iterable<Doc[]>; source: string }> {
  const generator = new URL('./generate-corpus.ts', import.meta.url);
  if (existsSync(generator)) {
    const mod = (await import(generator.href)) as Record<string, unknown>;
    const generate = mod['generateDocument'];
    if (typeof generate === 'function') {
      return {
        *parts() {
          for (let start = 0; start < count; start += ZIP_SIZE) {
            const docs: Doc[] = [];
            for (let i = start; i < Math.min(count, start + ZIP_SIZE); i += 1) {
              const doc = (generate as Generate)(20261122, i);
              docs.push({
                path: `${doc.year}/tai-lieu-${String(i).padStart(6, '0')}.txt`,
                text: doc.text,
              });
            }
            yield docs;
          }
        },
        source: 'bench/generate-corpus.ts generateDocument',
      };
    }
  }
  const docs = makeManyDocuments(count);
  return {
    *parts() {
      for (let i = 0; i < docs.length; i += ZIP_SIZE) yield docs.slice(i, i + ZIP_SIZE);
    },
    source: 'fixtures/scripts/make-many.ts',
  };
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

/** user + system CPU seconds of a process (all its threads) so far, from /proc/<pid>/stat */
async function cpuSeconds(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields after the command: state is [0], utime [11], stime [12] (clock ticks, 100 Hz)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function cpuOf(pids: Record<string, number>): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(pids).map(async ([name, pid]) => [name, await cpuSeconds(pid)] as const),
  );
  return Object.fromEntries(entries);
}

interface RunResult {
  workers: number;
  seconds: number;
  docsPerSecond: number;
  peakRssMb: Record<string, number>;
  done: number;
  failed: number;
  /** CPU milliseconds (user + system) each process spent per document during the run */
  cpuMsPerDoc: Record<string, number>;
  /** from the first POST until every upload was answered 202 */
  uploadSeconds: number;
  /** 1-minute load average: lowest and highest seen during the run */
  load: number[];
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
    keep: KEEP,
    env: EXTRA_ENV,
  });
  try {
    const pids: Record<string, number> = {
      api: stack.api.pid,
      meilisearch: services.meiliPid,
      redis: services.redisPid,
    };
    stack.workers.forEach((w, i) => (pids[`worker${i}`] = w.pid));
    const sampler = sampleRss(pids);
    const cpuBefore = await cpuOf(pids);
    const load = [loadavg()[0] ?? 0];
    const started = performance.now();
    const progress = setInterval(() => {
      void stack.indexedCount().then((n) => {
        const s = (performance.now() - started) / 1000;
        load.push(loadavg()[0] ?? 0);
        console.log(`    ${s.toFixed(0)} s: ${n} indexed (load ${loadavg()[0]?.toFixed(1)})`);
      });
    }, 30_000);
    // UPLOADS requests at once, like several clients (or `vanban ingest` on several folders)
    const batchIds: string[] = new Array<string>(zips.length);
    let nextZip = 0;
    const uploader = async (): Promise<void> => {
      for (let i = nextZip++; i < zips.length; i = nextZip++) {
        batchIds[i] = (await stack.uploadFiles([{ path: zips[i]! }])).batchId;
      }
    };
    await Promise.all(Array.from({ length: Math.min(UPLOADS, zips.length) }, uploader));
    const uploadSeconds = (performance.now() - started) / 1000;
    let done = 0;
    let failed = 0;
    for (const id of batchIds) {
      const batch = await stack.waitForBatch(id, { timeoutMs: 3_600_000 });
      done += batch.counts.done;
      failed += batch.counts.failed;
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(progress);
    load.push(loadavg()[0] ?? 0);
    const peak = sampler.stop();
    const cpuAfter = await cpuOf(pids);
    const indexed = await stack.indexedCount();
    if (indexed !== COUNT)
      throw new Error(`expected ${COUNT} documents in the index, found ${indexed}`);
    return {
      workers,
      seconds,
      docsPerSecond: done / seconds,
      uploadSeconds,
      cpuMsPerDoc: Object.fromEntries(
        Object.keys(pids).map((k) => [
          k,
          Math.round((((cpuAfter[k] ?? 0) - (cpuBefore[k] ?? 0)) * 1000 * 10) / COUNT) / 10,
        ]),
      ),
      load: [Math.min(...load), Math.max(...load)],
      peakRssMb: Object.fromEntries(
        Object.entries(peak).map(([k, kb]) => [k, Math.round(kb / 1024)]),
      ),
      done,
      failed,
    };
  } finally {
    await stack.stop();
    if (KEEP) console.log(`  kept ${stack.dataDir}/../logs`);
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
    const { parts, source } = await corpus(COUNT);
    const zips: string[] = [];
    let bytes = 0;
    for (const part of parts()) {
      const path = join(root, `corpus-${zips.length}.zip`);
      const files = part.map((d) => ({ name: d.path, data: Buffer.from(d.text, 'utf8') }));
      bytes += files.reduce((n, f) => n + f.data.length, 0);
      await writeFile(path, buildZip(files));
      zips.push(path);
    }
    console.log(
      `ingest benchmark: ${COUNT} TXT documents (${(bytes / 1e6).toFixed(1)} MB, from ${source}), ${zips.length} zip upload(s), ${UPLOADS} at once; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`,
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
        `  ${workers} worker(s) × concurrency 2: ${result.seconds.toFixed(1)} s, ${result.docsPerSecond.toFixed(1)} docs/s (done ${result.done}, failed ${result.failed}); uploads answered after ${result.uploadSeconds.toFixed(1)} s; load ${result.load.map((l) => l.toFixed(1)).join('–')}; peak RSS MB ${JSON.stringify(result.peakRssMb)}; CPU ms/doc ${JSON.stringify(result.cpuMsPerDoc)}`,
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
