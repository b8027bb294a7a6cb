import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Citation } from '../types.ts';
import type { WantCitation } from './cases.ts';
import { STYLE_DOCUMENTS } from './held-out-style.ts';

function pick(c: Citation, want: WantCitation): Record<string, unknown> {
  const got: Record<string, unknown> = {};
  for (const k of Object.keys(want) as Array<keyof WantCitation>) {
    got[k] = k === 'partial' ? c.partial === true : c[k];
  }
  return got;
}

describe('documents in the style of the held-out archive (identity, citations, dates)', () => {
  for (const doc of STYLE_DOCUMENTS) {
    const a = analyze(doc.text);

    it(`${doc.id}: the document's own identity — ${doc.about}`, () => {
      const got: Record<string, unknown> = {};
      for (const k of Object.keys(doc.identity)) got[k] = a[k as keyof typeof a];
      expect(got).toEqual(doc.identity);
    });

    it(`${doc.id}: every citation and every date`, () => {
      for (const c of a.citations) expect(doc.text.slice(c.start, c.end)).toBe(c.surface);
      expect(a.citations.map((c) => c.surface)).toHaveLength(doc.cites.length);
      doc.cites.forEach((want, i) => {
        const c = a.citations[i];
        if (!c) throw new Error(`citation ${i} missing`);
        expect(pick(c, want), `citation ${i} (${c.surface})`).toEqual({ ...want });
      });
      for (const d of a.dates)
        expect(doc.text.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
      expect(a.dates.map((d) => d.iso)).toEqual(doc.dates);
    });
  }
});
