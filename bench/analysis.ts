/**
 * Analysis throughput (`pnpm bench:analysis`), single thread on one core.
 * Corpus: the five seeds repeated with varied numbers, years, issuers and places (≥ 8 MB UTF-8),
 * analysed one document per call, as the worker does. Figures, all measured in this run:
 *  - `analyze()` (identity + citations + dates + entities), MB/s;
 *  - the citation and date half alone (fold once, then citations and dates), MB/s;
 *  - the rest of analyze() (identity, units, localities, unnumbered references): analyze() minus
 *    the half, in CPU ms per round and MB/s;
 *  - a naive reference: one regex scan for `<digits>[-/]<SYMBOL>` over the same documents, and the
 *    time ratio of the analyser to it.
 * Usage: node --import tsx bench/analysis.ts [MB=8] [rounds=5]
 */
import { availableParallelism, loadavg } from 'node:os';
import { analyze } from '../packages/analysis/src/index.ts';
import { foldText } from '../packages/analysis/src/text/index.ts';
import { findCitationsFolded } from '../packages/analysis/src/citations/index.ts';
import { findDatesFolded } from '../packages/analysis/src/dates/index.ts';
import { buildCorpus } from './analysis-corpus.ts';

const MB = Number(process.argv[2] ?? 8);
const ROUNDS = Number(process.argv[3] ?? 5);

const docs = buildCorpus(MB * 1_000_000);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

const NAIVE = /\d+\s?[-/]\s?[A-ZĐ][A-ZĐa-z]*(?:[-/][A-ZĐ][A-ZĐa-z]*)*/gu;

/** Best of ROUNDS, in wall-clock ms and in CPU ms of this process (user + system). */
function timeIt(fn: () => number): { ms: number; cpu: number; out: number } {
  let best = Infinity;
  let bestCpu = Infinity;
  let out = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    out = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    best = Math.min(best, ms);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000);
  }
  return { ms: best, cpu: bestCpu, out };
}

const fullRun = (): number => docs.reduce((n, d) => n + analyze(d).citations.length, 0);
// the citation and date half as analyze() runs it: one folded copy, citations and dates on it
const halfRun = (): number =>
  docs.reduce((n, d) => {
    const folded = foldText(d);
    findDatesFolded(folded);
    return n + findCitationsFolded(folded).citations.length;
  }, 0);
const naiveRun = (): number => docs.reduce((n, d) => n + (d.match(NAIVE)?.length ?? 0), 0);

// warm up (JIT) on a slice, then measure best of ROUNDS
for (const d of docs.slice(0, 50)) analyze(d);
const naive = timeIt(naiveRun);
const half = timeIt(halfRun);
const full = timeIt(fullRun);

const mbs = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
const line = (label: string, t: { ms: number; cpu: number; out: number }, unit: string): string =>
  `${label.padEnd(54)} wall ${t.ms.toFixed(0)} ms → ${mbs(t.ms)} MB/s; CPU ${t.cpu.toFixed(0)} ms → ${mbs(t.cpu)} MB/s per core; ${t.out} ${unit}`;
console.log(
  `corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB UTF-8; best of ${ROUNDS} rounds, one thread; ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
);
console.log(line('analyze() (identity + citations + dates + entities)', full, 'citations'));
console.log(line('citations + dates (fold, findCitations, findDates)', half, 'citations'));
const restCpu = full.cpu - half.cpu;
console.log(
  `${'identity + entities (analyze() − citations/dates)'.padEnd(54)} CPU ${restCpu.toFixed(0)} ms → ${mbs(restCpu)} MB/s per core`,
);
console.log(line('naive reference: one regex scan <digits>[-/]<SYMBOL>', naive, 'matches'));
console.log(
  `ratio to naive (CPU): analyze() ${(full.cpu / naive.cpu).toFixed(0)}×, citations + dates ${(half.cpu / naive.cpu).toFixed(0)}×`,
);
