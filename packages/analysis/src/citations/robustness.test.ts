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

/** `n` pieces made by `piece(i)`, joined */
function many(n: number, piece: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => piece(i)).join('');
}

/**
 * Adversarial shapes of the citation pipeline, each `f(n)` about `n` times one unit long. Each was
 * timed at n and 4n; the first three were quadratic (the relation scan read every earlier citation of
 * the clause back to the text's start: 400 KB took 10–16 s).
 */
const SHAPES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['chained citations with a subject', (n) => 'Nghị quyết số 1-NQ/TW về việc '.repeat(n)],
  ['chained citations with unclosed quotes', (n) => 'Nghị quyết số 1-NQ/TW về “'.repeat(n)],
  [
    'chained citations on lines that go on in lower case',
    (n) => 'Nghị quyết số 1-NQ/TW\nvề '.repeat(n),
  ],
  ['chained citations, nothing between', (n) => 'Nghị quyết số 1-NQ/TW '.repeat(n)],
  ['chained citations of one issuer', (n) => 'Nghị quyết số 1-NQ/TW của Ban Thường vụ '.repeat(n)],
  [
    'one citation then `của Ban Thường vụ` repeated',
    (n) => 'Nghị quyết số 1-NQ/TW ' + 'của Ban Thường vụ '.repeat(n),
  ],
  ['one long `về` subject', (n) => 'Căn cứ Nghị quyết số 1-NQ/TW về ' + 'việc '.repeat(n)],
  [
    'an enumeration `số 1, 2, 3, …-NQ/TW`',
    (n) => `Nghị quyết số ${many(n, (i) => `${i % 9999}, `)}5-NQ/TW`,
  ],
  ['an enumeration with `và`', (n) => 'các Nghị quyết số ' + '01, 02 và '.repeat(n) + '05-NQ/TW'],
  [
    'footnote markers and bodies',
    (n) =>
      many(
        n,
        (i) => `Nghị quyết số ${i % 999}-NQ/TW¹ về x\n¹ Nghị quyết số ${i % 999}-NQ/TW về y\n`,
      ),
  ],
  ['footnote markers after citations', (n) => 'Nghị quyết số 1-NQ/TW¹²³ '.repeat(n)],
  ['repeated dates', (n) => 'Nghị quyết số 1-NQ/TW ' + 'ngày 13/11/2019 '.repeat(n)],
  ['citations with dates', (n) => 'Nghị quyết số 1-NQ/TW ngày 13/11/2019 '.repeat(n)],
  [
    'back references after many full forms',
    (n) =>
      many(n, (i) => `Nghị định số ${i}/${2000 + (i % 20)}/NĐ-CP `) +
      'Nghị định số 92/CP '.repeat(n),
  ],
  [
    'number-only mentions after many full forms',
    (n) =>
      many(n, (i) => `Nghị định số ${i % 9999}/NĐ-CP ngày 1/1/2000 `) + 'Nghị định 92 '.repeat(n),
  ],
  ['unclosed parentheses', (n) => 'Nghị quyết số 1-NQ/TW ('.repeat(n)],
  ['closing parentheses', (n) => 'Nghị quyết số 1-NQ/TW ) '.repeat(n)],
  ['list items under `Căn cứ:`', (n) => 'Căn cứ:\n' + '- Nghị quyết số 1-NQ/TW;\n'.repeat(n)],
  [
    'footnote lines between lower-case lines',
    (n) => many(n, () => 'Nghị quyết số 1-NQ/TW\n¹ a\n\nvề '),
  ],
];

describe('each adversarial shape of the citation pipeline is linear', () => {
  it.each(SHAPES)(
    '%s: 4× the text takes less than 10× the time',
    (name, shape) => {
      // about 80 KB and 320 KB: linear is 4, quadratic 16 or more (the three fixed shapes went 36–43×
      // at 100 → 400 KB); at smaller sizes the constant part hides a quadratic one
      const unit = shape(64).length / 64;
      const n = Math.round(80_000 / unit);
      const small = shape(n);
      const large = shape(4 * n);
      analyze(small); // warm up the JIT
      // the two sizes timed back to back, three times, and the lowest of the three ratios: a busy
      // phase of the machine slows both of a pair alike, and one GC or preemption spoils one pair only
      let ratio = Infinity;
      let report = '';
      for (let r = 0; r < 3; r++) {
        const t1 = timed(() => analyze(small));
        const t4 = timed(() => analyze(large));
        // a floor of 15 ms for the small text, so a fast shape's timer noise cannot fail it
        const q = t4 / Math.max(t1, 15);
        if (q < ratio) {
          ratio = q;
          report = `${t1.toFixed(1)} → ${t4.toFixed(1)} ms`;
        }
      }
      console.log(`[linear] ${name}: ${report}, ratio ${ratio.toFixed(2)}`);
      expect(ratio).toBeLessThan(10);
    },
    60_000,
  );
});
