// Tests may read files (the package's purity rule is for its runtime code).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { analysisSchema } from '../types.ts';
import type { Citation } from '../types.ts';
import type { WantCitation } from './cases.ts';
import { VARIETY_DOCUMENTS } from './documents.ts';

const DIR = new URL('../../test-data/variety/', import.meta.url);

function pick(c: Citation, want: WantCitation): Record<string, unknown> {
  const got: Record<string, unknown> = {};
  for (const k of Object.keys(want) as Array<keyof WantCitation>) {
    got[k] = k === 'partial' ? c.partial === true : c[k];
  }
  return got;
}

describe('whole synthetic documents (header, body, footnotes, signature and recipients)', () => {
  for (const doc of VARIETY_DOCUMENTS) {
    const text = readFileSync(new URL(doc.file, DIR), 'utf8');
    const a = analyze(text);

    it(`${doc.file}: a valid analysis with the document's own identity`, () => {
      expect(analysisSchema.parse(a)).toEqual(a);
      const got: Record<string, unknown> = {};
      for (const k of Object.keys(doc.identity)) got[k] = a[k as keyof typeof a];
      expect(got).toEqual(doc.identity);
    });

    it(`${doc.file}: every citation with its key, date, issuer, subject and relation`, () => {
      for (const c of a.citations) expect(text.slice(c.start, c.end)).toBe(c.surface);
      expect(a.citations.map((c) => c.surface)).toHaveLength(doc.cites.length);
      doc.cites.forEach((want, i) => {
        const c = a.citations[i];
        if (!c) throw new Error(`citation ${i} missing`);
        expect(pick(c, want), `citation ${i} (${c.surface})`).toEqual({ ...want });
      });
      if (doc.dates) expect(a.dates.map((d) => d.iso)).toEqual(doc.dates);
    });
  }
});
