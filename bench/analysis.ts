/**
 * Analysis throughput (`pnpm bench:analysis`), single thread on one core.
 * Corpus: the five seeds repeated with varied numbers, years, issuers and places (≥ 8 MB UTF-8),
 * analysed one document per call, as the worker does. Figures, all measured in this run, in rounds that
 * alternate the measured passes (the host's speed drifts within minutes, so every figure of a round is
 * taken at the same moment):
 *  - `analyze()` (identity + citations + dates + entities), MB/s;
 *  - the citation and date half alone (fold once, then citations and dates), MB/s;
 *  - the rest of analyze() (identity, units, localities, unnumbered references): analyze() minus
 *    the half, in CPU ms per round and MB/s;
 *  - a naive reference: one regex scan for `<digits>[-/]<SYMBOL>` over the same documents, and the
 *    time ratio of the analyser to it;
 *  - with `--base DIR` (a checkout of an earlier version, e.g. a `git worktree`), that version's
 *    `analyze()` in the same rounds, and the ratio of the two.
 * Each figure: best and median of ROUNDS, CPU time of this process (user + system).
 * Usage: node --import tsx bench/analysis.ts [MB=8] [ROUNDS=5] [--base DIR]
 */
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../packages/analysis/src/index.ts';
import { foldText } from '../packages/analysis/src/text/index.ts';
import { findCitationsFolded } from '../packages/analysis/src/citations/index.ts';
import { findDatesFolded } from '../packages/analysis/src/dates/index.ts';
import { buildCorpus } from './analysis-corpus.ts';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const baseDir = baseAt >= 0 ? args[baseAt + 1] : undefined;
const positional = args.filter((_, i) => baseAt < 0 || (i !== baseAt && i !== baseAt + 1));
const MB = Number(positional[0] ?? 8);
const ROUNDS = Number(positional[1] ?? 5);

type Analyze = (text: string) => { citations: readonly unknown[] };
const baseAnalyze: Analyze | undefined =
  baseDir === undefined
    ? undefined
    : (
        (await import(pathToFileURL(resolve(baseDir, 'packages/analysis/src/index.ts')).href)) as {
          analyze: Analyze;
        }
      ).analyze;

const docs = buildCorpus(MB * 1_000_000);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

const NAIVE = /\d+\s?[-/]\s?[A-ZĐ][A-ZĐa-z]*(?:[-/][A-ZĐ][A-ZĐa-z]*)*/gu;

interface Pass {
  label: string;
  unit: string;
  run: () => number;
  cpu: number[];
  wall: number[];
  out: number;
}
const pass = (label: string, unit: string, run: () => number): Pass => ({
  label,
  unit,
  run,
  cpu: [],
  wall: [],
  out: 0,
});

const naive = pass('naive reference: one regex scan <digits>[-/]<SYMBOL>', 'matches', () =>
  docs.reduce((n, d) => n + (d.match(NAIVE)?.length ?? 0), 0),
);
// the citation and date half as analyze() runs it: one folded copy, citations and dates on it
const half = pass('citations + dates (fold, findCitations, findDates)', 'citations', () =>
  docs.reduce((n, d) => {
    const folded = foldText(d);
    findDatesFolded(folded);
    return n + findCitationsFolded(folded).citations.length;
  }, 0),
);
const full = pass('analyze() (identity + citations + dates + entities)', 'citations', () =>
  docs.reduce((n, d) => n + analyze(d).citations.length, 0),
);
const base =
  baseAnalyze === undefined
    ? undefined
    : pass(`analyze() of --base ${baseDir}`, 'citations', () =>
        docs.reduce((n, d) => n + baseAnalyze(d).citations.length, 0),
      );
const passes = [naive, half, full, ...(base ? [base] : [])];

// warm up: one untimed pass of each over the whole corpus (the worker is a long-running process; the
// first pass pays the JIT's compilation and the regexes' first compilation)
for (const p of passes) p.run();
for (let r = 0; r < ROUNDS; r++) {
  // alternate the order so no pass always follows the same one
  for (const p of r % 2 === 0 ? passes : [...passes].reverse()) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    p.out = p.run();
    p.wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    p.cpu.push((c.user + c.system) / 1000);
  }
}

const best = (xs: number[]): number => Math.min(...xs);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mbs = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
const line = (p: Pass): string =>
  `${p.label.padEnd(54)} CPU best ${best(p.cpu).toFixed(0)} ms → ${mbs(best(p.cpu))} MB/s per core, ` +
  `median ${median(p.cpu).toFixed(0)} ms → ${mbs(median(p.cpu))} MB/s; wall best ${best(p.wall).toFixed(0)} ms; ${p.out} ${p.unit}`;

console.log(
  `corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB UTF-8; ${ROUNDS} alternating rounds, one thread; ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
);
console.log(line(full));
console.log(line(half));
const restBest = best(full.cpu.map((c, i) => c - half.cpu[i]!));
const restMedian = median(full.cpu.map((c, i) => c - half.cpu[i]!));
console.log(
  `${'identity + entities (analyze() − citations/dates)'.padEnd(54)} CPU best ${restBest.toFixed(0)} ms → ${mbs(restBest)} MB/s per core, ` +
    `median ${restMedian.toFixed(0)} ms → ${mbs(restMedian)} MB/s (same round)`,
);
console.log(line(naive));
const ratios = (a: Pass, b: Pass): string =>
  `best ${(best(a.cpu) / best(b.cpu)).toFixed(2)}×, median ${median(a.cpu.map((c, i) => c / b.cpu[i]!)).toFixed(2)}× (same round)`;
console.log(
  `ratio to naive (CPU): analyze() ${ratios(full, naive)}; citations + dates ${ratios(half, naive)}`,
);
console.log(
  `naive reference per round (the host's pace): ${naive.cpu.map((c) => c.toFixed(1)).join(' ')} ms`,
);
console.log(`analyze() per round: ${full.cpu.map((c) => c.toFixed(0)).join(' ')} ms`);
if (base) {
  console.log(line(base));
  console.log(`analyze() of --base per round: ${base.cpu.map((c) => c.toFixed(0)).join(' ')} ms`);
  console.log(`this version / --base (CPU): ${ratios(full, base)}`);
}
