// Tests may read files (the package's purity rule is for its runtime code).
// eslint-disable-next-line no-restricted-imports
import { existsSync, readdirSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Analysis } from '../types.ts';

/**
 * Golden test over the five seed documents and their hand-made gold (shared/seeds/gold). The repo and
 * `shared/` sit side by side (/work/main and /work/shared; CI clones the repo with shared/ beside it),
 * so the seeds are `../shared/seeds` relative to the repository root.
 */
const REPO_ROOT = new URL('../../../../', import.meta.url);
const SEEDS = new URL('../shared/seeds/', REPO_ROOT);
const seedsDir = fileURLToPath(SEEDS);

interface GoldCitation {
  surface: string;
  start: number;
  type: string;
  number: string;
  symbol: string;
  yearInNumber: string | null;
  key: string;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  relation: string;
}
interface Gold {
  citations: GoldCitation[];
  dates: Array<{ surface: string; iso: string }>;
}

function loadSeeds(): Array<{ name: string; text: string; gold: Gold; analysis: Analysis }> {
  if (!existsSync(seedsDir) || !existsSync(new URL('gold/', SEEDS))) {
    throw new Error(
      `Seed documents not found at ${seedsDir}: the golden test needs shared/ beside the repository ` +
        `(expected <repo>/../shared/seeds/*.txt and <repo>/../shared/seeds/gold/*.json).`,
    );
  }
  const names = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return names.map((name) => {
    const text = readFileSync(new URL(name, SEEDS), 'utf8');
    const gold = JSON.parse(
      readFileSync(new URL(`gold/${name.slice(0, 3)}.json`, SEEDS), 'utf8'),
    ) as Gold;
    return { name, text, gold, analysis: analyze(text) };
  });
}

const seeds = loadSeeds();
const FIELDS = ['date', 'issuer', 'relation', 'subject'] as const;

describe('golden: citations of the five seeds', () => {
  it('has the five seeds and 72 gold citations', () => {
    expect(seeds.map((s) => s.name.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(seeds.reduce((n, s) => n + s.gold.citations.length, 0)).toBe(72);
  });

  it.each(seeds.map((s) => [s.name, s] as const))(
    '%s: every gold citation, exact surface/start/key, no extras',
    (_n, s) => {
      const got = s.analysis.citations;
      const missing = s.gold.citations.filter(
        (g) => !got.some((c) => c.start === g.start && c.surface === g.surface && c.key === g.key),
      );
      const extra = got.filter((c) => !s.gold.citations.some((g) => g.start === c.start));
      for (const m of missing)
        console.log(`[golden] ${s.name} MISSING ${m.surface} @${m.start} ${m.key}`);
      for (const x of extra)
        console.log(`[golden] ${s.name} EXTRA ${x.surface} @${x.start} ${x.key}`);
      expect({
        missing: missing.map((m) => m.surface),
        extra: extra.map((x) => x.surface),
      }).toEqual({ missing: [], extra: [] });
      expect(got.length).toBe(s.gold.citations.length);
      for (const c of got) {
        expect(s.text.slice(c.start, c.end)).toBe(c.surface);
        expect(c.end).toBe(c.start + c.surface.length);
      }
      got.forEach((c, i) => {
        const g = s.gold.citations[i];
        expect(g).toBeDefined();
        if (!g) return;
        expect({
          type: c.type,
          number: c.number,
          symbol: c.symbol,
          yearInNumber: c.yearInNumber,
        }).toEqual({
          type: g.type,
          number: g.number,
          symbol: g.symbol,
          yearInNumber: g.yearInNumber,
        });
      });
    },
  );

  it('date, issuer and relation agree with gold for ≥ 95% of citations; subject accuracy reported', () => {
    const hits: Record<string, number> = { date: 0, issuer: 0, relation: 0, subject: 0 };
    const misses: string[] = [];
    let total = 0;
    for (const s of seeds) {
      for (const g of s.gold.citations) {
        total++;
        const c = s.analysis.citations.find((x) => x.start === g.start);
        for (const f of FIELDS) {
          const want = g[f];
          const got = c ? c[f] : undefined;
          if (got === want) hits[f] = (hits[f] ?? 0) + 1;
          else
            misses.push(
              `${s.name} @${g.start} ${g.surface} ${f}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`,
            );
        }
      }
    }
    const ratio = (f: string): number => (hits[f] ?? 0) / total;
    console.log(
      `[golden] field accuracy over ${total} citations: ` +
        FIELDS.map((f) => `${f} ${(ratio(f) * 100).toFixed(1)}% (${hits[f]}/${total})`).join(', '),
    );
    for (const m of misses) console.log(`[golden] miss ${m}`);
    expect(ratio('date'), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio('issuer'), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio('relation'), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio('subject'), misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});

describe('golden: dates of the five seeds', () => {
  it.each(seeds.map((s) => [s.name, s] as const))(
    '%s: every explicit date, surface + iso, in order',
    (_n, s) => {
      const got = s.analysis.dates.map((d) => `${d.surface} → ${d.iso}`);
      const want = s.gold.dates.map((d) => `${d.surface} → ${d.iso}`);
      if (JSON.stringify(got) !== JSON.stringify(want))
        console.log(`[golden] ${s.name} dates`, { got, want });
      expect(got).toEqual(want);
      for (const d of s.analysis.dates)
        expect(s.text.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
      // sequential indexOf finds them in order (gold README "Dates")
      let from = 0;
      for (const d of s.analysis.dates) {
        const at = s.text.indexOf(d.surface, from);
        expect(at).toBe(d.start);
        from = at + d.surface.length;
      }
    },
  );
});

describe('golden: warnings', () => {
  it('seed 000 and 001 together show the 102-KH/TU date conflict (design.md), each file alone does not', () => {
    const joined = analyze(
      seeds
        .slice(0, 2)
        .map((s) => s.text)
        .join('\n\n'),
    );
    expect(joined.warnings.some((w) => w.startsWith('date_conflict: 102-KH/TU'))).toBe(true);
    for (const s of seeds)
      expect(s.analysis.warnings.filter((w) => w.startsWith('date_conflict'))).toEqual([]);
  });
});
