import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import type { Citation } from '../types.ts';
import { VARIETY_CASES } from './cases.ts';
import type { WantCitation } from './cases.ts';

/** The wanted fields of a citation, read from the analyser's output (`partial` absent = false). */
function pick(c: Citation, want: WantCitation): Record<string, unknown> {
  const got: Record<string, unknown> = {};
  for (const k of Object.keys(want) as Array<keyof WantCitation>) {
    got[k] = k === 'partial' ? c.partial === true : c[k];
  }
  return got;
}

describe('variety beyond the seeds (vn-docs-spec forms, gold README conventions)', () => {
  for (const tc of VARIETY_CASES) {
    it(`${tc.id}: ${tc.about}`, () => {
      const a = analyze(tc.text);
      for (const c of a.citations) expect(tc.text.slice(c.start, c.end)).toBe(c.surface);
      expect(
        a.citations.map((c) => c.surface),
        'every citation, in order',
      ).toHaveLength(tc.cites.length);
      tc.cites.forEach((want, i) => {
        const c = a.citations[i];
        if (!c) throw new Error(`citation ${i} missing`);
        expect(pick(c, want), `citation ${i} (${c.surface})`).toEqual({ ...want });
      });
      if (tc.dates) expect(a.dates.map((d) => d.iso)).toEqual(tc.dates);
    });
  }
});
