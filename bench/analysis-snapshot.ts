/**
 * Output snapshot of the analyser, for performance work that must not change what it reads.
 * Inputs: the five seeds, the bench corpus (first 300 documents), the variety passages and whole
 * documents, the extraction fixtures' expected texts, and adversarial strings. Each input's analyze()
 * JSON is one line of the snapshot file.
 * Usage:
 *   node --import tsx bench/analysis-snapshot.ts write FILE   # record (e.g. before a change)
 *   node --import tsx bench/analysis-snapshot.ts check FILE   # compare; lists every input that differs
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../packages/analysis/src/index.ts';
import { VARIETY_CASES } from '../packages/analysis/src/variety/cases.ts';
import { buildCorpus } from './analysis-corpus.ts';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  console.error('usage: analysis-snapshot.ts write|check FILE');
  process.exit(2);
}

const root = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const texts = (dir: string, ext = '.txt'): Array<[string, string]> =>
  readdirSync(root(dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => [`${dir}${f}`, readFileSync(root(`${dir}${f}`), 'utf8')]);

const inputs: Array<[string, string]> = [
  ...texts('../../shared/seeds/'),
  ...texts('../packages/analysis/test-data/variety/'),
  ...texts('../fixtures/expected/seeds/'),
  ...texts('../fixtures/expected/'),
  ...VARIETY_CASES.map((c): [string, string] => [`variety-case:${c.id}`, c.text]),
  ...buildCorpus(3_000_000)
    .slice(0, 300)
    .map((d, i): [string, string] => [`corpus:${i}`, d]),
  ['adversarial:digits', '1/'.repeat(5000) + 'số '.repeat(3000) + '"'.repeat(2000)],
  ['adversarial:mixed', 'Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị về '.repeat(500)],
  ['adversarial:empty', ''],
];

const lines = inputs.map(([name, text]) => JSON.stringify({ name, out: analyze(text) }));
if (mode === 'write') {
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`wrote ${lines.length} analyses to ${file}`);
} else {
  const before = new Map(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => {
        const o = JSON.parse(l) as { name: string; out: unknown };
        return [o.name, JSON.stringify(o.out)] as const;
      }),
  );
  let diff = 0;
  for (const l of lines) {
    const o = JSON.parse(l) as { name: string; out: Record<string, unknown> };
    const was = before.get(o.name);
    if (was === JSON.stringify(o.out)) continue;
    diff++;
    if (was === undefined) {
      console.log(`${o.name}: not in the snapshot`);
      continue;
    }
    const old = JSON.parse(was) as Record<string, unknown>;
    const fields = Object.keys(o.out).filter(
      (k) => JSON.stringify(o.out[k]) !== JSON.stringify(old[k]),
    );
    console.log(`${o.name}: differs in ${fields.join(', ')}`);
    for (const k of fields.slice(0, 3))
      console.log(
        `  ${k}\n    was ${JSON.stringify(old[k]).slice(0, 400)}\n    now ${JSON.stringify(o.out[k]).slice(0, 400)}`,
      );
  }
  console.log(`${lines.length} inputs, ${diff} differ`);
  process.exit(diff === 0 ? 0 : 1);
}
