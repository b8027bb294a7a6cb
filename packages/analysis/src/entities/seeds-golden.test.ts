/* eslint-disable no-restricted-imports -- a test may read the seed files; src code stays pure */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

// shared/ is the sibling of the repository root: <repo>/packages/analysis/src/entities → <repo>/../shared
const SEEDS = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));
const GOLD = `${SEEDS}gold/`;

if (!existsSync(GOLD)) {
  throw new Error(
    `Seed documents and gold files not found at ${SEEDS} (expected shared/seeds and shared/seeds/gold beside the repository root)`,
  );
}

type Field = 'units' | 'localities' | 'unnumberedRefs';

// Floors measured on the five seeds (exact string match against gold). Raising them is fine;
// lowering them hides a regression.
const FLOORS: Record<Field, { precision: number; recall: number }> = {
  units: { precision: 0.98, recall: 1 },
  localities: { precision: 1, recall: 1 },
  unnumberedRefs: { precision: 1, recall: 1 },
};

const seeds = readdirSync(SEEDS)
  .filter((f) => /^\d{3}_.*\.txt$/u.test(f))
  .sort();

function score(field: Field): { precision: number; recall: number; lines: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const lines: string[] = [];
  for (const file of seeds) {
    const gold = JSON.parse(readFileSync(`${GOLD}${file.slice(0, 3)}.json`, 'utf8')) as Record<
      Field,
      string[]
    >;
    const got = analyze(readFileSync(`${SEEDS}${file}`, 'utf8'))[field];
    const extra = got.filter((x) => !gold[field].includes(x));
    const missed = gold[field].filter((x) => !got.includes(x));
    tp += got.length - extra.length;
    fp += extra.length;
    fn += missed.length;
    if (extra.length + missed.length > 0) {
      lines.push(
        `  ${file.slice(0, 3)} extra=${JSON.stringify(extra)} missed=${JSON.stringify(missed)}`,
      );
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, lines };
}

describe('units, localities and unnumbered references on the five seeds (gold)', () => {
  for (const field of ['units', 'localities', 'unnumberedRefs'] as const) {
    it(`${field}: precision and recall at or above the floor`, () => {
      const { precision, recall, lines } = score(field);
      console.log(
        `${field}: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}\n${lines.join('\n')}`,
      );
      expect(precision).toBeGreaterThanOrEqual(FLOORS[field].precision);
      expect(recall).toBeGreaterThanOrEqual(FLOORS[field].recall);
    });
  }

  it('keeps the gold order of first appearance for localities', () => {
    for (const file of seeds) {
      const gold = JSON.parse(readFileSync(`${GOLD}${file.slice(0, 3)}.json`, 'utf8')) as {
        localities: string[];
      };
      expect(analyze(readFileSync(`${SEEDS}${file}`, 'utf8')).localities).toEqual(gold.localities);
    }
  });
});
