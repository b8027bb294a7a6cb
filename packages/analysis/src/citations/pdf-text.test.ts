// Tests may run tools and read files (the package's purity rule is for its runtime code).
// eslint-disable-next-line no-restricted-imports
import { execFileSync } from 'node:child_process';
// eslint-disable-next-line no-restricted-imports
import { existsSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';

/**
 * The seeds as PDF text: the committed seed PDFs (fixtures/documents/seeds) through poppler's
 * `pdftotext -layout`, which pdf-parse matches (design.md). Line wraps inside citations, issuers and
 * subjects, hyphens at line ends and indentation-marked paragraphs are what real files look like.
 */
const REPO_ROOT = new URL('../../../../', import.meta.url);
const GOLD = new URL('../shared/seeds/gold/', REPO_ROOT);
const PDFS = new URL('fixtures/documents/seeds/', REPO_ROOT);

interface GoldCitation {
  key: string;
  date: string | null;
  issuer: string | null;
  relation: string;
  subject: string | null;
}

describe('citations in PDF-extracted text of the seeds', () => {
  it('finds every gold key, and date/issuer/relation agree for ≥ 95% of citations', () => {
    expect(existsSync(fileURLToPath(GOLD)), `gold not found at ${fileURLToPath(GOLD)}`).toBe(true);
    const fields = ['date', 'issuer', 'relation', 'subject'] as const;
    const hits: Record<string, number> = { date: 0, issuer: 0, relation: 0, subject: 0 };
    const misses: string[] = [];
    let total = 0;
    for (const n of ['000', '001', '002', '003', '004']) {
      const pdf = fileURLToPath(new URL(`${n}.pdf`, PDFS));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const gold = (
        JSON.parse(readFileSync(new URL(`${n}.json`, GOLD), 'utf8')) as {
          citations: GoldCitation[];
        }
      ).citations;
      const got = analyze(text).citations;
      for (const c of got) expect(text.slice(c.start, c.end)).toBe(c.surface);
      expect(got.map((c) => c.key).sort(), n).toEqual(gold.map((g) => g.key).sort());
      const used = new Set<number>();
      for (const g of gold) {
        const i = got.findIndex((c, k) => !used.has(k) && c.key === g.key);
        const c = got[i];
        if (!c) continue;
        used.add(i);
        total++;
        for (const f of fields) {
          if (c[f] === g[f]) hits[f] = (hits[f] ?? 0) + 1;
          else
            misses.push(
              `${n} ${g.key} ${f}: got ${JSON.stringify(c[f])} want ${JSON.stringify(g[f])}`,
            );
        }
      }
    }
    const ratio = (f: string): number => (hits[f] ?? 0) / total;
    console.log(
      `[pdf] field accuracy over ${total}: ${fields.map((f) => `${f} ${(ratio(f) * 100).toFixed(1)}%`).join(', ')}`,
    );
    for (const m of misses) console.log(`[pdf] miss ${m}`);
    expect(total).toBe(72);
    for (const f of ['date', 'issuer', 'relation'])
      expect(ratio(f), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio('subject'), misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
