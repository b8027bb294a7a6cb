import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.ts';
import { analysisSchema } from '../types.ts';
import { adversarialText } from './adversarial.ts';

/** Text pieces that stress the grammars: numbers, separators, type words, quotes, markers, dates. */
const TOKENS = [
  'Kế hoạch',
  'Nghị\nquyết',
  'số',
  'Số:',
  ' ',
  '\n',
  '\n\n',
  '35',
  '3006',
  '2017',
  '-',
  '/',
  ' / ',
  '–',
  'NQ',
  'KH',
  'TW',
  'TƯ',
  'T.Ư',
  'N\u00D0-CP',
  'UBND',
  'BCĐ 35',
  'ngày',
  '13/11/2019',
  '10 tháng 7 năm 2019',
  '31/4',
  'của',
  'Ban Thường vụ Tỉnh ủy',
  'khóa XII',
  '(',
  ')',
  'về',
  '“',
  '”',
  '"',
  '¹',
  '1',
  'ủy1,',
  'thực hiện',
  'Căn cứ',
  'kết quả',
  ';',
  ',',
  '.',
  '\u200B',
  '\u00A0',
  'e\u0302\u0323',
  '\uD83D\uDE00',
  '\uD800',
];

const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  tokenText,
);

function checkInvariants(text: string): void {
  const a = analyze(text);
  analysisSchema.parse(a);
  let prev = -1;
  for (const c of a.citations) {
    expect(text.slice(c.start, c.end)).toBe(c.surface);
    expect(c.start).toBeGreaterThanOrEqual(prev);
    expect(c.end).toBeGreaterThanOrEqual(c.start);
    prev = c.start;
  }
  for (const d of a.dates) expect(text.slice(d.start, d.start + d.surface.length)).toBe(d.surface);
}

describe('analyze() on arbitrary and adversarial input', () => {
  it('never throws, matches the schema, and every surface is the text between its offsets', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text);
      }),
      { numRuns: 400 },
    );
  });

  it('handles the adversarial generator output the same way', () => {
    for (let seed = 1; seed <= 20; seed++) checkInvariants(adversarialText(3000, seed));
  });
});

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

describe('analysis time grows linearly', () => {
  it('analyses 10 MB of adversarial text (digit runs, slashes, số, unclosed quotes, về without end) within a generous bound', () => {
    const text = adversarialText(10_000_000);
    let citations = 0;
    const ms = timed(() => {
      citations = analyze(text).citations.length;
    });
    console.log(`[linear] 10 MB adversarial: ${ms.toFixed(0)} ms, ${citations} citations`);
    expect(citations).toBeGreaterThan(0);
    // catastrophic backtracking would take minutes; the bound leaves room for a busy machine
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('4 MB takes less than 8× the time of 1 MB (no quadratic behaviour)', () => {
    analyze(adversarialText(200_000, 3)); // warm up the JIT
    const one = adversarialText(1_000_000, 5);
    const four = adversarialText(4_000_000, 5);
    // best of several runs each, so a busy machine does not decide the ratio
    const t1 = Math.min(...[0, 1, 2].map(() => timed(() => analyze(one))));
    const t4 = Math.min(...[0, 1].map(() => timed(() => analyze(four))));
    console.log(
      `[linear] 1 MB ${t1.toFixed(0)} ms, 4 MB ${t4.toFixed(0)} ms, ratio ${(t4 / t1).toFixed(2)}`,
    );
    expect(t4 / t1).toBeLessThan(8);
  }, 120_000);
});
